/// What every API object has: a kind, an API version, metadata, and a place in the store.
///
/// Each kind is a plain value type whose stored properties mirror the API's JSON fields, so `Codable` synthesis maps
/// manifests to objects and back. `apiVersion` and `kind` are stored too: a manifest names them, and `-o yaml`
/// prints them.
public protocol APIObject: Hashable, Sendable, Codable {
  /// The kind as the API names it (`Deployment`).
  static var kind: String { get }
  /// The preferred group/version (`apps/v1`).
  static var apiVersion: String { get }
  /// Whether objects of this kind live in a namespace.
  static var isNamespaced: Bool { get }

  var apiVersion: String { get set }
  var kind: String { get set }
  var metadata: ObjectMeta { get set }

  /// A new, empty object of this kind.
  init()
}

extension APIObject {
  public static var isNamespaced: Bool { true }

  public var name: String { metadata.name }
  public var namespace: String { metadata.namespace }
  public var uid: String { metadata.uid }
  public var labels: [String: String] { metadata.labels }

  /// The store key: namespace and name.
  public var key: ObjectKey { ObjectKey(namespace: metadata.namespace, name: metadata.name) }

  /// An owner reference naming this object as the controller of a dependent.
  public var controllerReference: OwnerReference {
    OwnerReference(apiVersion: Self.apiVersion, kind: Self.kind, name: metadata.name, uid: metadata.uid)
  }

  /// An object reference to this object, as events and claims use.
  public var objectReference: ObjectReference {
    ObjectReference(
      kind: Self.kind, namespace: metadata.namespace, name: metadata.name, uid: metadata.uid,
      apiVersion: Self.apiVersion)
  }
}

/// Namespace and name: the identity of an object of a given kind in the store (namespace is empty for
/// cluster-scoped kinds).
public struct ObjectKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var namespace: String
  public var name: String

  public init(namespace: String, name: String) {
    self.namespace = namespace
    self.name = name
  }

  public static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
    lhs.namespace != rhs.namespace ? lhs.namespace < rhs.namespace : lhs.name < rhs.name
  }

  /// `namespace/name`, or `name` for cluster-scoped objects.
  public var description: String { namespace.isEmpty ? name : "\(namespace)/\(name)" }
}
