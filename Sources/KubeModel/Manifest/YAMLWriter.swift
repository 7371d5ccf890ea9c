/// Prints a value as `kubectl get -o yaml` does: sigs.k8s.io/yaml's `JSONToYAML`, which hands the JSON to
/// go-yaml v2's `Marshal`.
///
/// That fixes the layout: keys in go-yaml's natural order, two-space indentation, lists of a mapping's key not
/// indented (`containers:\n- image: nginx`), `{}` and `[]` for empty collections, lines folded after column 80
/// at spaces, strings with line breaks as literal blocks (`|`, `|-`, `|+`). Strings are quoted only when needed:
/// in double quotes when the bare text would read back as another type (`"80"`, `"true"`, `"yes"`, `""`,
/// `"2025-01-06T09:00:00Z"`), in single quotes when it starts with or contains YAML indicators (`'*/5 * * * *'`,
/// `'@hourly'`, `'a: b'`), in double quotes with escapes when it holds characters YAML cannot print as they are.
public enum YAMLWriter {
  public static func write(_ value: JSONValue) -> String {
    var emitter = GoYAMLEmitter()
    emitter.emitDocument(value)
    return String(decoding: emitter.output, as: UTF8.self)
  }
}

/// The scalar style go-yaml's encoder asks the emitter for (`encode.go`); the emitter may still overrule it.
enum GoYAMLRequestedStyle {
  case plain
  case doubleQuoted
  case literal
}

extension JSONValue {
  /// The text and requested style of a scalar, as go-yaml's encoder produces them.
  var goYAMLScalar: (text: String, style: GoYAMLRequestedStyle)? {
    switch self {
    case .null: return ("null", .plain)
    case .bool(let flag): return (flag ? "true" : "false", .plain)
    case .int(let number): return (String(number), .plain)
    case .double(let number): return (GoFloatFormatting.yaml(number), .plain)
    case .string(let text): return (text, Self.stringStyle(text))
    case .array, .object: return nil
    }
  }

  /// `stringv`: literal when the text has a line break, plain when it reads back as the same string, else
  /// double-quoted.
  static func stringStyle(_ text: String) -> GoYAMLRequestedStyle {
    if text.utf8.contains(UInt8(ascii: "\n")) { return .literal }
    return ScalarResolver.isPlainString(text) ? .plain : .doubleQuoted
  }
}
