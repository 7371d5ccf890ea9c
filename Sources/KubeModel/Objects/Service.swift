/// A Service (`v1`): a stable virtual address and DNS name in front of the pods its selector picks.
public struct Service: APIObject {
  public static let kind = "Service"
  public static let apiVersion = "v1"

  public var apiVersion: String = Service.apiVersion
  public var kind: String = Service.kind
  public var metadata = ObjectMeta()
  public var spec = ServiceSpec()
  public var status = ServiceStatus()

  public init() {}
}

public struct ServiceSpec: Hashable, Sendable, Codable {
  public var ports: [ServicePort] = []
  public var selector: [String: String] = [:]
  public var clusterIP: String = ""
  public var clusterIPs: [String] = []
  /// `ClusterIP` (the default), `NodePort`, `LoadBalancer` or `ExternalName`.
  public var type: String = ""
  public var externalIPs: [String] = []
  public var sessionAffinity: String = ""
  public var loadBalancerIP: String = ""
  public var loadBalancerSourceRanges: [String] = []
  public var externalName: String = ""
  public var externalTrafficPolicy: String = ""
  @OmitZero public var healthCheckNodePort: Int = 0
  @OmitZero public var publishNotReadyAddresses: Bool = false
  public var sessionAffinityConfig: SessionAffinityConfig?
  public var ipFamilies: [String] = []
  public var ipFamilyPolicy: String?
  public var allocateLoadBalancerNodePorts: Bool?
  public var loadBalancerClass: String?
  public var internalTrafficPolicy: String?
  public var trafficDistribution: String?
  public init() {}
}

public struct ServicePort: Hashable, Sendable, Codable {
  public var name: String = ""
  public var `protocol`: String = ""
  public var appProtocol: String?
  public var port: Int = 0
  public var targetPort: IntOrString?
  @OmitZero public var nodePort: Int = 0
  public init(name: String = "", port: Int = 0, targetPort: IntOrString? = nil) {
    self.name = name
    self.port = port
    self.targetPort = targetPort
  }
}

public struct SessionAffinityConfig: Hashable, Sendable, Codable {
  public var clientIP: ClientIPConfig?
  public init() {}
}

public struct ClientIPConfig: Hashable, Sendable, Codable {
  public var timeoutSeconds: Int?
  public init() {}
}

public struct ServiceStatus: Hashable, Sendable, Codable {
  public var loadBalancer = LoadBalancerStatus()
  public var conditions: [Condition] = []
  public init() {}
}

public struct LoadBalancerStatus: Hashable, Sendable, Codable {
  public var ingress: [LoadBalancerIngress] = []
  public init() {}
}

public struct LoadBalancerIngress: Hashable, Sendable, Codable {
  public var ip: String = ""
  public var hostname: String = ""
  public var ipMode: String?
  public var ports: JSONValue?
  public init(ip: String = "", hostname: String = "") {
    self.ip = ip
    self.hostname = hostname
  }
}
