/// Standard base64 (RFC 4648 with padding), as Secrets store their values. Foundation-free so the model stays small.
public enum Base64 {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  public static func encode(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index + 2 < bytes.count {
      let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
      output += [18, 12, 6, 0].map { alphabet[Int((chunk >> $0) & 63)] }
      index += 3
    }
    let remaining = bytes.count - index
    if remaining == 1 {
      let chunk = UInt32(bytes[index]) << 16
      output += [alphabet[Int(chunk >> 18 & 63)], alphabet[Int(chunk >> 12 & 63)], 61, 61]
    } else if remaining == 2 {
      let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8
      output += [alphabet[Int(chunk >> 18 & 63)], alphabet[Int(chunk >> 12 & 63)], alphabet[Int(chunk >> 6 & 63)], 61]
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The decoded bytes, or nil if `text` is not valid base64 (Go's `base64.StdEncoding` rules: padding required).
  public static func decode(_ text: String) -> [UInt8]? {
    var values: [UInt8] = []
    var padding = 0
    for byte in text.utf8 {
      if byte == 61 {
        padding += 1
        continue
      }
      guard padding == 0 else { return nil }
      switch byte {
      case 65...90: values.append(byte - 65)
      case 97...122: values.append(byte - 71)
      case 48...57: values.append(byte + 4)
      case 43: values.append(62)
      case 47: values.append(63)
      default: return nil
      }
    }
    guard (values.count + padding) % 4 == 0, padding <= 2 else { return nil }
    var output: [UInt8] = []
    var index = 0
    while index < values.count {
      let group = Array(values[index..<min(index + 4, values.count)])
      var chunk: UInt32 = 0
      for (offset, value) in group.enumerated() { chunk |= UInt32(value) << (18 - 6 * offset) }
      output.append(UInt8(chunk >> 16 & 255))
      if group.count > 2 { output.append(UInt8(chunk >> 8 & 255)) }
      if group.count > 3 { output.append(UInt8(chunk & 255)) }
      index += 4
    }
    return output
  }

  /// The decoded text, if `text` is base64 of UTF-8.
  public static func decodeString(_ text: String) -> String? {
    decode(text).flatMap { String(validating: $0, as: UTF8.self) }
  }
}
