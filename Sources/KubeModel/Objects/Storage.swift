/// A PersistentVolume (`v1`): a piece of storage in the cluster. Cluster-scoped.
public struct PersistentVolume: APIObject {
  public static let kind = "PersistentVolume"
  public static let apiVersion = "v1"
  public static var isNamespaced: Bool { false }

  public var apiVersion: String = PersistentVolume.apiVersion
  public var kind: String = PersistentVolume.kind
  public var metadata = ObjectMeta()
  public var spec = PersistentVolumeSpec()
  public var status = PersistentVolumeStatus()

  public init() {}
}

public struct PersistentVolumeSpec: Hashable, Sendable, Codable {
  public var capacity: [String: Quantity] = [:]
  public var accessModes: [String] = []
  public var claimRef: ObjectReference?
  /// `Retain`, `Delete` or `Recycle`.
  public var persistentVolumeReclaimPolicy: String = ""
  public var storageClassName: String = ""
  public var mountOptions: [String] = []
  public var volumeMode: String?
  public var nodeAffinity: JSONValue?
  public var volumeAttributesClassName: String?
  public var hostPath: HostPathVolumeSource?
  public var local: JSONValue?
  public var nfs: JSONValue?
  public var csi: JSONValue?
  public var iscsi: JSONValue?
  public var awsElasticBlockStore: JSONValue?
  public var gcePersistentDisk: JSONValue?
  public var azureDisk: JSONValue?
  public var azureFile: JSONValue?
  public var cephfs: JSONValue?
  public var fc: JSONValue?
  public var rbd: JSONValue?
  public init() {}
}

public struct PersistentVolumeStatus: Hashable, Sendable, Codable {
  /// `Pending`, `Available`, `Bound`, `Released` or `Failed`.
  public var phase: String = ""
  public var message: String = ""
  public var reason: String = ""
  public var lastPhaseTransitionTime: Timestamp?
  public init() {}
}

/// A PersistentVolumeClaim (`v1`): a pod's request for storage, bound to a matching PersistentVolume.
public struct PersistentVolumeClaim: APIObject {
  public static let kind = "PersistentVolumeClaim"
  public static let apiVersion = "v1"

  public var apiVersion: String = PersistentVolumeClaim.apiVersion
  public var kind: String = PersistentVolumeClaim.kind
  public var metadata = ObjectMeta()
  public var spec = PersistentVolumeClaimSpec()
  public var status = PersistentVolumeClaimStatus()

  public init() {}
}

public struct PersistentVolumeClaimSpec: Hashable, Sendable, Codable {
  public var accessModes: [String] = []
  public var selector: LabelSelector?
  public var resources = VolumeResourceRequirements()
  public var volumeName: String = ""
  public var storageClassName: String?
  public var volumeMode: String?
  public var dataSource: JSONValue?
  public var dataSourceRef: JSONValue?
  public var volumeAttributesClassName: String?
  public init() {}
}

public struct VolumeResourceRequirements: Hashable, Sendable, Codable {
  public var limits: [String: Quantity] = [:]
  public var requests: [String: Quantity] = [:]
  public init() {}
}

public struct PersistentVolumeClaimStatus: Hashable, Sendable, Codable {
  /// `Pending`, `Bound` or `Lost`.
  public var phase: String = ""
  public var accessModes: [String] = []
  public var capacity: [String: Quantity] = [:]
  public var conditions: [Condition] = []
  public init() {}
}

/// A StorageClass (`storage.k8s.io/v1`): how volumes of a class are provisioned. Cluster-scoped.
public struct StorageClass: APIObject {
  public static let kind = "StorageClass"
  public static let apiVersion = "storage.k8s.io/v1"
  public static var isNamespaced: Bool { false }

  public var apiVersion: String = StorageClass.apiVersion
  public var kind: String = StorageClass.kind
  public var metadata = ObjectMeta()
  public var provisioner: String = ""
  public var parameters: [String: String] = [:]
  public var reclaimPolicy: String?
  public var mountOptions: [String] = []
  public var allowVolumeExpansion: Bool?
  /// `Immediate` (the default) or `WaitForFirstConsumer`.
  public var volumeBindingMode: String?
  public var allowedTopologies: JSONValue?

  public init() {}
}
