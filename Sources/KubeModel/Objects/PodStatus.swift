/// What the kubelet and scheduler report about a pod.
public struct PodStatus: Hashable, Sendable, Codable {
  public var phase: String = ""
  public var conditions: [Condition] = []
  public var message: String = ""
  public var reason: String = ""
  public var nominatedNodeName: String = ""
  public var hostIP: String = ""
  public var hostIPs: [PodIP] = []
  public var podIP: String = ""
  public var podIPs: [PodIP] = []
  public var startTime: Timestamp?
  public var initContainerStatuses: [ContainerStatus] = []
  public var containerStatuses: [ContainerStatus] = []
  public var qosClass: String = ""

  public init() {}
}

public struct PodIP: Hashable, Sendable, Codable {
  public var ip: String = ""
  public init(ip: String = "") { self.ip = ip }
}

/// The state of one container as the kubelet reports it.
public struct ContainerStatus: Hashable, Sendable, Codable {
  public var name: String = ""
  public var state = ContainerState()
  public var lastState = ContainerState()
  public var ready: Bool = false
  public var restartCount: Int = 0
  public var image: String = ""
  public var imageID: String = ""
  public var containerID: String = ""
  public var started: Bool?

  public init(name: String = "", image: String = "") {
    self.name = name
    self.image = image
  }
}

/// Exactly one of waiting, running or terminated is set (or none, before the kubelet saw the container).
public struct ContainerState: Hashable, Sendable, Codable {
  public var waiting: ContainerStateWaiting?
  public var running: ContainerStateRunning?
  public var terminated: ContainerStateTerminated?

  public init(
    waiting: ContainerStateWaiting? = nil, running: ContainerStateRunning? = nil,
    terminated: ContainerStateTerminated? = nil
  ) {
    self.waiting = waiting
    self.running = running
    self.terminated = terminated
  }
}

public struct ContainerStateWaiting: Hashable, Sendable, Codable {
  public var reason: String = ""
  public var message: String = ""
  public init(reason: String = "", message: String = "") {
    self.reason = reason
    self.message = message
  }
}

public struct ContainerStateRunning: Hashable, Sendable, Codable {
  public var startedAt: Timestamp?
  public init(startedAt: Timestamp? = nil) { self.startedAt = startedAt }
}

public struct ContainerStateTerminated: Hashable, Sendable, Codable {
  public var exitCode: Int = 0
  @OmitZero public var signal: Int = 0
  public var reason: String = ""
  public var message: String = ""
  public var startedAt: Timestamp?
  public var finishedAt: Timestamp?
  public var containerID: String = ""

  public init(exitCode: Int = 0, reason: String = "", startedAt: Timestamp? = nil, finishedAt: Timestamp? = nil) {
    self.exitCode = exitCode
    self.reason = reason
    self.startedAt = startedAt
    self.finishedAt = finishedAt
  }
}
