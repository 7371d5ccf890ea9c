import KubeModel

/// How kubectl summarises a pod (`printPod` in kubernetes `pkg/printers/internalversion/printers.go`): the READY,
/// STATUS and RESTARTS columns. Shared by `get pods` and the dashboard, so both always agree.
public struct PodPresentation: Hashable, Sendable {
  public var ready: String
  public var status: String
  public var restarts: Int
  /// When a container last terminated before a restart (for `3 (14s ago)`).
  public var lastRestart: Timestamp?

  public init(_ pod: Pod) {
    var restarts = 0
    var sidecarRestarts = 0
    var readyContainers = 0
    var totalContainers = pod.spec.containers.count
    var lastRestart: Timestamp?
    var lastSidecarRestart: Timestamp?
    var reason = pod.status.reason.isEmpty ? pod.status.phase : pod.status.reason
    if pod.status.conditions.contains(where: { $0.type == "PodScheduled" && $0.reason == "SchedulingGated" }) {
      reason = "SchedulingGated"
    }
    let initContainers = Dictionary(
      pod.spec.initContainers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    totalContainers += pod.spec.initContainers.filter { $0.restartPolicy == "Always" }.count

    func later(_ a: Timestamp?, _ b: Timestamp?) -> Timestamp? {
      guard let a else { return b }
      guard let b else { return a }
      return max(a, b)
    }

    var initializing = false
    for (index, container) in pod.status.initContainerStatuses.enumerated() {
      restarts += container.restartCount
      lastRestart = later(lastRestart, container.lastState.terminated?.finishedAt)
      let isSidecar = initContainers[container.name]?.restartPolicy == "Always"
      if isSidecar {
        sidecarRestarts += container.restartCount
        lastSidecarRestart = later(lastSidecarRestart, container.lastState.terminated?.finishedAt)
      }
      if let terminated = container.state.terminated, terminated.exitCode == 0 { continue }
      if isSidecar && container.started == true {
        if container.ready { readyContainers += 1 }
        continue
      }
      if let terminated = container.state.terminated {
        if terminated.reason.isEmpty {
          reason = terminated.signal != 0 ? "Init:Signal:\(terminated.signal)" : "Init:ExitCode:\(terminated.exitCode)"
        } else {
          reason = "Init:" + terminated.reason
        }
      } else if let waiting = container.state.waiting, !waiting.reason.isEmpty, waiting.reason != "PodInitializing" {
        reason = "Init:" + waiting.reason
      } else {
        reason = "Init:\(index)/\(pod.spec.initContainers.count)"
      }
      initializing = true
      break
    }

    if !initializing || pod.status.conditions.isTrue("Initialized") {
      restarts = sidecarRestarts
      lastRestart = lastSidecarRestart
      var hasRunning = false
      for container in pod.status.containerStatuses.reversed() {
        restarts += container.restartCount
        lastRestart = later(lastRestart, container.lastState.terminated?.finishedAt)
        if let waiting = container.state.waiting, !waiting.reason.isEmpty {
          reason = waiting.reason
        } else if let terminated = container.state.terminated, !terminated.reason.isEmpty {
          reason = terminated.reason
        } else if let terminated = container.state.terminated {
          reason = terminated.signal != 0 ? "Signal:\(terminated.signal)" : "ExitCode:\(terminated.exitCode)"
        } else if container.ready && container.state.running != nil {
          hasRunning = true
          readyContainers += 1
        }
      }
      if reason == "Completed" && hasRunning {
        reason = pod.status.conditions.isTrue("Ready") ? "Running" : "NotReady"
      }
    }

    let terminal = pod.status.phase == "Succeeded" || pod.status.phase == "Failed"
    if pod.metadata.deletionTimestamp != nil && pod.status.reason == "NodeLost" {
      reason = "Unknown"
    } else if pod.metadata.deletionTimestamp != nil && !terminal {
      reason = "Terminating"
    }
    self.ready = "\(readyContainers)/\(totalContainers)"
    self.status = reason
    self.restarts = restarts
    self.lastRestart = lastRestart
  }

  /// `0`, or `3 (14s ago)` once a container has restarted.
  public func restartsText(now: Timestamp) -> String {
    guard restarts != 0, let lastRestart else { return String(restarts) }
    return "\(restarts) (\(HumanDuration.format(now - lastRestart)) ago)"
  }
}
