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

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x7F...0x9F, 0x2028, 0x2029: return true
    default: return false
    }
  }
}
