/// Prints floating-point numbers the way Go does, so `-o yaml` and `-o json` match kubectl byte for byte.
///
/// Go and Swift both print the shortest digit string that reads back as the same number; only the layout
/// differs. So the digits are taken from Swift's `description` and laid out with Go's `strconv` rules.
enum GoFloatFormatting {
  /// Shortest decimal digits and the position of the decimal point: 0.0125 is digits "125", point -1.
  struct Digits {
    var negative: Bool
    var digits: [UInt8]
    var decimalPoint: Int
  }

  static func digits(of value: Double) -> Digits { digits(fromDescription: value.description) }

  static func digits(of value: Float) -> Digits { digits(fromDescription: value.description) }

  /// Go's `strconv.FormatFloat(value, 'g', -1, 64)`: `0.5`, `100000`, `1e+06`, `1.5e-07`.
  static func formatG(_ value: Double) -> String {
    if let special = goSpecialName(value) { return special }
    return formatG(digits(of: value))
  }

  /// How sigs.k8s.io/yaml turns a float map key into a JSON key: `FormatFloat(key, 'g', -1, 32)`, with go-yaml's
  /// names for the special values.
  static func yamlKey(_ value: Double) -> String {
    if value.isNaN { return ".nan" }
    if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
    return formatG(digits(of: Float(value)))
  }

  /// Go's `encoding/json` float output: `%f` layout between 1e-6 and 1e21, `%e` outside (with `e-7`, not
  /// `e-07`). JSON has no NaN or infinity; Go refuses to encode them, this prints `null`.
  static func json(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    let digits = digits(of: value)
    let magnitude = abs(value)
    guard magnitude != 0, magnitude < 1e-6 || magnitude >= 1e21 else {
      return formatF(digits, fractionDigits: max(digits.digits.count - digits.decimalPoint, 0))
    }
    var text = formatE(digits, fractionDigits: max(digits.digits.count - 1, 0))
    // Go cleans up e-09 to e-9.
    let bytes = Array(text.utf8)
    let count = bytes.count
    if count >= 4, bytes[count - 4] == UInt8(ascii: "e"), bytes[count - 3] == UInt8(ascii: "-"),
      bytes[count - 2] == UInt8(ascii: "0")
    {
      text = String(decoding: bytes[..<(count - 2)] + [bytes[count - 1]], as: UTF8.self)
    }
    return text
  }

  /// The integer a JSON decoder reads from Go's JSON text for `value` (`2.0` is sent as `2`, and
  /// `-3.649366029312989e18` as `-3649366029312989000`), or why there is none.
  static func jsonInteger(_ value: Double) -> JSONIntegerReading {
    guard value.isFinite, value == value.rounded(.towardZero), abs(value) < 1e21 else { return .notAnInteger }
    if abs(value) < 9_007_199_254_740_992, let exact = Int64(exactly: value) { return .integer(exact) }
    var text = json(value)
    return text.withUTF8 { GoIntegerSyntax.parseSigned($0) }.map(JSONIntegerReading.integer) ?? .outOfRange
  }

  enum JSONIntegerReading: Equatable {
    case integer(Int64)
    /// An integer beyond `Int64` (`1e20`).
    case outOfRange
    /// A fraction, an exponent form (`1e+21`), infinity or NaN.
    case notAnInteger
  }

  /// A double as `kubectl get -o yaml` prints it: the object goes through JSON and back through go-yaml, so a
  /// value whose JSON text is an integer (`1000000`) prints as that integer, anything else with `%g` layout.
  static func yaml(_ value: Double) -> String {
    if value.isNaN { return ".nan" }
    if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
    var text = json(value)
    let integer = text.withUTF8 { bytes -> String? in
      if let signed = GoIntegerSyntax.parseSigned(bytes) { return String(signed) }
      return GoIntegerSyntax.parseUnsigned(bytes).map { String($0) }
    }
    // Printed again from the integer, so `-0` becomes `0`.
    return integer ?? formatG(value)
  }

  // MARK: - Layouts

  private static func goSpecialName(_ value: Double) -> String? {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
    return nil
  }

  private static func formatG(_ digits: Digits) -> String {
    let exponent = digits.decimalPoint - 1
    if exponent < -4 || exponent >= 6 {
      return formatE(digits, fractionDigits: max(digits.digits.count - 1, 0))
    }
    return formatF(digits, fractionDigits: max(digits.digits.count - digits.decimalPoint, 0))
  }

  private static func formatE(_ digits: Digits, fractionDigits: Int) -> String {
    var bytes: [UInt8] = digits.negative ? [UInt8(ascii: "-")] : []
    bytes.append(digits.digits.first ?? UInt8(ascii: "0"))
    if fractionDigits > 0 {
      bytes.append(UInt8(ascii: "."))
      for index in 1...fractionDigits {
        bytes.append(index < digits.digits.count ? digits.digits[index] : UInt8(ascii: "0"))
      }
    }
    bytes.append(UInt8(ascii: "e"))
    var exponent = digits.digits.isEmpty ? 0 : digits.decimalPoint - 1
    bytes.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    exponent = abs(exponent)
    if exponent < 10 { bytes.append(UInt8(ascii: "0")) }
    bytes.append(contentsOf: String(exponent).utf8)
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func formatF(_ digits: Digits, fractionDigits: Int) -> String {
    var bytes: [UInt8] = digits.negative ? [UInt8(ascii: "-")] : []
    if digits.decimalPoint > 0 {
      let integerDigits = min(digits.digits.count, digits.decimalPoint)
      bytes.append(contentsOf: digits.digits[..<integerDigits])
      if digits.decimalPoint > integerDigits {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits.decimalPoint - integerDigits))
      }
    } else {
      bytes.append(UInt8(ascii: "0"))
    }
    if fractionDigits > 0 {
      bytes.append(UInt8(ascii: "."))
      for offset in 1...fractionDigits {
        let index = digits.decimalPoint + offset - 1
        bytes.append(index >= 0 && index < digits.digits.count ? digits.digits[index] : UInt8(ascii: "0"))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Parses Swift's shortest round-trip text (`1.0`, `0.0125`, `1e-05`, `1.5e+20`) into digits and a point.
  private static func digits(fromDescription text: String) -> Digits {
    var negative = false
    var mantissa: [UInt8] = []
    var pointPosition: Int?
    var exponent = 0
    var exponentSign = 1
    var inExponent = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "-") where !inExponent: negative = true
      case UInt8(ascii: "-"): exponentSign = -1
      case UInt8(ascii: "+"): continue
      case UInt8(ascii: "."): pointPosition = mantissa.count
      case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if inExponent {
          exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
        } else {
          mantissa.append(byte)
        }
      default: continue
      }
    }
    var decimalPoint = (pointPosition ?? mantissa.count) + exponentSign * exponent
    var start = 0
    while start < mantissa.count, mantissa[start] == UInt8(ascii: "0") {
      start += 1
      decimalPoint -= 1
    }
    var end = mantissa.count
    while end > start, mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
    if start == end { return Digits(negative: negative, digits: [], decimalPoint: 0) }
    return Digits(negative: negative, digits: Array(mantissa[start..<end]), decimalPoint: decimalPoint)
  }
}
