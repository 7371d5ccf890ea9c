/// A StatefulSet (`apps/v1`): pods with stable ordinal names and their own persistent volume claims.
public struct StatefulSet: APIObject {
  public static let kind = "StatefulSet"
  public static let apiVersion = "apps/v1"

  public var apiVersion: String = StatefulSet.apiVersion
  public var kind: String = StatefulSet.kind
  public var metadata = ObjectMeta()
  public var spec = StatefulSetSpec()
  public var status = StatefulSetStatus()

  public init() {}
}

public struct StatefulSetSpec: Hashable, Sendable, Codable {
  public var replicas: Int?
  public var selector: LabelSelector?
  public var template = PodTemplateSpec()
  public var volumeClaimTemplates: [PersistentVolumeClaim] = []
  public var serviceName: String = ""
  /// `OrderedReady` (the default) or `Parallel`.
  public var podManagementPolicy: String = ""
  public var updateStrategy = StatefulSetUpdateStrategy()
  public var revisionHistoryLimit: Int?
  @OmitZero public var minReadySeconds: Int = 0
  public var persistentVolumeClaimRetentionPolicy: PVCRetentionPolicy?
  public var ordinals: StatefulSetOrdinals?
  public init() {}
}

public struct StatefulSetUpdateStrategy: Hashable, Sendable, Codable {
  /// `RollingUpdate` (the default) or `OnDelete`.
  public var type: String = ""
  public var rollingUpdate: RollingUpdateStatefulSet?
  public init() {}
}

public struct RollingUpdateStatefulSet: Hashable, Sendable, Codable {
  public var partition: Int?
  public var maxUnavailable: IntOrString?
  public init() {}
}

/// What happens to a StatefulSet's claims when it is deleted or scaled down (`Retain` or `Delete`).
public struct PVCRetentionPolicy: Hashable, Sendable, Codable {
  public var whenDeleted: String = ""
  public var whenScaled: String = ""
  public init() {}
}

public struct StatefulSetOrdinals: Hashable, Sendable, Codable {
  public var start: Int = 0
  public init() {}
}

public struct StatefulSetStatus: Hashable, Sendable, Codable {
  @OmitZero public var observedGeneration: Int = 0
  public var replicas: Int = 0
  @OmitZero public var readyReplicas: Int = 0
  @OmitZero public var currentReplicas: Int = 0
  @OmitZero public var updatedReplicas: Int = 0
  public var currentRevision: String = ""
  public var updateRevision: String = ""
  public var collisionCount: Int?
  public var conditions: [Condition] = []
  @OmitZero public var availableReplicas: Int = 0
  public init() {}
}
