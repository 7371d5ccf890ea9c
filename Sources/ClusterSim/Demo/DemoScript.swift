import Foundation

/// A scenario script read as a guided demo: a title, then steps, each a caption and the commands it explains.
///
/// The same file is a plain script for `kubarium run` (comments skipped), so a scenario is written once:
///
/// ```
/// # Rolling update: pods replaced a few at a time, and a rollback.     <- title (the header's first paragraph)
/// #
/// # More about the sample.                                             <- introduction (the other paragraphs)
///                                                                      <- a blank line ends the header
/// # The new image makes a second ReplicaSet.                           <- a caption: the comment lines
/// # (blank comment lines separate paragraphs)                             right before a step's commands
/// set image deployment/web web=nginx:1.28                              <- the step's commands, up to the
/// get replicasets                                                         next caption
/// ```
///
/// Lines are read as `kubarium run` reads them: a trailing `\` continues a line, and a command ending in `|| true`
/// may fail without stopping the script — as in a shell script, for commands that are meant to fail (an apply a
/// quota refuses). A comment block after the last command is a last step with nothing to run: a conclusion.
public struct DemoScript: Hashable, Sendable {
  /// One command of a script, with its line number and whether it is allowed to fail.
  public struct Command: Hashable, Sendable {
    /// The command as the simulation runs it (without a trailing `|| true`).
    public var text: String
    /// 1-based line number of the command's first line.
    public var line: Int
    /// Written with a trailing `|| true`: a failure is part of the story, not the end of the script.
    public var mayFail: Bool

    public init(text: String, line: Int, mayFail: Bool = false) {
      self.text = text
      self.line = line
      self.mayFail = mayFail
    }

    /// The command as written in the script.
    public var written: String { mayFail ? text + " || true" : text }
  }

  /// A caption and the commands it explains.
  public struct Step: Hashable, Sendable {
    /// Plain words: the caption's comment lines joined, paragraphs separated by a newline. Empty for commands
    /// that come before any caption.
    public var caption: String
    public var commands: [Command]

    public init(caption: String, commands: [Command]) {
      self.caption = caption
      self.commands = commands
    }
  }

  /// The header's first paragraph: what the scenario shows, in a line or two.
  public var title: String
  /// The rest of the header, paragraphs separated by a newline.
  public var introduction: String
  public var steps: [Step]

  public init(title: String = "", introduction: String = "", steps: [Step] = []) {
    self.title = title
    self.introduction = introduction
    self.steps = steps
  }

  /// Every command in order, as `kubarium run` runs them.
  public var commands: [Command] { steps.flatMap(\.commands) }

  public static func parse(_ text: String) -> DemoScript {
    var script = DemoScript()
    var comment: [String] = []  // the comment block being read, one entry per line ("" for a blank `#` line)
    var sawCommand = false
    var headerDone = false
    var pending = ""
    var pendingLine = 0
    var current: Step?

    /// The first comment block, when a blank line ends it before any command, is the header.
    func takeHeader() {
      guard !headerDone, !comment.isEmpty else { return }
      let paragraphs = Self.paragraphs(comment)
      script.title = paragraphs.first ?? ""
      script.introduction = paragraphs.dropFirst().joined(separator: "\n")
      headerDone = true
      comment = []
    }

    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, raw) in lines.enumerated() {
      var line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
      if pending.isEmpty { pendingLine = index + 1 }
      if line.hasSuffix("\\") {
        line.removeLast()
        // The spaces before the backslash and the next line's indentation become one space, as in a shell.
        while line.last == " " || line.last == "\t" { line.removeLast() }
        if !line.isEmpty { pending += line + " " }
        continue
      }
      // A continued line's indentation only separates words, as in a shell.
      line = pending.isEmpty ? line : pending + line.drop { $0 == " " || $0 == "\t" }
      pending = ""
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty {
        takeHeader()
        if comment.last?.isEmpty == false { comment.append("") }
        continue
      }
      if trimmed.hasPrefix("#") {
        var words = trimmed.dropFirst().drop { $0 == "#" }
        if words.first == " " { words = words.dropFirst() }
        comment.append(String(words).trimmingCharacters(in: .whitespaces))
        continue
      }
      headerDone = true
      sawCommand = true
      if !comment.isEmpty {
        if let finished = current { script.steps.append(finished) }
        current = Step(caption: Self.paragraphs(comment).joined(separator: "\n"), commands: [])
        comment = []
      } else if current == nil {
        current = Step(caption: "", commands: [])
      }
      current!.commands.append(Self.command(trimmed, line: pendingLine))
    }
    if let finished = current { script.steps.append(finished) }
    if !sawCommand { takeHeader() }
    if !comment.isEmpty {
      script.steps.append(Step(caption: Self.paragraphs(comment).joined(separator: "\n"), commands: []))
    }
    return script
  }

  /// A command line, with a trailing `|| true` taken off and noted.
  static func command(_ text: String, line: Int) -> Command {
    let marker = "|| true"
    guard text.hasSuffix(marker) else { return Command(text: text, line: line) }
    let command = text.dropLast(marker.count).trimmingCharacters(in: .whitespaces)
    return Command(text: command, line: line, mayFail: true)
  }

  /// Comment lines as paragraphs: lines joined by spaces, a blank comment line starting a new paragraph.
  static func paragraphs(_ lines: [String]) -> [String] {
    var paragraphs: [String] = []
    var current: [String] = []
    for line in lines {
      if line.isEmpty {
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
    return paragraphs
  }
}
