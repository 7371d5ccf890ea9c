/// A value that is either an integer or a string, such as `maxSurge: 25%` or `targetPort: http`
/// (apimachinery's `intstr.IntOrString`, `pkg/util/intstr/intstr.go`).
public enum IntOrString: Hashable, Sendable, CustomStringConvertible {
  case int(Int)
  case string(String)

  /// Upstream `intstr.Parse`: an integer when the whole text is one that fits 32 bits (Go's
  /// `ParseInt(text, 10, 32)`), otherwise the string, as `kubectl expose --target-port` reads its flag.
  public init(parsing text: String) {
    if let value = Int32(text) {
      self = .int(Int(value))
    } else {
      self = .string(text)
    }
  }

  /// Upstream `String()`: the string, or the integer's decimal text.
  public var description: String {
    switch self {
    case .int(let value): return String(value)
    case .string(let value): return value
    }
  }

  /// Upstream `IntValue()`: the integer, or the string read by Go's `strconv.Atoi` (0 when it is not a number).
  public var intValue: Int {
    switch self {
    case .int(let value): return value
    case .string(let text): return GoText.atoi(text).value
    }
  }

  /// Upstream `GetScaledValueFromIntOrPercent`: an integer as is; a percentage such as `25%` applied to `total`,
  /// rounded up or down (`25%` of 10 is 3 rounded up, 2 rounded down). Any other string is an error with
  /// upstream's message. The percentage is computed in `Double` as Go does; a result beyond `Int` saturates where
  /// Go's conversion would overflow.
  public func scaledValue(total: Int, roundUp: Bool) throws(IntOrStringError) -> Int {
    let text: String
    switch self {
    case .int(let value): return value
    case .string(let value): text = value
    }
    guard text.hasSuffix("%") else {
      throw IntOrStringError("invalid value for IntOrString: invalid type: string is not a percentage")
    }
    let (percent, error) = GoText.atoi(String(text.utf8.dropLast()) ?? "")
    if let error {
      throw IntOrStringError("invalid value for IntOrString: invalid value \(GoText.quote(text)): \(error)")
    }
    let exact = Double(percent) * Double(total) / 100
    let rounded = roundUp ? exact.rounded(.up) : exact.rounded(.down)
    // Int.max is not a Double; 2^63 is the first Double past it.
    if rounded >= Double(Int.max) { return .max }
    if rounded <= Double(Int.min) { return .min }
    return Int(rounded)
  }
}

extension IntOrString: Codable {
  /// Decodes like upstream's `UnmarshalJSON`: an integer (32 bits, as Go's `IntVal`) or a string; `null` is the
  /// integer 0, as Go leaves the zero value.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .int(0)
    } else if let value = try? container.decode(Int32.self) {
      self = .int(Int(value))
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "IntOrString must be a 32-bit integer or a string")
    }
  }

  /// Encodes the integer as a number and the string as a string, as upstream's `MarshalJSON`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .int(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    }
  }
}

/// Why an ``IntOrString`` could not be scaled, with upstream's message.
public struct IntOrStringError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
