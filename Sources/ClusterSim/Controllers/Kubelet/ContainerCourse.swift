import KubeModel

/// The course of one running container instance, computed from its start, behaviour and probes: when it counts as
/// started, when it is ready, when it stops being ready, and when and why it ends. Pure arithmetic over probe
/// schedules, so a container costs nothing between the moments its outcome changes.
struct ContainerCourse {
  enum Ending: Hashable {
    case exited(code: Int)
    case outOfMemory
    case livenessKilled
    case startupKilled
  }

  let since: Timestamp
  let window: ServingWindow
  let startup: ProbeSchedule?
  let liveness: ProbeSchedule?
  let readiness: ProbeSchedule?
  /// When the startup probe passed (or the container started, without one); nil if it never does.
  let startedAt: Timestamp?
  let readyAt: Timestamp?
  let notReadyAt: Timestamp?
  let endsAt: Timestamp?
  let ending: Ending?

  init(container: Container, behavior: ContainerBehavior, since: Timestamp, memoryLimit: Int64?) {
    self.since = since
    window = ServingWindow(
      upFrom: behavior.readyAfter.map { since + $0 }, downFrom: behavior.breaksAfter.map { since + $0 })
    startup = container.startupProbe.map { ProbeSchedule($0, containerStart: since) }
    liveness = container.livenessProbe.map { ProbeSchedule($0, containerStart: since) }
    readiness = container.readinessProbe.map { ProbeSchedule($0, containerStart: since) }

    var ends: [(Timestamp, Ending)] = []
    if let exit = behavior.exitsAfter { ends.append((since + exit, .exited(code: behavior.exitCode))) }
    if let oom = behavior.outOfMemory(limit: memoryLimit) { ends.append((since + oom, .outOfMemory)) }

    var started: Timestamp? = since
    if let startup {
      let pass = window.firstPass(startup, from: since)
      let killIndex = window.failureRunEnd(startup, from: since, threshold: startup.failureThreshold)
      if let killIndex, pass.map({ killIndex < $0 }) ?? true {
        ends.append((startup.time(killIndex), .startupKilled))
        started = nil
      } else {
        started = pass.map { startup.time($0) }
      }
    }
    if let liveness, let started,
      let killIndex = window.failureRunEnd(liveness, from: started, threshold: liveness.failureThreshold)
    {
      ends.append((liveness.time(killIndex), .livenessKilled))
    }
    let end = ends.min { $0.0 < $1.0 }
    let endTime = end?.0
    endsAt = endTime
    ending = end?.1
    if let started, endTime.map({ started < $0 }) ?? true {
      startedAt = started
    } else {
      startedAt = nil
    }

    if let readiness, let started = startedAt {
      let pass = window.firstPass(readiness, from: started)
      readyAt = pass.map { readiness.time($0 + readiness.successThreshold - 1) }
      if let readyAt, let downFrom = window.downFrom {
        notReadyAt = readiness.time(readiness.index(atOrAfter: max(downFrom, readyAt)) + readiness.failureThreshold - 1)
      } else {
        notReadyAt = nil
      }
    } else {
      readyAt = startedAt
      notReadyAt = nil
    }
  }

  func isStarted(at time: Timestamp) -> Bool { startedAt.map { time >= $0 } ?? false }

  func isReady(at time: Timestamp) -> Bool {
    guard let readyAt, time >= readyAt else { return false }
    if let notReadyAt, time >= notReadyAt { return false }
    if let endsAt, time >= endsAt { return false }
    return true
  }

  /// Failed probes in `(after, upTo]`, by kind, for Unhealthy events.
  func failedProbes(after: Timestamp?, upTo: Timestamp) -> [(kind: String, time: Timestamp)] {
    var failures: [(String, Timestamp)] = []
    let limit = endsAt.map { min($0, upTo) } ?? upTo
    func collect(_ kind: String, _ schedule: ProbeSchedule?, from: Timestamp?, until: Timestamp?) {
      guard let schedule, let from else { return }
      var time = max(from, (after ?? since) + .milliseconds(1))
      let stop = until.map { min($0, limit) } ?? limit
      var guardCount = 0
      while let index = window.nextFailure(schedule, from: time), schedule.time(index) <= stop, guardCount < 64 {
        failures.append((kind, schedule.time(index)))
        time = schedule.time(index) + .milliseconds(1)
        guardCount += 1
      }
    }
    collect("Startup", startup, from: since, until: startedAt.map { $0 - .milliseconds(1) } ?? endsAt)
    collect("Liveness", liveness, from: startedAt, until: endsAt)
    collect("Readiness", readiness, from: startedAt, until: endsAt)
    return failures.sorted { $0.1 < $1.1 }
  }

  /// The next moment after `time` at which something about this container changes or a probe fails.
  func nextChange(after time: Timestamp) -> Timestamp? {
    var candidates = [startedAt, readyAt, notReadyAt, endsAt].compactMap { $0 }.filter { $0 > time }
    let probing: [(ProbeSchedule?, Timestamp?, Timestamp?)] = [
      (startup, since, startedAt.map { $0 - .milliseconds(1) } ?? endsAt), (liveness, startedAt, endsAt),
      (readiness, startedAt, endsAt),
    ]
    for (schedule, from, until) in probing {
      guard let schedule, let from else { continue }
      if let index = window.nextFailure(schedule, from: max(from, time + .milliseconds(1))) {
        let failure = schedule.time(index)
        if until.map({ failure <= $0 }) ?? true { candidates.append(failure) }
      }
    }
    return candidates.min()
  }
}
