/// A container in a pod: an image, how to run it, what it needs and how its health is probed.
public struct Container: Hashable, Sendable, Codable {
  public var name: String = ""
  public var image: String = ""
  public var command: [String] = []
  public var args: [String] = []
  public var workingDir: String = ""
  public var ports: [ContainerPort] = []
  public var envFrom: [EnvFromSource] = []
  public var env: [EnvVar] = []
  public var resources = ResourceRequirements()
  public var resizePolicy: JSONValue?
  /// `Always` makes an init container a sidecar that keeps running beside the app containers.
  public var restartPolicy: String?
  public var volumeMounts: [VolumeMount] = []
  public var volumeDevices: JSONValue?
  public var livenessProbe: Probe?
  public var readinessProbe: Probe?
  public var startupProbe: Probe?
  public var lifecycle: Lifecycle?
  public var terminationMessagePath: String = ""
  public var terminationMessagePolicy: String = ""
  public var imagePullPolicy: String = ""
  public var securityContext: JSONValue?
  public var stdin: Bool?
  public var stdinOnce: Bool?
  public var tty: Bool?

  public init(name: String = "", image: String = "") {
    self.name = name
    self.image = image
  }
}

public struct ContainerPort: Hashable, Sendable, Codable {
  public var name: String = ""
  @OmitZero public var hostPort: Int = 0
  public var containerPort: Int = 0
  public var `protocol`: String = ""
  public var hostIP: String = ""

  public init(name: String = "", containerPort: Int = 0, protocol: String = "") {
    self.name = name
    self.containerPort = containerPort
    self.protocol = `protocol`
  }
}

/// Requests (what the scheduler reserves) and limits (what the kubelet enforces) per resource name.
public struct ResourceRequirements: Hashable, Sendable, Codable {
  public var limits: [String: Quantity] = [:]
  public var requests: [String: Quantity] = [:]
  public var claims: JSONValue?

  public init(limits: [String: Quantity] = [:], requests: [String: Quantity] = [:]) {
    self.limits = limits
    self.requests = requests
  }
}

public struct EnvVar: Hashable, Sendable, Codable {
  public var name: String = ""
  public var value: String = ""
  public var valueFrom: EnvVarSource?

  public init(name: String = "", value: String = "", valueFrom: EnvVarSource? = nil) {
    self.name = name
    self.value = value
    self.valueFrom = valueFrom
  }
}

public struct EnvVarSource: Hashable, Sendable, Codable {
  public var fieldRef: ObjectFieldSelector?
  public var resourceFieldRef: ResourceFieldSelector?
  public var configMapKeyRef: KeySelector?
  public var secretKeyRef: KeySelector?
  public init() {}
}

/// Selects a key of a ConfigMap or Secret (`configMapKeyRef`, `secretKeyRef`).
public struct KeySelector: Hashable, Sendable, Codable {
  public var name: String = ""
  public var key: String = ""
  public var optional: Bool?
  public init(name: String = "", key: String = "", optional: Bool? = nil) {
    self.name = name
    self.key = key
    self.optional = optional
  }
}

public struct ObjectFieldSelector: Hashable, Sendable, Codable {
  public var apiVersion: String = ""
  public var fieldPath: String = ""
  public init() {}
}

public struct ResourceFieldSelector: Hashable, Sendable, Codable {
  public var containerName: String = ""
  public var resource: String = ""
  public var divisor: Quantity?
  public init() {}
}

public struct EnvFromSource: Hashable, Sendable, Codable {
  public var prefix: String = ""
  public var configMapRef: OptionalReference?
  public var secretRef: OptionalReference?
  public init() {}
}

/// A whole ConfigMap or Secret by name, perhaps optional (`envFrom[].configMapRef`).
public struct OptionalReference: Hashable, Sendable, Codable {
  public var name: String = ""
  public var optional: Bool?
  public init(name: String = "", optional: Bool? = nil) {
    self.name = name
    self.optional = optional
  }
}

public struct VolumeMount: Hashable, Sendable, Codable {
  public var name: String = ""
  public var readOnly: Bool?
  public var recursiveReadOnly: String?
  public var mountPath: String = ""
  public var subPath: String = ""
  public var mountPropagation: String?
  public var subPathExpr: String = ""
  public init(name: String = "", mountPath: String = "") {
    self.name = name
    self.mountPath = mountPath
  }
}

/// Hooks run by the kubelet right after a container starts and right before it is stopped.
public struct Lifecycle: Hashable, Sendable, Codable {
  public var postStart: LifecycleHandler?
  public var preStop: LifecycleHandler?
  public var stopSignal: String?
  public init() {}
}

public struct LifecycleHandler: Hashable, Sendable, Codable {
  public var exec: ExecAction?
  public var httpGet: HTTPGetAction?
  public var tcpSocket: TCPSocketAction?
  public var sleep: SleepAction?
  public init() {}
}

public struct SleepAction: Hashable, Sendable, Codable {
  public var seconds: Int = 0
  public init(seconds: Int = 0) { self.seconds = seconds }
}
