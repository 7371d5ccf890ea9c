/// A DaemonSet (`apps/v1`): one pod on every eligible node.
public struct DaemonSet: APIObject {
  public static let kind = "DaemonSet"
  public static let apiVersion = "apps/v1"

  public var apiVersion: String = DaemonSet.apiVersion
  public var kind: String = DaemonSet.kind
  public var metadata = ObjectMeta()
  public var spec = DaemonSetSpec()
  public var status = DaemonSetStatus()

  public init() {}
}

public struct DaemonSetSpec: Hashable, Sendable, Codable {
  public var selector: LabelSelector?
  public var template = PodTemplateSpec()
  public var updateStrategy = DaemonSetUpdateStrategy()
  @OmitZero public var minReadySeconds: Int = 0
  public var revisionHistoryLimit: Int?
  public init() {}
}

public struct DaemonSetUpdateStrategy: Hashable, Sendable, Codable {
  /// `RollingUpdate` (the default) or `OnDelete`.
  public var type: String = ""
  public var rollingUpdate: RollingUpdateDaemonSet?
  public init() {}
}

public struct RollingUpdateDaemonSet: Hashable, Sendable, Codable {
  public var maxUnavailable: IntOrString?
  public var maxSurge: IntOrString?
  public init() {}
}

public struct DaemonSetStatus: Hashable, Sendable, Codable {
  public var currentNumberScheduled: Int = 0
  public var numberMisscheduled: Int = 0
  public var desiredNumberScheduled: Int = 0
  public var numberReady: Int = 0
  @OmitZero public var observedGeneration: Int = 0
  @OmitZero public var updatedNumberScheduled: Int = 0
  @OmitZero public var numberAvailable: Int = 0
  @OmitZero public var numberUnavailable: Int = 0
  public var collisionCount: Int?
  public var conditions: [Condition] = []
  public init() {}
}
