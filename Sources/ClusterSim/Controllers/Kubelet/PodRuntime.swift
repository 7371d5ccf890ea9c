import KubeModel

/// What a kubelet knows about one of its pods beyond the pod's status: each container's course, its resolved
/// behaviour, its restart back-off. Kept per pod uid; rebuilt from nothing when a pod first reaches its node.
public struct PodRuntime: Hashable, Sendable, Codable {
  public var uid: String
  public var node: String
  public var ip: String
  public var startTime: Timestamp
  /// Init containers first, in order, then app containers.
  public var containers: [ContainerRuntime]
  /// When the kubelet saw the pod's deletion, if it has.
  public var terminationStarted: Timestamp?

  public var initContainers: ArraySlice<ContainerRuntime> { containers.prefix { $0.isInit } }
  public var appContainers: ArraySlice<ContainerRuntime> { containers.drop { $0.isInit } }
}

/// One container's course, as the kubelet drives it.
public struct ContainerRuntime: Hashable, Sendable, Codable {
  public enum Stage: Hashable, Sendable, Codable {
    /// Not started yet: waiting for init containers (PodInitializing) or for its turn.
    case waiting
    /// Pulling its image until `until`.
    case pulling(until: Timestamp)
    /// A failed pull: ErrImagePull, shown as ImagePullBackOff from `backOffFrom`, retried at `retryAt`.
    case pullFailed(backOffFrom: Timestamp, retryAt: Timestamp)
    /// Image ready; the container starts at `until`.
    case creating(until: Timestamp)
    /// A referenced ConfigMap, Secret or key is missing (CreateContainerConfigError).
    case configError(message: String)
    /// Running since `since` (this instance).
    case running(since: Timestamp)
    /// Asked to stop (SIGTERM sent at `since`); gone at `exitAt`.
    case stopping(since: Timestamp, exitAt: Timestamp, exitCode: Int)
    /// Finished; restarts at `restartAt` if its restart policy says so.
    case terminated(restartAt: Timestamp?)
    /// Waiting out its crash back-off until `until` (CrashLoopBackOff).
    case crashLoopBackOff(until: Timestamp)
  }

  public var name: String
  public var image: String
  public var isInit: Bool
  /// An init container with `restartPolicy: Always`, which keeps running beside the app containers.
  public var isSidecar: Bool
  public var behavior: ContainerBehavior
  public var stage: Stage = .waiting
  public var restartCount = 0
  /// The state of the last instance that ended (the `lastState` of the status, and `logs --previous`).
  public var lastTermination: ContainerStateTerminated?
  /// The current instance's termination, while it is terminated or waiting to restart.
  public var termination: ContainerStateTerminated?
  /// The crash back-off (upstream `flowcontrol.Backoff`: 10 s doubling to 5 min, reset after 10 min).
  public var backOff = SimDuration.zero
  public var backOffUpdated: Timestamp?
  public var pullFailures = 0
  /// Probe failures already reported as events, up to this moment.
  public var probesReportedUntil: Timestamp?
  /// The runtime's ids of the current instance and of its image, made when it starts.
  public var containerID = ""
  public var imageID = ""
  /// Readiness as last computed (it is reported when it changes).
  public var ready = false
  public var started = false
}

/// The probes of a container as a schedule: probe k runs at `first + k × period`.
struct ProbeSchedule {
  var first: Timestamp
  var period: SimDuration
  var successThreshold: Int
  var failureThreshold: Int

  init(_ probe: Probe, containerStart: Timestamp) {
    first = containerStart + .seconds(probe.initialDelaySeconds)
    period = .seconds(max(1, probe.periodSeconds))
    successThreshold = max(1, probe.successThreshold)
    failureThreshold = max(1, probe.failureThreshold)
  }

  func time(_ index: Int) -> Timestamp { first + period * Int64(index) }

  /// The index of the first probe at or after `time`.
  func index(atOrAfter time: Timestamp) -> Int {
    guard time > first else { return 0 }
    let elapsed = (time - first).milliseconds
    return Int((elapsed + period.milliseconds - 1) / period.milliseconds)
  }

  /// The first probe at or after `time`.
  func next(atOrAfter time: Timestamp) -> Timestamp { self.time(index(atOrAfter: time)) }
}

/// When an application answers its probes: from `upFrom` (nil: never) until `downFrom` (nil: for ever).
struct ServingWindow {
  var upFrom: Timestamp?
  var downFrom: Timestamp?

  func passes(at time: Timestamp) -> Bool {
    guard let upFrom, time >= upFrom else { return false }
    if let downFrom, time >= downFrom { return false }
    return true
  }

  /// The index of the first passing probe at or after `from`, if the application ever passes.
  func firstPass(_ schedule: ProbeSchedule, from: Timestamp) -> Int? {
    guard let upFrom else { return nil }
    let index = schedule.index(atOrAfter: max(upFrom, from))
    return passes(at: schedule.time(index)) ? index : nil
  }

  /// The index of the first failing probe at or after `from`.
  func nextFailure(_ schedule: ProbeSchedule, from: Timestamp) -> Int? {
    let start = schedule.index(atOrAfter: from)
    if !passes(at: schedule.time(start)) { return start }
    guard let downFrom else { return nil }
    return schedule.index(atOrAfter: max(downFrom, from))
  }

  /// The probe completing the first run of `threshold` consecutive failures at or after `from`, if any: failures
  /// before the application is up, or after it breaks.
  func failureRunEnd(_ schedule: ProbeSchedule, from: Timestamp, threshold: Int) -> Int? {
    let start = schedule.index(atOrAfter: from)
    guard let pass = firstPass(schedule, from: from) else { return start + threshold - 1 }
    if pass - start >= threshold { return start + threshold - 1 }
    guard let downFrom else { return nil }
    return schedule.index(atOrAfter: max(downFrom, from)) + threshold - 1
  }
}
