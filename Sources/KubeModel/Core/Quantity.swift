/// A Kubernetes resource quantity such as `100m`, `0.5`, `512Mi`, `1G`, `1e3`: a fixed-point decimal that
/// remembers which family of suffixes it was written with.
///
/// Follows apimachinery's `resource.Quantity` (`pkg/api/resource/quantity.go`):
/// - the value is held as `significand × 10^exponent`, like Go's `int64Amount`, never as a floating-point number;
/// - parsing keeps every value down to nano (`1n`) and rounds anything finer up, away from zero, as Go does;
/// - printing is Go's `String()`: the canonical form of `CanonicalizeBytes`, or the text it was parsed from when
///   Go would have kept that text (see ``description``);
/// - `==`, `<` and `hash` compare values only, like Go's `Cmp` and `Equal`: `1Ki == 1024` although they print
///   differently.
///
/// Where Go switches to an arbitrary-precision `inf.Dec`, this type keeps 19 significant digits instead: a value
/// that needs more (such as `12345678901234567891` or `1Ti + 1n`) is rounded up, away from zero, to the nearest
/// value that fits. That never happens for the CPU and memory amounts a cluster uses, which all fit exactly.
public struct Quantity: Sendable {
  /// How a quantity is printed. Raw values are Go's `resource.Format` names.
  public enum Format: String, Hashable, Sendable, Codable {
    /// `12M` (`12 * 10^6`), also `100m`, `1k`, `5E`.
    case decimalSI = "DecimalSI"
    /// `12Mi` (`12 * 2^20`).
    case binarySI = "BinarySI"
    /// `12e6`.
    case decimalExponent = "DecimalExponent"
  }

  /// The value is `significand × 10^exponent` (Go's `int64Amount.value` and `.scale`).
  var significand: Int64
  var exponent: Int32

  /// Changing the format changes how the quantity prints, as assigning Go's `Quantity.Format` does.
  public var format: Format {
    didSet { retainedText = nil }
  }

  /// The text the quantity was parsed from, kept only when Go's `ParseQuantity` would keep it (its
  /// "already canonical" shortcut) and it differs from the canonical form, such as `+1`, `01` or `1.500`.
  /// Go prints such a quantity exactly as written, so `kubectl get -o yaml` shows `cpu: 1.500`.
  var retainedText: String?

  init(significand: Int64, exponent: Int32, format: Format) {
    self.significand = significand
    self.exponent = exponent
    self.format = format
    self.retainedText = nil
  }

  /// An exact value in thousandths (Go's `NewMilliQuantity`).
  public init(milli: Int64, format: Format) {
    self.init(significand: milli, exponent: -3, format: format)
  }

  /// An exact integer value (Go's `NewQuantity`).
  public init(value: Int64, format: Format) {
    self.init(significand: value, exponent: 0, format: format)
  }

  /// Zero, printed `0`.
  public static let zero = Quantity(significand: 0, exponent: 0, format: .decimalSI)

  /// Parses what Go's `ParseQuantity` accepts: an optionally signed decimal number followed by a decimal SI suffix
  /// (`n u m k M G T P E` or none), a binary SI suffix (`Ki Mi Gi Ti Pi Ei`) or a decimal exponent (`e3`, `E-3`).
  public init(parsing text: String) throws(QuantityError) {
    self = try QuantityParser.parse(text)
  }

  /// A CPU amount in millicores, printed in decimal SI (`250m`, `1`, `1500m`).
  public static func cpu(milli: Int64) -> Quantity { Quantity(milli: milli, format: .decimalSI) }

  /// An amount of bytes, printed in binary SI when it is a whole multiple of 1Ki (`512Mi`, `1Gi`).
  public static func bytes(_ bytes: Int64) -> Quantity { Quantity(value: bytes, format: .binarySI) }

  /// The value in thousandths, rounded up away from zero (Go's `MilliValue`, so `1.1m` gives 2).
  /// Saturates at `Int64.max`/`Int64.min` where Go would overflow.
  public var milliValue: Int64 { scaledValue(scale: -3) }

  /// The value rounded up away from zero to an integer (Go's `Value`, so `100m` gives 1).
  /// Saturates at `Int64.max`/`Int64.min` where Go would overflow.
  public var value: Int64 { scaledValue(scale: 0) }

  /// Whether the value is zero, whatever its format.
  public var isZero: Bool { significand == 0 }

  /// The value as a `Double`, possibly inexact (Go's `AsApproximateFloat64`).
  public var asApproximateDouble: Double {
    if significand == 0 || exponent == 0 { return Double(significand) }
    let power = Double("1e\(abs(Int(exponent)))") ?? .infinity
    return exponent > 0 ? Double(significand) * power : Double(significand) / power
  }

  /// The value as `ceil(value / 10^scale)`, rounding away from zero like Go's `int64Amount.AsScaledInt64`.
  public func scaledValue(scale: Int) -> Int64 {
    let parts = QuantityParts(self)
    let shift = parts.exponent - scale
    var magnitude: UInt64
    if shift >= 0 {
      guard let scaled = QuantityParts.scaleUp(parts.magnitude, by: shift) else {
        return parts.negative ? .min : .max
      }
      magnitude = scaled
    } else if -shift > 19 {
      magnitude = parts.magnitude == 0 ? 0 : 1
    } else {
      let divisor = QuantityParts.powersOfTen[-shift]
      magnitude = parts.magnitude / divisor
      if parts.magnitude % divisor != 0 { magnitude += 1 }
    }
    if parts.negative {
      return magnitude > UInt64(Int64.max) ? .min : -Int64(magnitude)
    }
    return magnitude > UInt64(Int64.max) ? .max : Int64(magnitude)
  }

  /// The sum of `quantities`, formatted like the first non-zero one (Go's `Add` on an accumulator starting at 0).
  public static func sum<S: Sequence>(_ quantities: S) -> Quantity where S.Element == Quantity {
    quantities.reduce(Quantity.zero, +)
  }
}

extension Quantity: CustomStringConvertible {
  /// The text kubectl prints (Go's `Quantity.String()`): the retained input text when Go keeps it, otherwise
  /// the canonical form, e.g. `500m` for `0.5`, `1536Mi` for `1.5Gi`, `1` for `1000m`, `512` for `0.5Ki`.
  public var description: String { retainedText ?? canonicalDescription }
}

extension Quantity: Hashable, Comparable {
  /// Equal values are equal whatever their format or text, as Go's `Quantity.Equal` (`Cmp(y) == 0`).
  public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
    QuantityParts.compare(QuantityParts(lhs), QuantityParts(rhs)) == 0
  }

  public static func < (lhs: Quantity, rhs: Quantity) -> Bool {
    QuantityParts.compare(QuantityParts(lhs), QuantityParts(rhs)) < 0
  }

  /// Hashes the value with trailing decimal zeros removed, so equal values hash alike.
  public func hash(into hasher: inout Hasher) {
    var significand = significand
    var exponent = Int(exponent)
    if significand == 0 {
      exponent = 0
    } else {
      while significand % 10 == 0 {
        significand /= 10
        exponent += 1
      }
    }
    hasher.combine(significand)
    hasher.combine(exponent)
  }
}

extension Quantity {
  /// Go's `Add`: the result keeps the left operand's format, or takes the right one's when the left is zero.
  public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
    var result = QuantityParts.add(QuantityParts(lhs), QuantityParts(rhs)).quantity(format: lhs.format)
    if lhs.isZero { result.format = rhs.format }
    return result
  }

  /// Go's `Sub`: the result keeps the left operand's format, or takes the right one's when the left is zero.
  public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
    var result = QuantityParts.add(QuantityParts(lhs), QuantityParts(rhs).negated).quantity(format: lhs.format)
    if lhs.isZero { result.format = rhs.format }
    return result
  }

  /// Go's `Neg`: the same format, the opposite sign.
  public static prefix func - (operand: Quantity) -> Quantity {
    QuantityParts(operand).negated.quantity(format: operand.format)
  }

  /// Go's `Mul(y int64)`: keeps the format.
  public static func * (lhs: Quantity, rhs: Int) -> Quantity {
    QuantityParts.multiply(QuantityParts(lhs), by: Int64(rhs)).quantity(format: lhs.format)
  }

  public static func * (lhs: Int, rhs: Quantity) -> Quantity { rhs * lhs }

  public static func += (lhs: inout Quantity, rhs: Quantity) { lhs = lhs + rhs }

  public static func -= (lhs: inout Quantity, rhs: Quantity) { lhs = lhs - rhs }
}

extension Quantity: Codable {
  /// Decodes like Go's `UnmarshalJSON`: a string (surrounding whitespace trimmed), or a number, which is parsed
  /// from its shortest decimal text as Go's `encoding/json` writes a `float64` (what a YAML number becomes on its
  /// way to the API: `0.00001` stays positional, `1e21` and up use an exponent); `null` decodes to zero. A
  /// malformed quantity throws `DecodingError.dataCorrupted` carrying Go's message.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .zero
      return
    }
    let text: String
    if let string = try? container.decode(String.self) {
      text = String(string.trimmingGoSpace())
    } else if let integer = try? container.decode(Int64.self) {
      text = String(integer)
    } else if let number = try? container.decode(Double.self), let goText = number.goJSONText {
      text = goText
    } else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "quantity must be a string or a number")
    }
    do {
      self = try Quantity(parsing: text)
    } catch {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "Invalid value: \(goQuoted(text)): \(error.description)\(Self.hint(for: text))"
      )
    }
  }

  /// A hint for the commonest mistake, byte units written as people write them (`512MB`, `1GB`): Kubernetes
  /// suffixes have no `B`.
  static func hint(for text: String) -> String {
    guard text.last == "B" || text.last == "b", let unit = text.dropLast().last, unit.isLetter,
      (try? Quantity(parsing: String(text.dropLast()))) != nil
    else { return "" }
    let written = String(text.dropLast())
    if unit == "i" { return " (write \(written): Kubernetes units have no B)" }
    let binary = ["k": "Ki", "M": "Mi", "G": "Gi", "T": "Ti", "P": "Pi", "E": "Ei"][String(unit)]
    guard let binary else { return "" }
    return " (write \(written) or \(written.dropLast())\(binary): Kubernetes units have no B)"
  }

  /// Encodes the text kubectl prints, as Go's `MarshalJSON`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// Why a quantity could not be parsed, with Go's error messages (`ErrFormatWrong`, `ErrNumeric`, `ErrSuffix`).
public struct QuantityError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Kind: Hashable, Sendable {
    /// The text does not have the shape of a quantity (Go's `ErrFormatWrong`).
    case formatWrong
    /// The number has no digits where Go needs some (Go's `ErrNumeric`, e.g. `Ei` alone).
    case numeric
    /// The suffix is not one Go knows (Go's `ErrSuffix`, e.g. `1i`, `1Kb`).
    case suffix
    /// The decimal exponent is beyond what this type represents (Go silently wraps it to 32 bits instead).
    case outOfRange
  }

  /// The text that failed to parse.
  public var text: String
  public var kind: Kind

  public init(text: String, kind: Kind = .formatWrong) {
    self.text = text
    self.kind = kind
  }

  public var description: String {
    switch kind {
    case .formatWrong:
      return "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    case .numeric: return "unable to parse numeric part of quantity"
    case .suffix: return "unable to parse quantity's suffix"
    case .outOfRange: return "quantity's exponent is out of range"
    }
  }
}

extension Double {
  /// The shortest text that reads back as this number, formatted as Go's `encoding/json` formats a `float64`:
  /// positional for magnitudes in [1e-6, 1e21), otherwise `1e+21`/`1e-7`. Nil for infinities and NaN, which Go
  /// refuses to encode.
  var goJSONText: String? {
    guard isFinite else { return nil }
    if self == 0 { return "0" }
    // Swift's description has the same shortest round-trip digits as Go's strconv; only the layout differs.
    let swiftText = "\(magnitude)"
    let parts = swiftText.split(separator: "e", maxSplits: 1)
    let exponent = parts.count == 2 ? Int(parts[1])! : 0
    let mantissa = parts[0].split(separator: ".", maxSplits: 1)
    var digits = Array(mantissa[0]) + (mantissa.count == 2 ? Array(mantissa[1]) : [])
    var point = mantissa[0].count + exponent
    while digits.first == "0" {
      digits.removeFirst()
      point -= 1
    }
    while digits.last == "0" { digits.removeLast() }
    let sign = self < 0 ? "-" : ""
    if magnitude < 1e-6 || magnitude >= 1e21 {
      let scientific = point - 1
      let fraction = digits.count > 1 ? "." + String(digits.dropFirst()) : ""
      let exponentDigits = abs(scientific) < 10 && scientific >= 0 ? "0\(scientific)" : "\(abs(scientific))"
      return sign + String(digits[0]) + fraction + "e" + (scientific < 0 ? "-" : "+") + exponentDigits
    }
    if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + String(digits) }
    if point >= digits.count { return sign + String(digits) + String(repeating: "0", count: point - digits.count) }
    return sign + String(digits[..<point]) + "." + String(digits[point...])
  }
}

extension String {
  /// The string without leading and trailing white space, as Go's `strings.TrimSpace`.
  func trimmingGoSpace() -> Substring {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = lastIndex(where: { !isSpace($0) })!
    return self[start...end]
  }
}
