/// Splits a command line into words as a POSIX shell would for the simple cases tutorials use: whitespace
/// separates words, single quotes keep everything literally, double quotes keep spaces and allow `\"` and `\\`,
/// a backslash outside quotes escapes the next character. A leading `kubectl` is dropped, so commands pasted from
/// tutorials work unchanged.
public enum CommandTokenizer {
  /// The words of a command line, without a leading `kubectl`.
  public static func words(_ line: String) throws(CommandError) -> [String] {
    var words = try shellWords(line)
    if words.first == "kubectl" { words.removeFirst() }
    return words
  }

  /// The words of a line as a shell splits them.
  public static func shellWords(_ line: String) throws(CommandError) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var iterator = line.makeIterator()
    while let character = iterator.next() {
      switch character {
      case " ", "\t", "\n", "\r":
        if inWord {
          words.append(current)
          current = ""
          inWord = false
        }
      case "'":
        inWord = true
        var closed = false
        while let next = iterator.next() {
          if next == "'" {
            closed = true
            break
          }
          current.append(next)
        }
        if !closed { throw CommandError("unterminated quote (')") }
      case "\"":
        inWord = true
        var closed = false
        while let next = iterator.next() {
          if next == "\"" {
            closed = true
            break
          }
          if next == "\\", let escaped = iterator.next() {
            if escaped != "\"" && escaped != "\\" && escaped != "$" { current.append("\\") }
            current.append(escaped)
          } else {
            current.append(next)
          }
        }
        if !closed { throw CommandError("unterminated quote (\")") }
      case "\\":
        inWord = true
        if let escaped = iterator.next() { current.append(escaped) }
      default:
        inWord = true
        current.append(character)
      }
    }
    if inWord { words.append(current) }
    return words
  }
}

/// A command the simulation could not parse or run, printed as kubectl prints its own errors (`error: ...`).
public struct CommandError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) { self.message = message }

  public var description: String {
    message.hasPrefix("error: ") || message.hasPrefix("Error") ? message : "error: \(message)"
  }
}
