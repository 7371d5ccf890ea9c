import KubeModel

/// The whole simulated cluster as one value: the store, the virtual clock and its pending wakeups, the work queues
/// of the controllers, and the random streams. Nothing else changes the cluster, so a copy of this value is a
/// consistent snapshot, and encoding it saves a demo exactly where it stands.
public struct ClusterState: Sendable, Codable {
  /// The default start of virtual time: Monday 2025-01-06 09:00:00 UTC.
  public static let defaultStart = Timestamp(rfc3339: "2025-01-06T09:00:00Z")!
  public static let defaultSeed: UInt64 = 42

  public var store = Store()
  public private(set) var now: Timestamp
  public let startTime: Timestamp
  public let seed: UInt64
  public var random: RandomStreams
  var timers = TimerQueue()
  var queues = Array(repeating: WorkQueue(), count: ControllerID.allCases.count)
  /// The namespace commands use when none is given (`kubectl config set-context --current --namespace`).
  public var currentNamespace = "default"
  /// Node kubelets' simulated state, by node name.
  public var nodeRuntimes: [String: NodeRuntime] = [:]
  /// Pod counts per controller uid, kept by the pod watchers.
  public internal(set) var podCountsByOwner: [String: OwnedPodCounts] = [:]
  /// Controllers (by uid) whose owned pods changed labels, so ownership must be re-checked.
  public internal(set) var ownersToRecheck: Set<String> = []
  /// Kubelet state per pod uid.
  public internal(set) var podRuntimes: [String: PodRuntime] = [:]
  /// Pod and node addresses.
  public internal(set) var podNetwork = PodNetwork()
  /// Images each node has pulled.
  public internal(set) var nodeImages: [String: Set<String>] = [:]
  /// Image digests by image, shared by every container of an image.
  var imageIDs: [String: String] = [:]
  /// Image behaviours worked out from the known images and the catalog, by image.
  var imageBehaviors: [String: ContainerBehavior] = [:]
  /// Template specs prepared for their pods (not saved).
  var preparedPodSpecs = PreparedPodSpecs()
  /// Pods waiting for a ConfigMap or Secret (CreateContainerConfigError), by namespace.
  public internal(set) var podsWaitingForConfig: [String: Set<String>] = [:]
  /// The cluster's declared image behaviours.
  public var imageCatalog = ImageCatalog() {
    didSet { imageBehaviors = [:] }
  }
  /// `crash` commands waiting for the kubelet.
  public var crashRequests: [CrashRequest] = []
  /// Controllers whose queued work is dropped instead of run. For tests that need objects in a given state without
  /// every controller moving them on (printers with none; the scheduler on its own).
  public var disabledControllers: Set<ControllerID> = []

  /// Whether every controller is disabled.
  public var controllersDisabled: Bool {
    get { disabledControllers.count == ControllerID.allCases.count }
    set { disabledControllers = newValue ? Set(ControllerID.allCases) : [] }
  }
  /// Time spent per controller, when the benchmark measures it.
  public var profile: SyncProfile?
  /// Makes event names unique when two events for one object happen in the same millisecond.
  var eventNameCounter: Int64 = 0
  /// The scheduler's cache and queue of pods it set aside (its cache is rebuilt from the store after decoding).
  var scheduler = SchedulerState()
  /// Service allocations, the endpoints controller's index, load balancers and simulated traffic state.
  public internal(set) var serviceNetwork = ServiceNetwork()
  /// Volume-mount retries and the environments containers started with.
  public internal(set) var podConfig = PodConfigState()
  /// What the Job and DaemonSet controllers remember between syncs (back-off records, node placements).
  var workloadControllers = WorkloadControllerState()

  /// A new cluster whose clock reads `start - warmUp`: a loaded cluster runs for the warm-up before T+0, so it is
  /// already up when the user first looks, as a real cluster would be.
  public init(
    seed: UInt64 = ClusterState.defaultSeed, start: Timestamp = ClusterState.defaultStart, warmUp: SimDuration = .zero
  ) {
    self.seed = seed
    self.now = start - warmUp
    self.startTime = start
    self.random = RandomStreams(seed: seed)
  }

  /// Time since the simulation started (`T+00:05:32`).
  public var elapsed: SimDuration { now - startTime }

  // MARK: Work

  /// Queues a key for a controller to sync in the current instant.
  public mutating func enqueue(_ controller: ControllerID, _ key: ObjectKey) {
    queues[controller.rawValue].add(key)
  }

  /// Asks a controller to sync a key at a later moment (a timer), or now if `delay` is not positive.
  public mutating func enqueue(_ controller: ControllerID, _ key: ObjectKey, after delay: SimDuration) {
    if delay.milliseconds <= 0 {
      enqueue(controller, key)
    } else {
      timers.schedule(Wakeup(controller: controller, key: key), at: now + delay)
    }
  }

  public mutating func enqueue(_ controller: ControllerID, _ key: ObjectKey, at time: Timestamp) {
    enqueue(controller, key, after: time - now)
  }

  /// The moment of the next pending wakeup, if any.
  public var nextWakeup: Timestamp? { timers.nextDue }

  /// Whether any controller has work queued for the current instant.
  public var hasQueuedWork: Bool { queues.contains { !$0.isEmpty } }

  /// Runs every controller until nothing more is due at the current instant, as a real cluster settles within
  /// milliseconds of a change. Returns false if it had to stop because work kept regenerating itself.
  @discardableResult
  public mutating func settle(maximumSyncs: Int = 50_000_000) -> Bool {
    var syncs = 0
    while true {
      while let wakeup = timers.popDue(atOrBefore: now) { enqueue(wakeup.controller, wakeup.key) }
      var didWork = false
      for controller in ControllerID.allCases {
        while let key = queues[controller.rawValue].next() {
          didWork = true
          syncs += 1
          if disabledControllers.contains(controller) { continue }
          if profile != nil {
            let start = SyncProfile.now()
            controller.implementation.sync(key, in: &self)
            profile?.add(controller, since: start)
          } else {
            controller.implementation.sync(key, in: &self)
          }
          if syncs >= maximumSyncs { return false }
        }
      }
      if !didWork && (timers.nextDue.map { $0 > now } ?? true) { return true }
    }
  }

  /// Moves virtual time forward to `target`, stopping at every pending wakeup on the way and settling it.
  public mutating func advance(to target: Timestamp) {
    settle()
    while let due = timers.nextDue, due <= target {
      now = max(now, due)
      settle()
    }
    if target > now { now = target }
    settle()
  }

  public mutating func advance(by duration: SimDuration) {
    advance(to: now + duration)
  }
}
