/// A pod volume. The sources the simulation acts on are typed; the many others are kept as written.
public struct Volume: Hashable, Sendable, Codable {
  public var name: String = ""
  public var emptyDir: EmptyDirVolumeSource?
  public var hostPath: HostPathVolumeSource?
  public var configMap: ConfigMapVolumeSource?
  public var secret: SecretVolumeSource?
  public var persistentVolumeClaim: PersistentVolumeClaimVolumeSource?
  public var projected: JSONValue?
  public var downwardAPI: JSONValue?
  public var ephemeral: JSONValue?
  public var csi: JSONValue?
  public var nfs: JSONValue?
  public var image: JSONValue?
  public var iscsi: JSONValue?
  public var awsElasticBlockStore: JSONValue?
  public var gcePersistentDisk: JSONValue?
  public var azureDisk: JSONValue?
  public var azureFile: JSONValue?
  public var cephfs: JSONValue?
  public var cinder: JSONValue?
  public var fc: JSONValue?
  public var flexVolume: JSONValue?
  public var flocker: JSONValue?
  public var gitRepo: JSONValue?
  public var glusterfs: JSONValue?
  public var photonPersistentDisk: JSONValue?
  public var portworxVolume: JSONValue?
  public var quobyte: JSONValue?
  public var rbd: JSONValue?
  public var scaleIO: JSONValue?
  public var storageos: JSONValue?
  public var vsphereVolume: JSONValue?

  public init(name: String = "") { self.name = name }
}

public struct EmptyDirVolumeSource: Hashable, Sendable, Codable {
  public var medium: String = ""
  public var sizeLimit: Quantity?
  public init() {}
}

public struct HostPathVolumeSource: Hashable, Sendable, Codable {
  public var path: String = ""
  public var type: String?
  public init() {}
}

public struct ConfigMapVolumeSource: Hashable, Sendable, Codable {
  public var name: String = ""
  public var items: [KeyToPath] = []
  public var defaultMode: Int?
  public var optional: Bool?
  public init() {}
}

public struct SecretVolumeSource: Hashable, Sendable, Codable {
  public var secretName: String = ""
  public var items: [KeyToPath] = []
  public var defaultMode: Int?
  public var optional: Bool?
  public init() {}
}

public struct KeyToPath: Hashable, Sendable, Codable {
  public var key: String = ""
  public var path: String = ""
  public var mode: Int?
  public init() {}
}

public struct PersistentVolumeClaimVolumeSource: Hashable, Sendable, Codable {
  public var claimName: String = ""
  public var readOnly: Bool?
  public init(claimName: String = "") { self.claimName = claimName }
}
