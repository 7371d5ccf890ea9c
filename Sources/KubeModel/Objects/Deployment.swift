/// A Deployment (`apps/v1`): declarative updates of pods through ReplicaSets, one per template revision.
public struct Deployment: APIObject {
  public static let kind = "Deployment"
  public static let apiVersion = "apps/v1"

  public var apiVersion: String = Deployment.apiVersion
  public var kind: String = Deployment.kind
  public var metadata = ObjectMeta()
  @CopyOnWrite public var spec = DeploymentSpec()
  @CopyOnWrite public var status = DeploymentStatus()

  public init() {}
}

public struct DeploymentSpec: Hashable, Sendable, Codable {
  public var replicas: Int?
  public var selector: LabelSelector?
  public var template = PodTemplateSpec()
  public var strategy = DeploymentStrategy()
  @OmitZero public var minReadySeconds: Int = 0
  public var revisionHistoryLimit: Int?
  @OmitZero public var paused: Bool = false
  public var progressDeadlineSeconds: Int?

  public init() {}
}

public struct DeploymentStrategy: Hashable, Sendable, Codable {
  /// `RollingUpdate` (the default) or `Recreate`.
  public var type: String = ""
  public var rollingUpdate: RollingUpdateDeployment?
  public init() {}
}

public struct RollingUpdateDeployment: Hashable, Sendable, Codable {
  public var maxUnavailable: IntOrString?
  public var maxSurge: IntOrString?
  public init(maxUnavailable: IntOrString? = nil, maxSurge: IntOrString? = nil) {
    self.maxUnavailable = maxUnavailable
    self.maxSurge = maxSurge
  }
}

public struct DeploymentStatus: Hashable, Sendable, Codable {
  @OmitZero public var observedGeneration: Int = 0
  @OmitZero public var replicas: Int = 0
  @OmitZero public var updatedReplicas: Int = 0
  @OmitZero public var readyReplicas: Int = 0
  @OmitZero public var availableReplicas: Int = 0
  @OmitZero public var unavailableReplicas: Int = 0
  public var terminatingReplicas: Int?
  public var conditions: [Condition] = []
  public var collisionCount: Int?

  public init() {}
}
