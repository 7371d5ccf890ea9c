/// A Node (`v1`): a machine that runs pods. Cluster-scoped.
public struct Node: APIObject {
  public static let kind = "Node"
  public static let apiVersion = "v1"
  public static var isNamespaced: Bool { false }

  public var apiVersion: String = Node.apiVersion
  public var kind: String = Node.kind
  public var metadata = ObjectMeta()
  public var spec = NodeSpec()
  @CopyOnWrite public var status = NodeStatus()

  public init() {}
}

public struct NodeSpec: Hashable, Sendable, Codable {
  public var podCIDR: String = ""
  public var podCIDRs: [String] = []
  public var providerID: String = ""
  @OmitZero public var unschedulable: Bool = false
  public var taints: [Taint] = []
  public init() {}
}

/// A node taint: repels pods that do not tolerate it (`NoSchedule`, `PreferNoSchedule`, `NoExecute`).
public struct Taint: Hashable, Sendable, Codable {
  public var key: String = ""
  public var value: String = ""
  public var effect: String = ""
  public var timeAdded: Timestamp?

  public init(key: String, value: String = "", effect: String, timeAdded: Timestamp? = nil) {
    self.key = key
    self.value = value
    self.effect = effect
    self.timeAdded = timeAdded
  }

  /// `key=value:Effect`, or `key:Effect` without a value, as kubectl prints taints.
  public var description: String { value.isEmpty ? "\(key):\(effect)" : "\(key)=\(value):\(effect)" }
}

public struct NodeStatus: Hashable, Sendable, Codable {
  public var capacity: [String: Quantity] = [:]
  public var allocatable: [String: Quantity] = [:]
  public var phase: String = ""
  public var conditions: [Condition] = []
  public var addresses: [NodeAddress] = []
  public var daemonEndpoints: JSONValue?
  public var nodeInfo = NodeSystemInfo()
  public var images: JSONValue?
  public init() {}
}

public struct NodeAddress: Hashable, Sendable, Codable {
  public var type: String = ""
  public var address: String = ""
  public init(type: String = "", address: String = "") {
    self.type = type
    self.address = address
  }
}

public struct NodeSystemInfo: Hashable, Sendable, Codable {
  public var machineID: String = ""
  public var systemUUID: String = ""
  public var bootID: String = ""
  public var kernelVersion: String = ""
  public var osImage: String = ""
  public var containerRuntimeVersion: String = ""
  public var kubeletVersion: String = ""
  public var kubeProxyVersion: String = ""
  public var operatingSystem: String = ""
  public var architecture: String = ""
  public init() {}
}
