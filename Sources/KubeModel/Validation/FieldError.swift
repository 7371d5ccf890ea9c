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

  /// `Too long: may not be more than 262144 bytes` (apimachinery 1.30+ wording); the value is not shown.
  public static func tooLong(_ field: String, bytes limit: Int) -> FieldError {
    FieldError(.tooLong, field, "may not be more than \(limit) bytes")
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

/// Go's `%q` for the strings validation messages quote: ``GoText/quote(_:)``, for the modules outside KubeModel.
public func goQuoted(_ text: String) -> String { GoText.quote(text) }

/// A label map as the API server (1.34+) renders a non-scalar bad value: compact JSON, keys sorted
/// (`{"app":"web"}`), `null` when there is none.
public func jsonMapLiteral(_ map: [String: String]) -> String {
  if map.isEmpty { return "null" }
  return "{" + map.keys.sorted().map { "\(jsonQuoted($0)):\(jsonQuoted(map[$0]!))" }.joined(separator: ",") + "}"
}

/// A `metav1.LabelSelector` as compact JSON, as immutability and empty-selector errors print it:
/// `{"matchLabels":{"app":"web"}}`, `{}` when empty.
public func jsonSelectorLiteral(_ selector: LabelSelector) -> String {
  var members: [String] = []
  if !selector.matchLabels.isEmpty { members.append("\"matchLabels\":" + jsonMapLiteral(selector.matchLabels)) }
  if !selector.matchExpressions.isEmpty {
    let expressions = selector.matchExpressions.map { requirement in
      var fields = ["\"key\":\(jsonQuoted(requirement.key))", "\"operator\":\(jsonQuoted(requirement.operator))"]
      if !requirement.values.isEmpty {
        fields.append("\"values\":[" + requirement.values.map(jsonQuoted).joined(separator: ",") + "]")
      }
      return "{" + fields.joined(separator: ",") + "}"
    }
    members.append("\"matchExpressions\":[" + expressions.joined(separator: ",") + "]")
  }
  return "{" + members.joined(separator: ",") + "}"
}

/// A string as a JSON literal, escaped as Go's `encoding/json` escapes it: ``GoText/jsonString(_:)``, for the modules
/// outside KubeModel.
public func jsonQuoted(_ text: String) -> String { GoText.jsonString(text) }
