/// A health check the kubelet runs against a container (startup, readiness or liveness).
public struct Probe: Hashable, Sendable, Codable {
  public var exec: ExecAction?
  public var httpGet: HTTPGetAction?
  public var tcpSocket: TCPSocketAction?
  public var grpc: GRPCAction?
  @OmitZero public var initialDelaySeconds: Int = 0
  @OmitZero public var timeoutSeconds: Int = 0
  @OmitZero public var periodSeconds: Int = 0
  @OmitZero public var successThreshold: Int = 0
  @OmitZero public var failureThreshold: Int = 0
  public var terminationGracePeriodSeconds: Int?

  public init() {}
}

public struct ExecAction: Hashable, Sendable, Codable {
  public var command: [String] = []
  public init(command: [String] = []) { self.command = command }
}

public struct HTTPGetAction: Hashable, Sendable, Codable {
  public var path: String = ""
  public var port: IntOrString = .int(0)
  public var host: String = ""
  public var scheme: String = ""
  public var httpHeaders: JSONValue?
  public init() {}
}

public struct TCPSocketAction: Hashable, Sendable, Codable {
  public var port: IntOrString = .int(0)
  public var host: String = ""
  public init() {}
}

public struct GRPCAction: Hashable, Sendable, Codable {
  public var port: Int = 0
  public var service: String?
  public init() {}
}
