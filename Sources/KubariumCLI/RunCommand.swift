import ArgumentParser
import ClusterSim
import Foundation

/// `kubarium run`: drives the simulation headless with the command language and prints what each command prints.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run commands against a simulated cluster without the dashboard.",
    discussion: """
      Loads the cluster (the built-in default without --cluster), runs the -e commands in order, then the script's \
      lines (# starts a comment), and prints each command's output. Standard input is read when SCRIPT is '-'. The \
      first failing command stops the run with exit code 1 unless --keep-going is given, or the script line ends in \
      `|| true` (a command meant to fail, as in a shell script).

      Examples:
        kubarium run -e 'get nodes' -e 'get pods -A'
        kubarium run --cluster SampleClusters/rolling-update SampleClusters/rolling-update/scenario.kub
      """
  )

  @OptionGroup var cluster: ClusterOptions

  @Option(name: [.customShort("e"), .customLong("execute")], help: "A command to run (repeatable).")
  var commands: [String] = []

  @Flag(help: "Run every command even after one fails.")
  var keepGoing = false

  @Flag(inversion: .prefixedNo, help: "Print each command before its output (default: on for scripts).")
  var echo: Bool?

  @Flag(
    help:
      "Print the script's comments too: each step's caption before its commands, so the transcript reads as a story.")
  var captions = false

  @Argument(help: "A script of commands, one per line; '-' reads standard input.")
  var script: String?

  func run() throws {
    var simulation = try cluster.makeSimulation()
    var lines = commands.map { ScriptLine(text: $0, location: "-e") }
    if let script {
      let text: String
      if script == "-" {
        text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
      } else {
        guard let data = FileManager.default.contents(atPath: script) else {
          throw ValidationError("cannot read script \(script)")
        }
        text = String(decoding: data, as: UTF8.self)
      }
      lines += ScriptLine.parse(text, file: script)
      if captions {
        let parsed = DemoScript.parse(text)
        let header = [parsed.title, parsed.introduction].filter { !$0.isEmpty }.joined(separator: "\n")
        if !header.isEmpty {
          Output.standard(
            DemoText.wrap(header, width: 100).map { $0.isEmpty ? "#" : "# " + $0 }.joined(separator: "\n") + "\n")
        }
      }
    }
    let echoCommands = echo ?? (script != nil)
    var failed = false
    for line in lines {
      if captions, let caption = line.caption, !caption.isEmpty {
        let wrapped = DemoText.wrap(caption, width: 100).map { $0.isEmpty ? "#" : "# " + $0 }
        Output.standard("\n" + wrapped.joined(separator: "\n") + "\n")
      }
      if echoCommands { Output.standard("$ \(line.written)\n") }
      let result = simulation.run(line.text)
      for warning in result.warnings { Output.error("Warning: \(warning)\n") }
      Output.standard(result.output)
      for notice in result.notices { Output.error(notice + "\n") }
      for error in result.errors { Output.error(error.hasSuffix("\n") ? error : error + "\n") }
      if !result.succeeded && !line.mayFail {
        failed = true
        if !keepGoing { throw ExitCode(1) }
      }
    }
    if failed { throw ExitCode(1) }
  }
}

/// One command of a script, with where it came from.
struct ScriptLine {
  var text: String
  var location: String
  /// Written with a trailing `|| true`: its failure does not stop the script.
  var mayFail = false
  /// The caption of the step this line opens (the comment right above it); nil for a step's later lines.
  var caption: String?

  /// Script lines, read as ``DemoScript`` reads them: blank lines and `#` comments are skipped, a trailing `\`
  /// continues a line, and a trailing `|| true` lets a command fail.
  static func parse(_ text: String, file: String) -> [ScriptLine] {
    DemoScript.parse(text).steps.flatMap { step in
      step.commands.enumerated().map { index, command in
        ScriptLine(
          text: command.text, location: "\(file):\(command.line)", mayFail: command.mayFail,
          caption: index == 0 ? step.caption : nil)
      }
    }
  }

  /// The line as written in the script.
  var written: String { mayFail ? text + " || true" : text }
}

/// Writes to standard output and standard error in order, flushing so the two interleave as they happened.
enum Output {
  static func standard(_ text: String) {
    guard !text.isEmpty else { return }
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
