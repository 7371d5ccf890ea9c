/// A ReplicaSet (`apps/v1`): keeps a number of identical pods running.
public struct ReplicaSet: APIObject {
  public static let kind = "ReplicaSet"
  public static let apiVersion = "apps/v1"

  public var apiVersion: String = ReplicaSet.apiVersion
  public var kind: String = ReplicaSet.kind
  public var metadata = ObjectMeta()
  @CopyOnWrite public var spec = ReplicaSetSpec()
  @CopyOnWrite public var status = ReplicaSetStatus()

  public init() {}
}

public struct ReplicaSetSpec: Hashable, Sendable, Codable {
  public var replicas: Int?
  @OmitZero public var minReadySeconds: Int = 0
  public var selector: LabelSelector?
  public var template = PodTemplateSpec()
  public init() {}
}

public struct ReplicaSetStatus: Hashable, Sendable, Codable {
  public var replicas: Int = 0
  @OmitZero public var fullyLabeledReplicas: Int = 0
  @OmitZero public var readyReplicas: Int = 0
  @OmitZero public var availableReplicas: Int = 0
  public var terminatingReplicas: Int?
  @OmitZero public var observedGeneration: Int = 0
  public var conditions: [Condition] = []
  public init() {}
}

/// A ReplicationController (`v1`): the older ReplicaSet, with an equality-only selector.
public struct ReplicationController: APIObject {
  public static let kind = "ReplicationController"
  public static let apiVersion = "v1"

  public var apiVersion: String = ReplicationController.apiVersion
  public var kind: String = ReplicationController.kind
  public var metadata = ObjectMeta()
  public var spec = ReplicationControllerSpec()
  public var status = ReplicaSetStatus()

  public init() {}
}

public struct ReplicationControllerSpec: Hashable, Sendable, Codable {
  public var replicas: Int?
  @OmitZero public var minReadySeconds: Int = 0
  public var selector: [String: String] = [:]
  public var template: PodTemplateSpec?
  public init() {}
}
