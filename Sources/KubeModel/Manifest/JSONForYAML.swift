/// Makes JSON text safe to read with a YAML parser.
///
/// kubectl decodes JSON files with Go's `encoding/json`, which takes DEL, the C1 control characters and the
/// line separators U+2028 and U+2029 raw inside strings. YAML refuses the control characters, and reads NEL, LS
/// and PS as line breaks, folding them into spaces. In JSON these characters can only appear inside strings, so
/// they are replaced by the `\u` escapes that mean the same thing.
enum JSONForYAML {
  static func escapingCharactersYAMLRejects(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar) else {
        result.append(scalar)
        continue
      }
      let hex = String(scalar.value, radix: 16)
      result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
    }
    return String(result)
  }

  /// Starts a YAML document (`--- `) before every top-level value after the first, so a JSON stream
  /// (`{...}\n{...}`, which kubectl reads as several objects) reads as several documents. The marker goes at the
  /// start of the value's line, keeping line numbers; only values sharing a line with the previous one move down.
  static func separatingStreamValues(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var starts: [Int] = []
    var depth = 0
    var inString = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if inString {
        if byte == UInt8(ascii: "\\") {
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
      } else {
        switch byte {
        case UInt8(ascii: "\""):
          inString = true
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          if depth == 0 { starts.append(index) }
          depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
        default:
          break
        }
      }
      index += 1
    }
    guard starts.count > 1 else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + starts.count * 5)
    var copied = 0
    for start in starts.dropFirst() {
      var lineStart = start
      while lineStart > 0, bytes[lineStart - 1] == UInt8(ascii: " ") || bytes[lineStart - 1] == UInt8(ascii: "\t") {
        lineStart -= 1
      }
      let startsLine = lineStart == 0 || bytes[lineStart - 1] == UInt8(ascii: "\n")
      result.append(contentsOf: bytes[copied..<lineStart])
      result.append(contentsOf: (startsLine ? "--- " : "\n--- ").utf8)
      copied = lineStart
    }
    result.append(contentsOf: bytes[copied...])
    return String(decoding: result, as: UTF8.self)
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x7F...0x9F, 0x2028, 0x2029: return true
    default: return false
    }
  }
}
