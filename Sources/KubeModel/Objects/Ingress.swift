/// An Ingress (`networking.k8s.io/v1`): HTTP routing by host and path to Services, served by an ingress controller.
public struct Ingress: APIObject {
  public static let kind = "Ingress"
  public static let apiVersion = "networking.k8s.io/v1"

  public var apiVersion: String = Ingress.apiVersion
  public var kind: String = Ingress.kind
  public var metadata = ObjectMeta()
  public var spec = IngressSpec()
  public var status = IngressStatus()

  public init() {}
}

public struct IngressSpec: Hashable, Sendable, Codable {
  public var ingressClassName: String?
  public var defaultBackend: IngressBackend?
  public var tls: [IngressTLS] = []
  public var rules: [IngressRule] = []
  public init() {}
}

public struct IngressTLS: Hashable, Sendable, Codable {
  public var hosts: [String] = []
  public var secretName: String = ""
  public init() {}
}

public struct IngressRule: Hashable, Sendable, Codable {
  public var host: String = ""
  public var http: HTTPIngressRuleValue?
  public init() {}
}

public struct HTTPIngressRuleValue: Hashable, Sendable, Codable {
  public var paths: [HTTPIngressPath] = []
  public init() {}
}

public struct HTTPIngressPath: Hashable, Sendable, Codable {
  public var path: String = ""
  /// `Prefix`, `Exact` or `ImplementationSpecific`.
  public var pathType: String?
  public var backend = IngressBackend()
  public init() {}
}

public struct IngressBackend: Hashable, Sendable, Codable {
  public var service: IngressServiceBackend?
  public var resource: JSONValue?
  public init() {}
}

public struct IngressServiceBackend: Hashable, Sendable, Codable {
  public var name: String = ""
  public var port = ServiceBackendPort()
  public init() {}
}

public struct ServiceBackendPort: Hashable, Sendable, Codable {
  public var name: String = ""
  @OmitZero public var number: Int = 0
  public init() {}
}

public struct IngressStatus: Hashable, Sendable, Codable {
  public var loadBalancer = LoadBalancerStatus()
  public init() {}
}

/// An IngressClass (`networking.k8s.io/v1`): names the controller that implements Ingresses of that class.
public struct IngressClass: APIObject {
  public static let kind = "IngressClass"
  public static let apiVersion = "networking.k8s.io/v1"
  public static var isNamespaced: Bool { false }

  public var apiVersion: String = IngressClass.apiVersion
  public var kind: String = IngressClass.kind
  public var metadata = ObjectMeta()
  public var spec = IngressClassSpec()

  public init() {}
}

public struct IngressClassSpec: Hashable, Sendable, Codable {
  public var controller: String = ""
  public var parameters: JSONValue?
  public init() {}
}
