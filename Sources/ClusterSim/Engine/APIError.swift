import KubeModel

/// An error as the API server returns it (`metav1.Status`), printed the way kubectl prints it.
public struct APIError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Reason: String, Hashable, Sendable {
    case notFound = "NotFound"
    case alreadyExists = "AlreadyExists"
    case invalid = "Invalid"
    case forbidden = "Forbidden"
    case badRequest = "BadRequest"
    case conflict = "Conflict"
    case methodNotAllowed = "MethodNotAllowed"
    case internalError = "InternalError"
  }

  public var reason: Reason
  public var message: String
  /// For `Invalid`: the kind and name, and the field errors, which kubectl prints as a list.
  public var invalidObject: (kind: String, name: String)?
  public var causes: [FieldError]

  public init(_ reason: Reason, _ message: String) {
    self.reason = reason
    self.message = message
    self.causes = []
  }

  public static func == (lhs: APIError, rhs: APIError) -> Bool { lhs.description == rhs.description }
  public func hash(into hasher: inout Hasher) { hasher.combine(description) }

  /// `deployments.apps "web" not found`
  public static func notFound(_ resource: ResourceKind, _ name: String) -> APIError {
    APIError(.notFound, "\(resource.qualifiedPlural) \"\(name)\" not found")
  }

  public static func alreadyExists(_ resource: ResourceKind, _ name: String) -> APIError {
    APIError(.alreadyExists, "\(resource.qualifiedPlural) \"\(name)\" already exists")
  }

  /// `The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0`
  public static func invalid(kind: String, name: String, _ causes: [FieldError]) -> APIError {
    var error = APIError(.invalid, "\(kind) \"\(name)\" is invalid")
    error.invalidObject = (kind, name)
    error.causes = causes
    return error
  }

  public static func forbidden(_ message: String) -> APIError { APIError(.forbidden, message) }
  public static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }

  /// What kubectl prints: `Error from server (NotFound): ...`, or for invalid objects
  /// `The Deployment "web" is invalid: <cause>` (one cause) or a `* cause` list (several).
  public var description: String {
    if let (kind, name) = invalidObject {
      if causes.count == 1 { return "The \(kind) \"\(name)\" is invalid: \(causes[0])" }
      return "The \(kind) \"\(name)\" is invalid: \n" + causes.map { "* \($0)" }.joined(separator: "\n")
    }
    return "Error from server (\(reason.rawValue)): \(message)"
  }
}
