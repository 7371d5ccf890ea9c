import KubeModel

/// Graceful termination of a deleted pod (`killPod`/`killContainer`): each running container gets its preStop hook,
/// then SIGTERM; a process that ignores SIGTERM is killed when the grace period ends. Once every container has
/// stopped, the kubelet removes the pod.
enum KubeletTermination {
  /// How long a well-behaved process takes to exit after SIGTERM.
  static let shutdownTime = SimDuration.milliseconds(200)

  /// Moves termination forward; returns true once every container has stopped.
  static func advance(_ pod: Pod, _ runtime: inout PodRuntime, in cluster: inout ClusterState) -> Bool {
    let now = cluster.now
    let deadline = pod.metadata.deletionTimestamp ?? now
    if runtime.terminationStarted == nil {
      runtime.terminationStarted = now
      for index in runtime.containers.indices {
        var container = runtime.containers[index]
        guard case .running(let since) = container.stage else {
          if case .stopping = container.stage { continue }
          container.stage = .terminated(restartAt: nil)
          runtime.containers[index] = container
          continue
        }
        let spec = KubeletContainers.spec(of: container, in: pod)
        KubeletContainers.event(
          pod, container, "Normal", "Killing", "Stopping container \(container.name)", in: &cluster)
        var sigterm = now
        if let sleep = spec?.lifecycle?.preStop?.sleep { sigterm = now + .seconds(sleep.seconds) }
        if let command = spec?.lifecycle?.preStop?.exec?.command,
          let seconds = preStopSleep(command)
        {
          sigterm = now + seconds
        }
        sigterm = min(sigterm, deadline)
        let graceful = container.behavior.stopsOnSigterm && sigterm + shutdownTime <= deadline
        let exitAt = graceful ? sigterm + shutdownTime : deadline
        container.stage = .stopping(since: since, exitAt: exitAt, exitCode: graceful ? 0 : 137)
        container.ready = false
        runtime.containers[index] = container
      }
    }
    var allStopped = true
    for index in runtime.containers.indices {
      guard case .stopping(let since, let exitAt, let code) = runtime.containers[index].stage else { continue }
      if exitAt <= now {
        var termination = ContainerStateTerminated(
          exitCode: code, reason: code == 0 ? "Completed" : "Error", startedAt: since, finishedAt: exitAt)
        termination.containerID = runtime.containers[index].containerID
        runtime.containers[index].termination = termination
        runtime.containers[index].stage = .terminated(restartAt: nil)
      } else {
        allStopped = false
      }
    }
    return allStopped
  }

  /// `sh -c "sleep 5"`-style preStop hooks delay SIGTERM by their sleep.
  static func preStopSleep(_ command: [String]) -> SimDuration? {
    let words = command.count >= 3 && command[1] == "-c" ? ShellScript.words(command[2]) : command
    guard let index = words.firstIndex(of: "sleep"), index + 1 < words.count else { return nil }
    return SimpleCommand.sleepDuration(words[index + 1])
  }

  /// Removes the stopped pod from the store and frees what it held on the node.
  static func finish(_ pod: Pod, _ runtime: PodRuntime, in cluster: inout ClusterState) {
    if pod.spec.hostNetwork != true { cluster.releasePodIP(runtime.ip, onNode: runtime.node) }
    cluster.podRuntimes[pod.metadata.uid] = nil
    cluster.remove(Pod.self, pod.key)
  }
}
