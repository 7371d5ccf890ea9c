/// One validation failure at a field path, formatted as the API server formats `field.Error`
/// (apimachinery `pkg/util/validation/field/errors.go`): `spec.replicas: Invalid value: -1: must be ...`.
public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum ErrorType: String, Hashable, Sendable {
    case notFound = "Not found"
    case required = "Required value"
    case duplicate = "Duplicate value"
    case invalid = "Invalid value"
    case notSupported = "Unsupported value"
    case forbidden = "Forbidden"
    case tooLong = "Too long"
    case tooMany = "Too many"
    case `internal` = "Internal error"
  }

  /// The offending value, printed as Go's `%v` (numbers, booleans), `%q` (strings) or a pre-rendered form.
  public enum Value: Hashable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case rendered(String)

    var text: String {
      switch self {
      case .string(let text): return goQuoted(text)
      case .int(let number): return String(number)
      case .bool(let flag): return String(flag)
      case .rendered(let text): return text
      }
    }
  }

  public var type: ErrorType
  public var field: String
  public var value: Value?
  public var detail: String

  public init(_ type: ErrorType, _ field: String, value: Value? = nil, _ detail: String = "") {
    self.type = type
    self.field = field
    self.value = value
    self.detail = detail
  }

  public static func invalid(_ field: String, _ value: Value, _ detail: String) -> FieldError {
    FieldError(.invalid, field, value: value, detail)
  }

  public static func required(_ field: String, _ detail: String = "") -> FieldError {
    FieldError(.required, field, detail)
  }

  public static func notSupported(_ field: String, _ value: String, supported: [String]) -> FieldError {
    FieldError(
      .notSupported, field, value: .string(value),
      "supported values: " + supported.map { goQuoted($0) }.joined(separator: ", "))
  }

  public static func forbidden(_ field: String, _ detail: String) -> FieldError {
    FieldError(.forbidden, field, detail)
  }

  public static func duplicate(_ field: String, _ value: Value) -> FieldError {
    FieldError(.duplicate, field, value: value)
  }

  /// `Invalid value: "two": must be ...`
  public var body: String {
    var text = type.rawValue
    switch type {
    case .required, .forbidden, .tooLong, .internal:
      break
    default:
      if let value { text += ": " + value.text }
    }
    if !detail.isEmpty { text += ": " + detail }
    return text
  }

  public var description: String { "\(field): \(body)" }
}

/// Go's `%q` for the plain strings validation messages quote.
public func goQuoted(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\t": result += "\\t"
    case "\r": result += "\\r"
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F {
        let hex = String(scalar.value, radix: 16)
        result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
  }
  return result + "\""
}

/// Go's `%#v` of a `map[string]string`, as validation prints label maps:
/// `map[string]string{"app":"web", "tier":"db"}` (keys sorted).
public func goMapLiteral(_ map: [String: String]) -> String {
  let pairs = map.keys.sorted().map { "\(goQuoted($0)):\(goQuoted(map[$0]!))" }
  return "map[string]string{" + pairs.joined(separator: ", ") + "}"
}

/// Go's `%#v` of a `metav1.LabelSelector`, as immutability and empty-selector errors print it:
/// `v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`.
public func goSelectorLiteral(_ selector: LabelSelector) -> String {
  let labels = selector.matchLabels.isEmpty ? "map[string]string(nil)" : goMapLiteral(selector.matchLabels)
  let expressions =
    selector.matchExpressions.isEmpty
    ? "[]v1.LabelSelectorRequirement(nil)"
    : "[]v1.LabelSelectorRequirement{"
      + selector.matchExpressions.map { requirement in
        let values = requirement.values.isEmpty
          ? "[]string(nil)" : "[]string{" + requirement.values.map(goQuoted).joined(separator: ", ") + "}"
        return "v1.LabelSelectorRequirement{Key:\(goQuoted(requirement.key)), "
          + "Operator:\(goQuoted(requirement.operator)), Values:\(values)}"
      }.joined(separator: ", ") + "}"
  return "v1.LabelSelector{MatchLabels:\(labels), MatchExpressions:\(expressions)}"
}
