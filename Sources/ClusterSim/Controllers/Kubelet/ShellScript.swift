import KubeModel

/// A `sh -c` script read for its evident course: simple commands separated by `;`, `&&`, `||` or newlines, and
/// `while true; do ...; done` loops. Its output, duration and exit code become the container's behaviour.
struct ShellScript {
  let script: String
  let environment: [String: String]

  init(_ script: String, environment: [String: String]) {
    self.script = script
    self.environment = environment
  }

  /// Statements split at top-level separators, keeping what follows `&&`/`||` tied to its condition.
  enum Link { case always, onSuccess, onFailure }

  func statements() -> [(Link, String)] {
    var statements: [(Link, String)] = []
    var current = ""
    var link = Link.always
    var quote: Character?
    var characters = Array(script)
    characters.append("\n")
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if let open = quote {
        if character == open { quote = nil }
        current.append(character)
      } else if character == "'" || character == "\"" {
        quote = character
        current.append(character)
      } else if character == ";" || character == "\n" {
        statements.append((link, current))
        current = ""
        link = .always
      } else if character == "&" && index + 1 < characters.count && characters[index + 1] == "&" {
        statements.append((link, current))
        current = ""
        link = .onSuccess
        index += 1
      } else if character == "|" && index + 1 < characters.count && characters[index + 1] == "|" {
        statements.append((link, current))
        current = ""
        link = .onFailure
        index += 1
      } else {
        current.append(character)
      }
      index += 1
    }
    return statements.map { ($0.0, $0.1.trimmingWhitespace) }.filter { !$0.1.isEmpty }
  }

  func apply(to behavior: inout ContainerBehavior) {
    // A shell as PID 1 ignores SIGTERM unless it execs the real program or traps the signal.
    behavior.stopsOnSigterm = script.contains("trap ") || script.trimmingWhitespace.hasPrefix("exec ")
    behavior.readyAfter = .milliseconds(0)
    var output: [String] = []
    var elapsed = SimDuration.zero
    var status = 0
    let parts = statements()
    var index = 0
    while index < parts.count {
      let (link, text) = parts[index]
      index += 1
      if link == .onSuccess && status != 0 { continue }
      if link == .onFailure && status == 0 { continue }
      if text.hasPrefix("while ") || text.hasPrefix("until ") || text.hasPrefix("for ") {
        let loop = collectLoop(parts, from: index - 1)
        index = loop.next
        if loop.isInfinite {
          var repeated: [String] = []
          var period = SimDuration.zero
          for line in loop.body {
            switch SimpleCommand(Self.words(line), environment: environment).effect {
            case .output(let lines): repeated += lines
            case .wait(let duration): period = period + (duration ?? .zero)
            default: break
            }
          }
          behavior.startupOutput = output
          behavior.repeatedOutput = repeated
          behavior.repeatEvery = period.milliseconds > 0 ? period : .seconds(1)
          behavior.exitsAfter = nil
          return
        }
        for _ in 0..<loop.iterations {
          for line in loop.body { apply(line, &output, &elapsed, &status) }
        }
        continue
      }
      if text.hasPrefix("do") || text == "done" { continue }
      switch SimpleCommand(Self.words(text), environment: environment).effect {
      case .exit(let code):
        finish(&behavior, output: output, elapsed: elapsed, code: code)
        return
      case .runsForever:
        behavior.startupOutput = output + ServerLogs.startup(for: Self.words(text).first ?? "")
        behavior.exitsAfter = nil
        return
      case .wait(nil):
        behavior.startupOutput = output
        behavior.exitsAfter = nil
        return
      default:
        apply(text, &output, &elapsed, &status)
      }
    }
    finish(&behavior, output: output, elapsed: elapsed, code: status)
  }

  private func apply(_ text: String, _ output: inout [String], _ elapsed: inout SimDuration, _ status: inout Int) {
    switch SimpleCommand(Self.words(text), environment: environment).effect {
    case .output(let lines):
      output += lines
      status = 0
    case .wait(let duration):
      elapsed = elapsed + (duration ?? .zero)
      status = 0
    case .status(let code): status = code
    case .exit(let code): status = code
    case .runsForever, .nothing: status = 0
    }
  }

  private func finish(_ behavior: inout ContainerBehavior, output: [String], elapsed: SimDuration, code: Int) {
    behavior.startupOutput = output
    behavior.exitsAfter = elapsed.milliseconds > 0 ? elapsed : .milliseconds(50)
    behavior.exitCode = code
  }

  /// A loop's body (the statements between `do` and `done`), whether it never ends, and how often a finite
  /// `for x in a b c` runs.
  private func collectLoop(
    _ parts: [(Link, String)], from start: Int
  ) -> (body: [String], isInfinite: Bool, iterations: Int, next: Int) {
    let header = parts[start].1
    var body: [String] = []
    var index = start + 1
    var depth = 1
    while index < parts.count {
      var text = parts[index].1
      index += 1
      if text == "done" || text.hasPrefix("done ") {
        depth -= 1
        if depth == 0 { break }
      }
      if text.hasPrefix("do ") { text = String(text.dropFirst(3)) } else if text == "do" { continue }
      if text.hasPrefix("while ") || text.hasPrefix("for ") { depth += 1 }
      body.append(text)
    }
    let condition = header.split(separator: " ").dropFirst().joined(separator: " ")
    let infinite =
      header.hasPrefix("while ")
      && ["true", ":", "[ true ]", "[ 1 ]", "true;", "[[ true ]]"].contains(condition.trimmingWhitespace)
    var iterations = 0
    if header.hasPrefix("for "), let inRange = header.firstRange(of: " in ") {
      iterations = header[inRange.upperBound...].split(separator: " ").filter { $0 != "do" }.count
    }
    return (body, infinite, iterations, index)
  }

  /// Splits a simple command into words, honouring single and double quotes.
  static func words(_ text: String) -> [String] {
    (try? CommandTokenizer.shellWords(text)) ?? text.split(separator: " ").map(String.init)
  }
}
