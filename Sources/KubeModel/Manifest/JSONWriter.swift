/// Prints a value as `kubectl get -o json` does: Go's `json.MarshalIndent(object, "", "    ")` plus a newline.
///
/// Keys are sorted by byte order, as Go sorts map keys; strings use Go's escaping, which includes the HTML-safe
/// `\u003c`, `\u003e` and `\u0026` for `<`, `>` and `&`; numbers use Go's float layout.
public enum JSONWriter {
  public static func write(_ value: JSONValue) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(1024)
    write(value, depth: 0, into: &output)
    output.append(UInt8(ascii: "\n"))
    return String(decoding: output, as: UTF8.self)
  }

  private static func write(_ value: JSONValue, depth: Int, into output: inout [UInt8]) {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .int(let number): output.append(contentsOf: String(number).utf8)
    case .double(let number): output.append(contentsOf: GoFloatFormatting.json(number).utf8)
    case .string(let text): appendString(text, to: &output)
    case .array(let items):
      guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
      output.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        newline(depth: depth + 1, into: &output)
        write(item, depth: depth + 1, into: &output)
      }
      newline(depth: depth, into: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
      output.append(UInt8(ascii: "{"))
      let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for (index, key) in keys.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        newline(depth: depth + 1, into: &output)
        appendString(key, to: &output)
        output.append(contentsOf: ": ".utf8)
        write(members[key]!, depth: depth + 1, into: &output)
      }
      newline(depth: depth, into: &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(depth: Int, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 4))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Go's `appendString` with HTML escaping on.
  static func appendString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\\"), UInt8(ascii: "\""):
        output.append(UInt8(ascii: "\\"))
        output.append(byte)
      case 0x08: output.append(contentsOf: "\\b".utf8)
      case 0x0C: output.append(contentsOf: "\\f".utf8)
      case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
      case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
      case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
      case 0..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
        output.append(contentsOf: "\\u00".utf8)
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0xF)])
      case 0xE2
      where index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        // U+2028 and U+2029 end lines in JavaScript.
        output.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        index += 2
      default:
        output.append(byte)
      }
      index += 1
    }
    output.append(UInt8(ascii: "\""))
  }
}
