/// Pod defaults from `pkg/apis/core/v1/defaults.go` (SetDefaults_Pod, SetDefaults_PodSpec, SetDefaults_Container,
/// SetDefaults_Probe, ...), applied to pods and to every pod template.
extension PodSpec {
  public mutating func applyDefaults() {
    if restartPolicy.isEmpty { restartPolicy = "Always" }
    if dnsPolicy.isEmpty { dnsPolicy = "ClusterFirst" }
    if schedulerName.isEmpty { schedulerName = "default-scheduler" }
    if terminationGracePeriodSeconds == nil { terminationGracePeriodSeconds = 30 }
    if securityContext == nil { securityContext = .object([:]) }
    if enableServiceLinks == nil { enableServiceLinks = true }
    for index in initContainers.indices { initContainers[index].applyDefaults() }
    for index in containers.indices { containers[index].applyDefaults() }
    for index in volumes.indices { volumes[index].applyDefaults() }
  }
}

extension Container {
  public mutating func applyDefaults() {
    if terminationMessagePath.isEmpty { terminationMessagePath = "/dev/termination-log" }
    if terminationMessagePolicy.isEmpty { terminationMessagePolicy = "File" }
    if imagePullPolicy.isEmpty { imagePullPolicy = ImageReference(image).defaultPullPolicy }
    for index in ports.indices where ports[index].protocol.isEmpty { ports[index].protocol = "TCP" }
    // A container with limits but no requests requests its limits (SetDefaults_Pod).
    for (resource, limit) in resources.limits where resources.requests[resource] == nil {
      resources.requests[resource] = limit
    }
    livenessProbe?.applyDefaults()
    readinessProbe?.applyDefaults()
    startupProbe?.applyDefaults()
    if var handler = lifecycle?.preStop?.httpGet, handler.scheme.isEmpty {
      handler.scheme = "HTTP"
      lifecycle?.preStop?.httpGet = handler
    }
  }
}

extension Probe {
  /// Upstream's probe defaults: timeout 1 s, period 10 s, success threshold 1, failure threshold 3.
  public mutating func applyDefaults() {
    if timeoutSeconds == 0 { timeoutSeconds = 1 }
    if periodSeconds == 0 { periodSeconds = 10 }
    if successThreshold == 0 { successThreshold = 1 }
    if failureThreshold == 0 { failureThreshold = 3 }
    if httpGet != nil && httpGet!.scheme.isEmpty { httpGet!.scheme = "HTTP" }
  }
}

extension Volume {
  public mutating func applyDefaults() {
    if configMap != nil && configMap!.defaultMode == nil { configMap!.defaultMode = 420 }
    if secret != nil && secret!.defaultMode == nil { secret!.defaultMode = 420 }
    if hostPath != nil && hostPath!.type == nil { hostPath!.type = "" }
  }
}

extension PodTemplateSpec {
  public mutating func applyDefaults() { spec.applyDefaults() }
}

extension Pod: Defaultable {
  public mutating func applyDefaults() {
    spec.applyDefaults()
    if spec.serviceAccountName.isEmpty { spec.serviceAccountName = "default" }
    if spec.serviceAccount.isEmpty { spec.serviceAccount = spec.serviceAccountName }
    if spec.priority == nil { spec.priority = 0 }
    if spec.preemptionPolicy == nil { spec.preemptionPolicy = "PreemptLowerPriority" }
    applyStatusDefaults()
  }

  /// The status a new pod starts with: Pending, with its QoS class.
  public mutating func applyStatusDefaults() {
    if status.phase.isEmpty { status.phase = "Pending" }
    if status.qosClass.isEmpty { status.qosClass = spec.qosClass }
  }
}

/// A container image reference split into repository, tag and digest, enough to apply pull-policy defaults and to
/// match image patterns.
public struct ImageReference: Hashable, Sendable {
  public var repository: String
  public var tag: String?
  public var digest: String?

  public init(_ image: String) {
    var rest = Substring(image)
    if let at = rest.firstIndex(of: "@") {
      digest = String(rest[rest.index(after: at)...])
      rest = rest[..<at]
    }
    let lastSlash = rest.lastIndex(of: "/")
    if let colon = rest.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
      tag = String(rest[rest.index(after: colon)...])
      rest = rest[..<colon]
    }
    repository = String(rest)
  }

  /// `Always` for `:latest` or an untagged image, `IfNotPresent` otherwise (SetDefaults_Container).
  public var defaultPullPolicy: String {
    if digest != nil { return "IfNotPresent" }
    return tag == nil || tag == "latest" ? "Always" : "IfNotPresent"
  }
}
