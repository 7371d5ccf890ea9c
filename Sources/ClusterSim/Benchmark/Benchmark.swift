import Foundation
import KubeModel

/// The benchmark behind `kubarium bench`: builds a cluster at Kubernetes' limits and times what a user would wait
/// for — loading it, its pods converging, idling, a big rolling update, nodes failing, memory. Wall-clock time is
/// measured here only; the simulation itself never reads the clock.
public struct Benchmark {
  public struct Figure: Sendable {
    public var name: String
    public var value: Double
    public var unit: String

    /// `name: value unit`, as the benchmark prints each figure.
    public var line: String {
      let text = value >= 100 || value == value.rounded() ? String(Int(value.rounded())) : String(format: "%.3f", value)
      return "\(name): \(text) \(unit)"
    }
  }

  public var size: LargeCluster
  public var seed: UInt64
  /// Replicas of the Deployment the rolling update measures.
  public var rolloutReplicas: Int
  public var failedNodes: Int
  /// Renders dashboard frames; set by the executable, which links the dashboard.
  public var frameRenderer: (@Sendable (inout Simulation, Int) -> [Double])?
  /// Receives where convergence spent its time, controller by controller (`kubarium bench --profile`).
  public var convergeProfile: ((SyncProfile) -> Void)?

  public init(
    size: LargeCluster, seed: UInt64 = ClusterState.defaultSeed, rolloutReplicas: Int = 10_000, failedNodes: Int = 50
  ) {
    self.size = size
    self.seed = seed
    self.rolloutReplicas = rolloutReplicas
    self.failedNodes = failedNodes
  }

  /// Runs every measurement, reporting each figure as soon as it is known.
  public func run(report: (Figure) -> Void) -> Simulation {
    var sim = Simulation(seed: seed)
    let residentBefore = Self.residentBytes()

    var start = Self.clock()
    for namespace in size.namespaceObjects() { _ = try? sim.cluster.create(namespace) }
    for node in size.nodeObjects() { _ = try? sim.cluster.create(node) }
    for deployment in size.deploymentObjects() { _ = try? sim.cluster.create(deployment) }
    _ = try? sim.cluster.create(size.daemonSet())
    report(Figure(name: "load_seconds", value: Self.clock() - start, unit: "s"))

    start = Self.clock()
    sim.cluster.profile = SyncProfile()
    sim.cluster.settle()
    converge(&sim)
    let scheduler = sim.cluster.profile![.scheduler]
    convergeProfile?(sim.cluster.profile!)
    sim.cluster.profile = nil
    report(Figure(name: "converge_seconds", value: Self.clock() - start, unit: "s"))
    report(
      Figure(
        name: "schedule_pods_per_second", value: Double(scheduler.syncs) / max(scheduler.seconds, 1e-9),
        unit: "pods/s"))
    report(Figure(name: "pods_running", value: Double(Self.runningPods(sim.cluster)), unit: "pods"))

    start = Self.clock()
    sim.cluster.advance(by: .minutes(10))
    report(Figure(name: "idle_advance_ms", value: (Self.clock() - start) * 1000, unit: "ms"))

    if let frameRenderer {
      let times = frameRenderer(&sim, 100).sorted()
      if !times.isEmpty {
        report(Figure(name: "frame_ms_p50", value: times[times.count / 2], unit: "ms"))
        report(Figure(name: "frame_ms_p99", value: times[min(times.count - 1, times.count * 99 / 100)], unit: "ms"))
      }
    }

    if rolloutReplicas > 0 {
      _ = try? sim.cluster.create(LargeCluster.deployment(name: "big", namespace: "default", replicas: rolloutReplicas))
      converge(&sim)
      start = Self.clock()
      sim.run("set image deployment/big app=nginx:1.28 -n default")
      let deadline = sim.cluster.now + .minutes(60)
      while !Self.rolledOut(sim.cluster, "big"), sim.cluster.nextWakeup != nil, sim.cluster.now < deadline {
        sim.cluster.advance(by: .seconds(1))
      }
      let rollout = Self.clock() - start
      report(Figure(name: "rollout_seconds", value: rollout, unit: "s"))
      report(
        Figure(name: "rollout_pods_per_second", value: Double(rolloutReplicas) / max(rollout, 1e-9), unit: "pods/s"))
    }

    if failedNodes > 0 {
      start = Self.clock()
      let victims = sim.cluster.store.nodes.keys().prefix(failedNodes).map(\.name)
      for node in victims { sim.cluster.failNode(node) }
      sim.cluster.advance(by: .seconds(50 + 300 + 60))
      converge(&sim)
      report(Figure(name: "node_failure_seconds", value: Self.clock() - start, unit: "s"))
    }

    let resident = Self.peakResidentBytes()
    report(Figure(name: "peak_rss_mb", value: Double(resident) / 1_048_576, unit: "MB"))
    let pods = max(1, sim.cluster.store.pods.count)
    report(
      Figure(
        name: "bytes_per_pod", value: Double(max(0, Self.residentBytes() - residentBefore)) / Double(pods),
        unit: "bytes"))
    return sim
  }

  /// Advances virtual time, a second at a time, until every active pod is Running and Ready (or an hour passed).
  func converge(_ sim: inout Simulation) {
    let deadline = sim.cluster.now + .minutes(60)
    while Self.runningPods(sim.cluster) < Self.activePods(sim.cluster), sim.cluster.nextWakeup != nil,
      sim.cluster.now < deadline
    {
      sim.cluster.advance(by: .seconds(1))
    }
  }

  static func activePods(_ cluster: borrowing ClusterState) -> Int {
    cluster.podCountsByOwner.values.reduce(0) { $0 + $1.active }
  }

  static func runningPods(_ cluster: borrowing ClusterState) -> Int {
    cluster.podCountsByOwner.values.reduce(0) { $0 + $1.ready }
  }

  static func rolledOut(_ cluster: borrowing ClusterState, _ name: String) -> Bool {
    guard let deployment = cluster.store.deployments["default", name] else { return true }
    let replicas = deployment.spec.replicas ?? 1
    return deployment.status.updatedReplicas == replicas && deployment.status.availableReplicas == replicas
      && deployment.status.replicas == replicas
  }

  static func clock() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// From /proc/self/status: the current (VmRSS) and peak (VmHWM) resident set.
  static func residentBytes() -> Int { statusField("VmRSS:") }
  static func peakResidentBytes() -> Int { statusField("VmHWM:") }

  static func statusField(_ field: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix(field) {
      let number = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
      return number * 1024
    }
    return 0
  }
}
