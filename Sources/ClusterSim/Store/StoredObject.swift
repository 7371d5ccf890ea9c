import KubeModel

/// An API object kind the cluster stores in its own table, with the API server's per-kind rules (upstream's REST
/// "strategy" and admission chain): defaults, admission, validation, and which controllers watch it.
public protocol StoredObject: APIObject, Defaultable, Validatable {
  /// The resource names of this kind.
  static var resource: ResourceKind { get }
  /// Where the store keeps objects of this kind.
  static var table: WritableKeyPath<Store, ObjectTable<Self>> { get }
  /// The node an object is bound to, for the by-node index (pods); nil for other kinds.
  static func indexedNodeName(of object: Self) -> String?
  /// Whether an update changes the desired state, so `metadata.generation` increases (spec changes do; status and
  /// metadata changes do not).
  static func specChanged(from old: Self, to new: Self) -> Bool
  /// Admission that needs the rest of the cluster (quota, limit ranges, port allocation). Runs after defaulting
  /// and before validation on create and update; may change the object or refuse it.
  static func admit(_ object: inout Self, old: Self?, in cluster: inout ClusterState) throws(APIError)
  /// Tells the controllers that watch this kind about a change (their informer event handlers).
  static func didChange(old: Self?, new: Self?, in cluster: inout ClusterState)
  /// Defaults and admits a new object, as `POST` does before naming it. Returns whether the object's spec is known
  /// to be valid already, so ``validateNew(_:specKnownValid:)`` can skip it.
  static func defaultAndAdmitNew(_ object: inout Self, in cluster: inout ClusterState) throws(APIError) -> Bool
  /// Validates a new object.
  static func validateNew(_ object: Self, specKnownValid: Bool) -> [FieldError]
}

extension StoredObject {
  public static func indexedNodeName(of object: Self) -> String? { nil }
  public static func specChanged(from old: Self, to new: Self) -> Bool { false }
  public static func admit(_ object: inout Self, old: Self?, in cluster: inout ClusterState) throws(APIError) {}
  public static func didChange(old: Self?, new: Self?, in cluster: inout ClusterState) {}

  public static func defaultAndAdmitNew(
    _ object: inout Self, in cluster: inout ClusterState
  ) throws(APIError)
    -> Bool
  {
    object.applyDefaults()
    try admit(&object, old: nil, in: &cluster)
    return false
  }

  public static func validateNew(_ object: Self, specKnownValid: Bool) -> [FieldError] { object.validate(old: nil) }
}
