import KubeModel

/// How a simulated container behaves: how long its image takes to pull, when it starts serving, whether and when
/// it exits or breaks, how much memory it uses, what it prints.
///
/// Resolved once per container from, in order: the defaults (any image pulls in 1–3 s, starts, passes its probes
/// and runs forever), the cluster's image catalog, what the container's command evidently does (`sleep 30`,
/// `echo hi`, `exit 1`), and `kubarium.dev/*` annotations on the pod (template).
public struct ContainerBehavior: Hashable, Sendable, Codable {
  /// False for an image that does not exist: ErrImagePull, then ImagePullBackOff.
  public var imageExists = true
  public var pullDuration = SimDuration.seconds(2)
  /// From Created to Started.
  public var startDuration = SimDuration.milliseconds(300)
  /// How long after starting the application serves (its readiness and liveness probes pass); nil: never.
  public var readyAfter: SimDuration? = .zero
  /// How long after starting the application breaks (probes fail from then on); nil: never.
  public var breaksAfter: SimDuration?
  /// How long the process runs before it exits by itself, and with what code; nil: it runs until stopped.
  public var exitsAfter: SimDuration?
  public var exitCode = 0
  /// Memory in use at start and its growth per second; a container that passes its memory limit is OOMKilled.
  public var memoryBytes: Int64 = 0
  public var memoryGrowthPerSecond: Int64 = 0
  /// Whether the process stops promptly on SIGTERM. A shell or `sleep` as PID 1 ignores it and is killed at the end
  /// of the grace period, as in real clusters.
  public var stopsOnSigterm = true
  /// What the process prints when it starts, while it runs (each line every `repeatEvery`), and before it exits.
  public var startupOutput: [String] = []
  public var repeatedOutput: [String] = []
  public var repeatEvery: SimDuration?
  public var exitOutput: [String] = []

  public init() {}

  /// When memory use passes `limit`, counted from the start, if it ever does.
  public func outOfMemory(limit: Int64?) -> SimDuration? {
    guard let limit, limit > 0 else { return nil }
    if memoryBytes > limit { return .milliseconds(0) }
    guard memoryGrowthPerSecond > 0 else { return nil }
    let seconds = Double(limit - memoryBytes) / Double(memoryGrowthPerSecond)
    return .milliseconds(Int64((seconds * 1000).rounded(.up)))
  }
}

/// The pod-template annotations that override behaviour for one workload, e.g. `kubarium.dev/crash-after: 30s`.
public enum BehaviorAnnotations {
  public static let prefix = "kubarium.dev/"

  /// Applies every `kubarium.dev/*` annotation present; a malformed value is ignored, as unknown annotations are.
  static func apply(_ annotations: [String: String], to behavior: inout ContainerBehavior) {
    func duration(_ name: String) -> SimDuration? {
      annotations[prefix + name].flatMap { SimDuration(parsing: $0) }
    }
    if let pull = duration("pull-time") { behavior.pullDuration = pull }
    if let start = duration("start-time") { behavior.startDuration = start }
    if let ready = duration("ready-after") { behavior.readyAfter = ready }
    if annotations[prefix + "never-ready"] == "true" { behavior.readyAfter = nil }
    if let broken = duration("liveness-fails-after") ?? duration("breaks-after") { behavior.breaksAfter = broken }
    if annotations[prefix + "image-missing"] == "true" { behavior.imageExists = false }
    if let crash = duration("crash-after") {
      behavior.exitsAfter = crash
      behavior.exitCode = 1
    }
    if let complete = duration("complete-after") {
      behavior.exitsAfter = complete
      behavior.exitCode = 0
    }
    if let code = annotations[prefix + "exit-code"].flatMap(Int.init) { behavior.exitCode = code }
    if let memory = annotations[prefix + "memory"].flatMap({ try? Quantity(parsing: $0) }) {
      behavior.memoryBytes = memory.value
    }
    if let growth = annotations[prefix + "memory-growth-per-second"].flatMap({ try? Quantity(parsing: $0) }) {
      behavior.memoryGrowthPerSecond = growth.value
    }
  }
}
