/// Endpoints (`v1`): the addresses of the ready pods behind a Service, kept by the endpoints controller.
public struct Endpoints: APIObject {
  public static let kind = "Endpoints"
  public static let apiVersion = "v1"

  public var apiVersion: String = Endpoints.apiVersion
  public var kind: String = Endpoints.kind
  public var metadata = ObjectMeta()
  public var subsets: [EndpointSubset] = []

  public init() {}
}

public struct EndpointSubset: Hashable, Sendable, Codable {
  public var addresses: [EndpointAddress] = []
  public var notReadyAddresses: [EndpointAddress] = []
  public var ports: [EndpointPort] = []
  public init() {}
}

public struct EndpointAddress: Hashable, Sendable, Codable {
  public var ip: String = ""
  public var hostname: String = ""
  public var nodeName: String?
  public var targetRef: ObjectReference?
  public init(ip: String = "") { self.ip = ip }
}

public struct EndpointPort: Hashable, Sendable, Codable {
  public var name: String = ""
  public var port: Int = 0
  public var `protocol`: String = ""
  public var appProtocol: String?
  public init(name: String = "", port: Int = 0, protocol: String = "") {
    self.name = name
    self.port = port
    self.protocol = `protocol`
  }
}

/// An EndpointSlice (`discovery.k8s.io/v1`): the scalable successor of Endpoints.
public struct EndpointSlice: APIObject {
  public static let kind = "EndpointSlice"
  public static let apiVersion = "discovery.k8s.io/v1"

  public var apiVersion: String = EndpointSlice.apiVersion
  public var kind: String = EndpointSlice.kind
  public var metadata = ObjectMeta()
  public var addressType: String = ""
  public var endpoints: [SliceEndpoint] = []
  public var ports: [SlicePort] = []

  public init() {}
}

public struct SliceEndpoint: Hashable, Sendable, Codable {
  public var addresses: [String] = []
  public var conditions = SliceEndpointConditions()
  public var hostname: String?
  public var targetRef: ObjectReference?
  public var nodeName: String?
  public var zone: String?
  public var hints: JSONValue?
  public init() {}
}

public struct SliceEndpointConditions: Hashable, Sendable, Codable {
  public var ready: Bool?
  public var serving: Bool?
  public var terminating: Bool?
  public init() {}
}

public struct SlicePort: Hashable, Sendable, Codable {
  public var name: String?
  public var `protocol`: String?
  public var port: Int?
  public var appProtocol: String?
  public init() {}
}
