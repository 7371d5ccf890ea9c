/// Standard object metadata (`metav1.ObjectMeta`): identity, labels, ownership and lifecycle of every object.
public struct ObjectMeta: Hashable, Sendable, Codable {
  public var name: String = ""
  public var generateName: String = ""
  public var namespace: String = ""
  public var uid: String = ""
  public var resourceVersion: String = ""
  @OmitZero public var generation: Int = 0
  public var creationTimestamp: Timestamp?
  public var deletionTimestamp: Timestamp?
  public var deletionGracePeriodSeconds: Int?
  public var labels: [String: String] = [:]
  public var annotations: [String: String] = [:]
  public var ownerReferences: [OwnerReference] = []
  public var finalizers: [String] = []

  public init(
    name: String = "", namespace: String = "", labels: [String: String] = [:], annotations: [String: String] = [:]
  ) {
    self.name = name
    self.namespace = namespace
    self.labels = labels
    self.annotations = annotations
  }

  /// The owner reference marked `controller: true`, if any: the object that manages this one.
  public var controllerReference: OwnerReference? {
    ownerReferences.first { $0.controller == true }
  }

  public var isBeingDeleted: Bool { deletionTimestamp != nil }
}

/// A pointer from a dependent object to its owner; the garbage collector deletes dependents whose owners are gone.
public struct OwnerReference: Hashable, Sendable, Codable {
  public var apiVersion: String = ""
  public var kind: String = ""
  public var name: String = ""
  public var uid: String = ""
  public var controller: Bool?
  public var blockOwnerDeletion: Bool?

  public init(
    apiVersion: String, kind: String, name: String, uid: String, controller: Bool? = true,
    blockOwnerDeletion: Bool? = true
  ) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.name = name
    self.uid = uid
    self.controller = controller
    self.blockOwnerDeletion = blockOwnerDeletion
  }
}

/// A reference to another object (`corev1.ObjectReference`), as used by events, claims and CronJob status.
public struct ObjectReference: Hashable, Sendable, Codable {
  public var kind: String = ""
  public var namespace: String = ""
  public var name: String = ""
  public var uid: String = ""
  public var apiVersion: String = ""
  public var resourceVersion: String = ""
  public var fieldPath: String = ""

  public init(
    kind: String = "", namespace: String = "", name: String = "", uid: String = "",
    apiVersion: String = "", fieldPath: String = ""
  ) {
    self.kind = kind
    self.namespace = namespace
    self.name = name
    self.uid = uid
    self.apiVersion = apiVersion
    self.fieldPath = fieldPath
  }
}

/// A reference to an object in the same namespace by name only (`LocalObjectReference`).
public struct LocalObjectReference: Hashable, Sendable, Codable {
  public var name: String = ""
  public init(name: String = "") { self.name = name }
}

/// A condition as most objects report it (type, status, reason, message and when it changed).
public struct Condition: Hashable, Sendable, Codable {
  public var type: String = ""
  public var status: String = ""
  public var lastProbeTime: Timestamp?
  public var lastHeartbeatTime: Timestamp?
  public var lastUpdateTime: Timestamp?
  public var lastTransitionTime: Timestamp?
  public var reason: String = ""
  public var message: String = ""

  public init(type: String, status: String, reason: String = "", message: String = "") {
    self.type = type
    self.status = status
    self.reason = reason
    self.message = message
  }
}

extension Array where Element == Condition {
  /// The condition of the given type, if present.
  public subscript(type type: String) -> Condition? {
    first { $0.type == type }
  }

  public func isTrue(_ type: String) -> Bool { self[type: type]?.status == "True" }
}
