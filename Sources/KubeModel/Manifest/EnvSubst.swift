/// Fills `$VAR` and `${VAR}` in manifest templates, as `envsubst < file | kubectl apply -f -` would, but refuses
/// to load a manifest with an unset variable instead of silently inserting an empty string.
///
/// The syntax is GNU envsubst's: a name is `[A-Za-z_][A-Za-z0-9_]*`; `${` must be closed right after the name,
/// so shell forms such as `${VAR:-default}` are left as written, as are a lone `$`, `$1` and `$$` (envsubst has
/// no escape: `$$HOME` prints `$` and then the value of HOME).
///
/// Which values apply: `${VAR}` is a template variable — filled from `variables` (`--set`) or else from the
/// `environment`, and an error when neither has it. Plain `$VAR` is what shell scripts inside manifests use
/// (`echo $ITEM` in a Job's command), so it is filled only from `variables` given explicitly and otherwise left as
/// written; the process environment never leaks into a container's script.
///
/// Comments: a variable that is set is replaced everywhere, comments included, exactly as envsubst does. An
/// unset variable is an error, except inside a comment, where it is left as written. A comment is a line whose
/// first non-blank character is `#`, or the rest of a line from a `#` that follows a space or tab outside
/// quotes. The rule looks at one line at a time, so a `#` line inside a block scalar (`script: |`) also counts
/// as a comment; that only matters for unset variables, which are then left as written rather than reported.
public enum EnvSubst {
  public static func substitute(
    _ text: String, file: String, variables: (String) -> String?, environment: (String) -> String? = { _ in nil }
  ) throws(ManifestError) -> String {
    let bytes = Array(text.utf8)
    guard bytes.contains(UInt8(ascii: "$")) else { return text }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    var line = 1
    var lineStart = 0
    var commentStart: Int?? = .none  // computed once per line, when the line has a `$`
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        line += 1
        lineStart = index + 1
        commentStart = .none
      }
      guard byte == UInt8(ascii: "$"), let reference = VariableReference(in: bytes, at: index) else {
        output.append(byte)
        index += 1
        continue
      }
      if let value = variables(reference.name) ?? (reference.braced ? environment(reference.name) : nil) {
        output.append(contentsOf: value.utf8)
      } else if !reference.braced {
        output.append(contentsOf: bytes[index..<reference.end])
      } else {
        if commentStart == .none { commentStart = .some(Self.commentStart(in: bytes, lineStart: lineStart)) }
        guard let start = commentStart!, start < index else {
          throw ManifestError(
            file: file, line: line,
            message: "variable \(reference.name) is not set (use --set \(reference.name)=VALUE or export it)")
        }
        output.append(contentsOf: bytes[index..<reference.end])
      }
      index = reference.end
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Where a comment starts on the line beginning at `lineStart`: a `#` at the start of the line or after a blank,
  /// outside single- and double-quoted strings.
  static func commentStart(in bytes: [UInt8], lineStart: Int) -> Int? {
    var quote: UInt8?
    var previous = UInt8(ascii: " ")
    var index = lineStart
    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
      let byte = bytes[index]
      switch quote {
      case UInt8(ascii: "\""):
        if byte == UInt8(ascii: "\\") {
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          quote = nil
        }
      case UInt8(ascii: "'"):
        if byte == UInt8(ascii: "'") {
          if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'") {
            index += 1
          } else {
            quote = nil
          }
        }
      default:
        let afterBlank = previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t")
        if byte == UInt8(ascii: "#") && afterBlank { return index }
        if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && (afterBlank || isTokenStart(previous)) {
          quote = byte
        }
      }
      previous = byte
      index += 1
    }
    return nil
  }

  private static func isTokenStart(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "-"),
      UInt8(ascii: "?"):
      return true
    default:
      return false
    }
  }
}

/// `$NAME` or `${NAME}` at a given `$`.
private struct VariableReference {
  var name: String
  /// Index just past the reference.
  var end: Int
  /// `${NAME}` rather than `$NAME`.
  var braced: Bool

  init?(in bytes: [UInt8], at dollar: Int) {
    var index = dollar + 1
    let braced = index < bytes.count && bytes[index] == UInt8(ascii: "{")
    if braced { index += 1 }
    let nameStart = index
    guard index < bytes.count, Self.isNameStart(bytes[index]) else { return nil }
    while index < bytes.count, Self.isNameStart(bytes[index]) || Self.isDigit(bytes[index]) { index += 1 }
    let nameEnd = index
    if braced {
      guard index < bytes.count, bytes[index] == UInt8(ascii: "}") else { return nil }
      index += 1
    }
    name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
    end = index
    self.braced = braced
  }

  private static func isNameStart(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || byte == UInt8(ascii: "_")
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
