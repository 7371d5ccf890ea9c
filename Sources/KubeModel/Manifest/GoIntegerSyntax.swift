/// Go's `strconv.ParseInt(s, 0, 64)` and `ParseUint(s, 0, 64)`: optional sign (signed only), then `0x`, `0o`,
/// `0b` prefixes or a leading `0` for octal, else decimal. go-yaml v2 uses these to resolve plain integers.
enum GoIntegerSyntax {
  static func parseSigned(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard let first = bytes.first else { return nil }
    let negative = first == UInt8(ascii: "-")
    let hasSign = negative || first == UInt8(ascii: "+")
    let magnitude = UnsafeBufferPointer(rebasing: bytes[(hasSign ? 1 : 0)...])
    guard let value = parseUnsigned(magnitude) else { return nil }
    if negative {
      if value == UInt64(Int64.max) + 1 { return Int64.min }
      return value <= UInt64(Int64.max) ? -Int64(value) : nil
    }
    return value <= UInt64(Int64.max) ? Int64(value) : nil
  }

  static func parseUnsigned(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard !bytes.isEmpty else { return nil }
    var start = 0
    var base: UInt64 = 10
    if bytes[0] == UInt8(ascii: "0") {
      let marker = bytes.count >= 3 ? bytes[1] | 0x20 : 0
      switch marker {
      case UInt8(ascii: "b"): (base, start) = (2, 2)
      case UInt8(ascii: "o"): (base, start) = (8, 2)
      case UInt8(ascii: "x"): (base, start) = (16, 2)
      default: (base, start) = (8, 1)
      }
    }
    var value: UInt64 = 0
    for index in start..<bytes.count {
      guard let digit = digitValue(bytes[index]), digit < base else { return nil }
      let (shifted, overflowA) = value.multipliedReportingOverflow(by: base)
      let (sum, overflowB) = shifted.addingReportingOverflow(digit)
      guard !overflowA, !overflowB else { return nil }
      value = sum
    }
    return value
  }

  private static func digitValue(_ byte: UInt8) -> UInt64? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt64(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt64(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt64(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }
}
