import KubeModel

/// What the ReplicaSet controller needs of its owner: ReplicaSets and ReplicationControllers are managed by the
/// same logic upstream (`pkg/controller/replicaset`, which the replication manager wraps).
protocol ReplicatedSet: StoredObject {
  static var controllerID: ControllerID { get }
  static var reporter: EventReporter { get }
  var desiredReplicas: Int { get }
  var minReadySeconds: Int { get }
  var podTemplate: PodTemplateSpec? { get }
  /// The parsed selector, or nil when it cannot select anything.
  var podSelector: Selector? { get }
  var replicaStatus: ReplicaSetStatus { get set }
}

extension ReplicaSet: ReplicatedSet {
  static var controllerID: ControllerID { .replicaSet }
  static var reporter: EventReporter { .replicaSetController }
  var desiredReplicas: Int { spec.replicas ?? 1 }
  var minReadySeconds: Int { spec.minReadySeconds }
  var podTemplate: PodTemplateSpec? { spec.template }
  var podSelector: Selector? {
    guard let selector = spec.selector, !selector.isEmpty else { return nil }
    return try? selector.asSelector()
  }
  var replicaStatus: ReplicaSetStatus {
    get { status }
    set { status = newValue }
  }
}

extension ReplicationController: ReplicatedSet {
  static var controllerID: ControllerID { .replicationController }
  static var reporter: EventReporter { .replicationController }
  var desiredReplicas: Int { spec.replicas ?? 1 }
  var minReadySeconds: Int { spec.minReadySeconds }
  var podTemplate: PodTemplateSpec? { spec.template }
  var podSelector: Selector? { spec.selector.isEmpty ? nil : Selector(matchLabels: spec.selector) }
  var replicaStatus: ReplicaSetStatus {
    get { status }
    set { status = newValue }
  }
}
