/// A ControllerRevision (`apps/v1`): an immutable snapshot of a DaemonSet's or StatefulSet's pod template, numbered
/// in the order the templates were used. `kubectl rollout history` and `rollout undo` read them.
public struct ControllerRevision: APIObject {
  public static let kind = "ControllerRevision"
  public static let apiVersion = "apps/v1"

  public var apiVersion: String = ControllerRevision.apiVersion
  public var kind: String = ControllerRevision.kind
  public var metadata = ObjectMeta()
  /// The owner's state at this revision, as a strategic-merge patch (`{"spec":{"template":{...}}}`).
  public var data: JSONValue?
  public var revision: Int = 0

  public init() {}
}

extension ControllerRevision: Defaultable {
  public mutating func applyDefaults() {}
}

extension ControllerRevision: Validatable {
  /// `ValidateControllerRevision` and `ValidateControllerRevisionUpdate`: a non-negative revision, and data that
  /// never changes.
  public func validate(old: ControllerRevision?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    errors += Check.nonNegative(revision, "revision")
    if let old, old.data != data {
      errors.append(.invalid("data", .rendered("{}"), "field is immutable"))
    }
    return errors
  }
}
