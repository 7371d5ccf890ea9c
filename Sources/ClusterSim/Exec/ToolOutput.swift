/// What a program run by the simulator printed, and how it exited.
struct ToolOutput: Equatable, Sendable {
  var stdout = ""
  var stderr = ""
  var exitCode = 0

  static func failure(_ message: String, exitCode: Int) -> ToolOutput {
    ToolOutput(stderr: message.hasSuffix("\n") ? message : message + "\n", exitCode: exitCode)
  }

  /// As a command's result at the prompt: standard output, then standard error as errors.
  var commandResult: CommandResult {
    var result = CommandResult(output: stdout)
    if !stderr.isEmpty { result.errors.append(String(stderr.dropLast(stderr.hasSuffix("\n") ? 1 : 0))) }
    if exitCode != 0 && stderr.isEmpty { result.errors.append("") }
    return result
  }
}

/// `COMMAND | grep [-i] [-v] PATTERN`: the grep a learner pipes kubectl's output through runs in the learner's
/// own shell; the simulator applies it to the output so tutorial lines (`kubectl exec POD -- env | grep DB`)
/// work as typed. Patterns are matched as plain text.
struct OutputFilter: Equatable, Sendable {
  var pattern: String
  var ignoreCase = false
  var invert = false

  /// Splits `words` at a `|` followed by `grep`; returns the words before it and the filter, or nil when the
  /// words have no pipe. A pipe into anything else is refused.
  static func split(_ words: [String]) -> Result<([String], OutputFilter?), CommandError> {
    guard let bar = words.firstIndex(of: "|") else { return .success((words, nil)) }
    let tail = Array(words[(bar + 1)...])
    guard tail.first == "grep" else {
      return .failure(CommandError("the simulator only pipes output into grep (`| grep PATTERN`)"))
    }
    var filter = OutputFilter(pattern: "")
    var pattern: String?
    for word in tail.dropFirst() {
      if word.hasPrefix("-") && word.count > 1 && pattern == nil {
        for flag in word.dropFirst() {
          switch flag {
          case "i": filter.ignoreCase = true
          case "v": filter.invert = true
          case "E", "F", "w": continue
          default: return .failure(CommandError("grep: invalid option -- '\(flag)'"))
          }
        }
      } else if pattern == nil {
        pattern = word
      }
    }
    guard let pattern else { return .failure(CommandError("Usage: grep [OPTION]... PATTERNS [FILE]...")) }
    filter.pattern = pattern
    return .success((Array(words[..<bar]), filter))
  }

  func apply(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
    let kept = lines.filter { line in
      let found =
        ignoreCase ? line.lowercased().contains(pattern.lowercased()) : line.contains(pattern)
      return found != invert
    }
    return kept.map { $0 + "\n" }.joined()
  }

  /// Filters a command's standard output; grep exits 1 when nothing matched.
  func apply(to result: CommandResult) -> CommandResult {
    var result = result
    result.output = apply(result.output)
    return result
  }
}
