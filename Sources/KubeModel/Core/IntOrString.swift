// STUB: replaced by the full implementation.
/// A value that is either an integer or a string, such as `maxSurge: 25%` or `targetPort: http`.
public enum IntOrString: Hashable, Sendable, Codable, CustomStringConvertible {
  case int(Int)
  case string(String)
  public var description: String {
    switch self {
    case .int(let value): return String(value)
    case .string(let value): return value
    }
  }
}
