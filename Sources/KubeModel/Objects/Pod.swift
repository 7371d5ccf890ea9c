/// A Pod (`v1`): one or more containers scheduled together on a node, sharing network and volumes.
public struct Pod: APIObject {
  public static let kind = "Pod"
  public static let apiVersion = "v1"

  public var apiVersion: String = Pod.apiVersion
  public var kind: String = Pod.kind
  // Boxed, so that a pod copies as three references: the store, controllers and watchers pass pods around by
  // value at every step of 150,000 pods' lives.
  @CopyOnWrite public var metadata = ObjectMeta()
  @CopyOnWrite public var spec = PodSpec()
  @CopyOnWrite public var status = PodStatus()

  public init() {}
}

/// A template that controllers stamp pods from (`spec.template` of Deployments, ReplicaSets, Jobs, ...).
public struct PodTemplateSpec: Hashable, Sendable, Codable {
  public var metadata = ObjectMeta()
  @CopyOnWrite public var spec = PodSpec()

  public init(metadata: ObjectMeta = ObjectMeta(), spec: PodSpec = PodSpec()) {
    self.metadata = metadata
    self.spec = spec
  }
}

/// The desired state of a pod.
public struct PodSpec: Hashable, Sendable, Codable {
  public var volumes: [Volume] = []
  public var initContainers: [Container] = []
  public var containers: [Container] = []
  public var ephemeralContainers: JSONValue?
  public var restartPolicy: String = ""
  public var terminationGracePeriodSeconds: Int?
  public var activeDeadlineSeconds: Int?
  public var dnsPolicy: String = ""
  public var nodeSelector: [String: String] = [:]
  public var serviceAccountName: String = ""
  public var serviceAccount: String = ""
  public var automountServiceAccountToken: Bool?
  public var nodeName: String = ""
  public var hostNetwork: Bool?
  public var hostPID: Bool?
  public var hostIPC: Bool?
  public var shareProcessNamespace: Bool?
  public var securityContext: JSONValue?
  public var imagePullSecrets: [LocalObjectReference] = []
  public var hostname: String = ""
  public var subdomain: String = ""
  public var affinity: Affinity?
  public var schedulerName: String = ""
  public var tolerations: [Toleration] = []
  public var hostAliases: JSONValue?
  public var priorityClassName: String = ""
  public var priority: Int?
  public var dnsConfig: JSONValue?
  public var readinessGates: JSONValue?
  public var runtimeClassName: String?
  public var enableServiceLinks: Bool?
  public var preemptionPolicy: String?
  public var overhead: [String: Quantity] = [:]
  public var topologySpreadConstraints: JSONValue?
  public var setHostnameAsFQDN: Bool?
  public var os: JSONValue?
  public var hostUsers: Bool?
  public var schedulingGates: JSONValue?
  public var resourceClaims: JSONValue?
  public var resources: ResourceRequirements?

  public init(containers: [Container] = []) {
    self.containers = containers
  }
}

/// A taint toleration: lets a pod schedule onto (or stay on) a node with a matching taint.
public struct Toleration: Hashable, Sendable, Codable {
  public var key: String = ""
  public var `operator`: String = ""
  public var value: String = ""
  public var effect: String = ""
  public var tolerationSeconds: Int?

  public init(
    key: String = "", operator: String = "", value: String = "", effect: String = "",
    tolerationSeconds: Int? = nil
  ) {
    self.key = key
    self.operator = `operator`
    self.value = value
    self.effect = effect
    self.tolerationSeconds = tolerationSeconds
  }

  /// Whether this toleration tolerates the taint, following upstream's `Toleration.ToleratesTaint`:
  /// an empty effect matches all effects, an empty key with `Exists` matches all keys.
  public func tolerates(_ taint: Taint) -> Bool {
    if !effect.isEmpty && effect != taint.effect { return false }
    if !key.isEmpty && key != taint.key { return false }
    switch `operator` {
    case "Exists": return true
    case "", "Equal": return value == taint.value
    default: return false
    }
  }
}

/// Scheduling constraints: node affinity is simulated; pod (anti-)affinity is kept as written.
public struct Affinity: Hashable, Sendable, Codable {
  public var nodeAffinity: NodeAffinity?
  public var podAffinity: JSONValue?
  public var podAntiAffinity: JSONValue?
  public init() {}
}

public struct NodeAffinity: Hashable, Sendable, Codable {
  public var requiredDuringSchedulingIgnoredDuringExecution: NodeSelector?
  public var preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm] = []
  public init() {}
}

/// Node selector terms: a node matches when any term matches (terms are ORed, expressions within a term ANDed).
public struct NodeSelector: Hashable, Sendable, Codable {
  public var nodeSelectorTerms: [NodeSelectorTerm] = []
  public init(nodeSelectorTerms: [NodeSelectorTerm] = []) { self.nodeSelectorTerms = nodeSelectorTerms }
}

public struct NodeSelectorTerm: Hashable, Sendable, Codable {
  public var matchExpressions: [NodeSelectorRequirement] = []
  public var matchFields: [NodeSelectorRequirement] = []
  public init(matchExpressions: [NodeSelectorRequirement] = []) { self.matchExpressions = matchExpressions }
}

public struct PreferredSchedulingTerm: Hashable, Sendable, Codable {
  public var weight: Int = 0
  public var preference = NodeSelectorTerm()
  public init() {}
}
