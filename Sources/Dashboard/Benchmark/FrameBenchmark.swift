import ClusterSim
import KubeModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Measures how long a frame takes: bringing the pane rows up to date with what changed, keeping cursors in place,
/// and rendering the screen, while the cluster changes between frames (scaling and rolling Deployments, virtual
/// time passing). The simulation's own work between frames is not counted: it is the cluster, not the dashboard.
public enum FrameBenchmark {
  public struct Result: Hashable, Sendable, CustomStringConvertible {
    public var frames: Int
    public var p50: Double
    public var p99: Double
    public var maximum: Double
    /// The first frame builds every index from nothing; reported apart.
    public var firstFrame: Double
    /// The median of the two halves of a frame: following the cluster's changes, and drawing.
    public var refreshP50: Double
    public var renderP50: Double
    public var refreshP99: Double
    public var renderP99: Double
    /// The same frames timed by the CPU time of the thread, which a busy machine's preemption does not inflate.
    public var cpuP50: Double
    public var cpuP99: Double

    public var description: String {
      "frames=\(frames) frame_ms_p50=\(format(p50)) frame_ms_p99=\(format(p99)) frame_ms_max=\(format(maximum)) "
        + "first_frame_ms=\(format(firstFrame)) refresh_ms_p50=\(format(refreshP50)) "
        + "refresh_ms_p99=\(format(refreshP99)) render_ms_p50=\(format(renderP50)) render_ms_p99=\(format(renderP99)) "
        + "cpu_frame_ms_p50=\(format(cpuP50)) cpu_frame_ms_p99=\(format(cpuP99))"
    }

    private func format(_ value: Double) -> String {
      let hundredths = Int((value * 100).rounded())
      return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
  }

  /// Renders `frames` frames of `size` (all namespaces, focus on Pods), optionally with a Pods filter, changing the
  /// cluster before each: every few frames a Deployment is scaled or gets a new image, and 100ms of virtual time
  /// pass.
  public static func run(
    simulation: Simulation, size: TerminalSize = TerminalSize(width: 200, height: 60), frames: Int = 300,
    filter: String? = nil
  ) -> Result {
    var state = DashboardState()
    state.size = size
    if let filter { state[.pods].filter = PaneFilter(filter) }
    let clock = ContinuousClock()
    // The first frame indexes every pane from nothing (and, with a filter, tests every object against it).
    let start = clock.now
    var session = DashboardSession(simulation: simulation, state: state)
    _ = session.render()
    let first = clock.now - start
    let deployments = session.cluster.store.deployments.keys()
    var times: [Double] = []
    var refreshTimes: [Double] = []
    var renderTimes: [Double] = []
    var cpuTimes: [Double] = []
    times.reserveCapacity(frames)
    var wallTime = 0.0
    for frame in 0..<frames {
      if !deployments.isEmpty && frame % 5 == 0 {
        let key = deployments[(frame * 7919) % deployments.count]
        let replicas = session.cluster.store.deployments[key]?.spec.replicas ?? 1
        let line =
          frame % 10 == 0
          ? "set image deployment/\(key.name) app=nginx:1.\(28 + frame % 7) -n \(key.namespace)"
          : "scale deployment/\(key.name) --replicas=\(replicas + (frame % 20 == 5 ? 1 : -1)) -n \(key.namespace)"
        session.runQuietly(line)
      }
      wallTime += 0.1
      session.advanceSimulationOnly(by: .milliseconds(100))
      let cpuStart = threadCPUMilliseconds()
      let refresh = clock.measure { session.refresh(wallTime: wallTime) }
      let render = clock.measure { _ = session.render() }
      refreshTimes.append(milliseconds(refresh))
      renderTimes.append(milliseconds(render))
      times.append(milliseconds(refresh + render))
      cpuTimes.append(threadCPUMilliseconds() - cpuStart)
    }
    func percentile(_ values: [Double], _ fraction: Double) -> Double {
      let sorted = values.sorted()
      return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
    }
    return Result(
      frames: frames, p50: percentile(times, 0.5), p99: percentile(times, 0.99), maximum: times.max() ?? 0,
      firstFrame: milliseconds(first), refreshP50: percentile(refreshTimes, 0.5),
      renderP50: percentile(renderTimes, 0.5),
      refreshP99: percentile(refreshTimes, 0.99), renderP99: percentile(renderTimes, 0.99),
      cpuP50: percentile(cpuTimes, 0.5), cpuP99: percentile(cpuTimes, 0.99))
  }

  /// For `kubarium bench`: frame times in milliseconds over the benchmark's own simulation, which is lent to a
  /// dashboard session (moved, not copied: a 150,000-pod store is not duplicated) and handed back. Between frames
  /// two Deployments are scaled up and back down and 100ms of virtual time pass, so the cluster changes while
  /// frames are drawn, and ends as it began apart from the time that passed.
  public static let renderer: (@Sendable (inout Simulation, Int) -> [Double])? = { simulation, frames in
    frameTimes(&simulation, frames: frames)
  }

  public static func frameTimes(
    _ simulation: inout Simulation, frames: Int, size: TerminalSize = TerminalSize(width: 200, height: 60)
  ) -> [Double] {
    var state = DashboardState()
    state.size = size
    var session = DashboardSession(simulation: simulation, state: state)
    simulation = Simulation()
    let deployments = session.cluster.store.deployments.keys()
    let scaled = [deployments.first, deployments.last].compactMap { $0 }
    let original = scaled.map { session.cluster.store.deployments[$0]?.spec.replicas ?? 1 }
    let clock = ContinuousClock()
    var times: [Double] = []
    for frame in 0..<frames {
      if frame % 10 == 0 {
        for (index, key) in scaled.enumerated() {
          let replicas = original[index] + (frame % 20 == 0 ? 1 : 0)
          session.runQuietly("scale deployment/\(key.name) --replicas=\(replicas) -n \(key.namespace)")
        }
      }
      session.advanceSimulationOnly(by: .milliseconds(100))
      let elapsed = clock.measure {
        session.refresh(wallTime: Double(frame) / 10)
        _ = session.render()
      }
      times.append(milliseconds(elapsed))
    }
    for (index, key) in scaled.enumerated() {
      session.runQuietly("scale deployment/\(key.name) --replicas=\(original[index]) -n \(key.namespace)")
    }
    simulation = session.simulation
    return times
  }

  /// CPU time this thread has used, in milliseconds.
  static func threadCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
  }

  static func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
  }
}
