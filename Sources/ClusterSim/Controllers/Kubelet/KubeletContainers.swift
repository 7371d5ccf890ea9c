import KubeModel

/// The course of each container: pull, create, start, probe, exit, restart with back-off
/// (`kuberuntime_manager.go` SyncPod and `kuberuntime_container.go`, as a state machine over virtual time).
enum KubeletContainers {
  /// Upstream's crash back-off: 10 s doubling to 5 min (`MaxContainerBackOff`), reset once a container ran
  /// 10 minutes (twice the maximum) without crashing.
  static let initialBackOff = SimDuration.seconds(10)
  static let maximumBackOff = SimDuration.seconds(300)
  /// How long image pull retries wait, doubling to the same maximum.
  static let pullBackOff = SimDuration.seconds(10)
  /// The kubelet notices a container exit at its next relist (PLEG, 1 s).
  static let relistDelay = SimDuration.seconds(1)

  static func spec(of container: ContainerRuntime, in pod: Pod) -> Container? {
    (container.isInit ? pod.spec.initContainers : pod.spec.containers).first { $0.name == container.name }
  }

  /// Advances every container to now: init containers one at a time, then app containers together.
  static func advance(_ pod: Pod, _ runtime: inout PodRuntime, in cluster: inout ClusterState) {
    var initDone = true
    for index in runtime.containers.indices where runtime.containers[index].isInit {
      advance(pod, &runtime, index, in: &cluster)
      let container = runtime.containers[index]
      if container.isSidecar {
        if !container.started { initDone = false; break }
        continue
      }
      if container.termination?.exitCode != 0 || container.termination == nil || isRestarting(container) {
        initDone = false
        break
      }
    }
    guard initDone else { return }
    for index in runtime.containers.indices where !runtime.containers[index].isInit {
      advance(pod, &runtime, index, in: &cluster)
    }
  }

  private static func isRestarting(_ container: ContainerRuntime) -> Bool {
    if case .terminated(let restartAt) = container.stage { return restartAt != nil }
    return false
  }

  /// Moves one container through every transition due by now.
  static func advance(_ pod: Pod, _ runtime: inout PodRuntime, _ index: Int, in cluster: inout ClusterState) {
    guard let spec = spec(of: runtime.containers[index], in: pod) else { return }
    let now = cluster.now
    var steps = 0
    while steps < 16 {
      steps += 1
      var container = runtime.containers[index]
      let before = container.stage
      switch container.stage {
      case .waiting:
        beginPull(pod, spec, &container, node: runtime.node, in: &cluster)
      case .pulling(let until) where until <= now:
        finishPull(pod, spec, &container, at: until, node: runtime.node, in: &cluster)
      case .pullFailed(let backOffFrom, let retryAt):
        if retryAt <= now {
          beginPull(pod, spec, &container, node: runtime.node, in: &cluster)
        } else if backOffFrom <= now, container.probesReportedUntil != backOffFrom {
          container.probesReportedUntil = backOffFrom
          event(pod, container, "Normal", "BackOff", "Back-off pulling image \"\(container.image)\"", in: &cluster)
          event(pod, container, "Warning", "Failed", "Error: ImagePullBackOff", in: &cluster)
        }
      case .creating(let until) where until <= now:
        startContainer(pod, spec, &container, at: until, runtime: runtime, in: &cluster)
      case .configError:
        startContainer(pod, spec, &container, at: now, runtime: runtime, in: &cluster)
      case .running(let since):
        observeRunning(pod, spec, &container, since: since, in: &cluster)
      case .terminated(let restartAt?) where restartAt <= now:
        restart(pod, spec, &container, node: runtime.node, in: &cluster)
      case .crashLoopBackOff(let until) where until <= now:
        relaunch(pod, spec, &container, node: runtime.node, in: &cluster)
      default:
        break
      }
      runtime.containers[index] = container
      if container.stage == before { return }
    }
  }

  // MARK: Pulling

  static func beginPull(
    _ pod: Pod, _ spec: Container, _ container: inout ContainerRuntime, node: String, in cluster: inout ClusterState
  ) {
    let present = cluster.imagePresent(container.image, onNode: node)
    if spec.imagePullPolicy != "Always" && present {
      event(
        pod, container, "Normal", "Pulled", "Container image \"\(container.image)\" already present on machine",
        in: &cluster)
      container.stage = .creating(until: cluster.now + container.behavior.startDuration)
      return
    }
    if spec.imagePullPolicy == "Never" {
      event(
        pod, container, "Warning", "ErrImageNeverPull",
        "Container image \"\(container.image)\" is not present with pull policy of Never", in: &cluster)
      container.stage = .configError(message: "ErrImageNeverPull")
      return
    }
    event(pod, container, "Normal", "Pulling", "Pulling image \"\(container.image)\"", in: &cluster)
    // A layer cache makes repeat pulls of a present image quick.
    let duration =
      present
      ? SimDuration.milliseconds(min(800, container.behavior.pullDuration.milliseconds))
      : container.behavior.pullDuration
    container.stage = .pulling(until: cluster.now + duration)
  }

  static func finishPull(
    _ pod: Pod, _ spec: Container, _ container: inout ContainerRuntime, at time: Timestamp, node: String,
    in cluster: inout ClusterState
  ) {
    guard container.behavior.imageExists else {
      let reference = ImageNames.fullyQualified(container.image)
      event(
        pod, container, "Warning", "Failed",
        "Failed to pull image \"\(container.image)\": rpc error: code = NotFound desc = failed to pull and unpack "
          + "image \"\(reference)\": failed to resolve reference \"\(reference)\": \(reference): not found",
        in: &cluster)
      event(pod, container, "Warning", "Failed", "Error: ErrImagePull", in: &cluster)
      container.pullFailures += 1
      let wait = min(maximumBackOff, pullBackOff * Int64(1 << min(container.pullFailures - 1, 5)))
      container.stage = .pullFailed(backOffFrom: time + .seconds(1), retryAt: time + wait)
      return
    }
    cluster.markImagePresent(container.image, onNode: node)
    container.pullFailures = 0
    let duration = container.behavior.pullDuration
    let size = ImageNames.size(container.image)
    event(
      pod, container, "Normal", "Pulled",
      "Successfully pulled image \"\(container.image)\" in \(duration) (\(duration) including waiting). "
        + "Image size: \(size) bytes.", in: &cluster)
    container.stage = .creating(until: time + container.behavior.startDuration)
  }

  // MARK: Starting

  /// Creates and starts the container, unless a ConfigMap, Secret or key it needs is missing
  /// (CreateContainerConfigError, retried when those objects change).
  static func startContainer(
    _ pod: Pod, _ spec: Container, _ container: inout ContainerRuntime, at time: Timestamp, runtime: PodRuntime,
    in cluster: inout ClusterState
  ) {
    // The environment decides whether the container can start (a missing key is a config error) and expands `$VAR`
    // in its command; the namespace's service variables are worked out only when there is a command to expand.
    let expands = !spec.command.isEmpty || !spec.args.isEmpty
    switch EnvResolver.environment(
      for: spec, in: pod, podIP: runtime.ip, cluster: cluster, withServiceVariables: expands)
    {
    case .failure(let problem):
      if case .configError(let message) = container.stage, message == problem.message { return }
      event(pod, container, "Warning", "Failed", "Error: \(problem.message)", in: &cluster)
      container.stage = .configError(message: problem.message)
      cluster.podsWaitingForConfig[pod.metadata.namespace, default: []].insert(pod.metadata.name)
    case .success(let environment):
      container.behavior = BehaviorResolver.refine(container.behavior, spec, environment: environment, pod: pod)
      StartedEnvironment.record(pod: pod, container: spec, podIP: runtime.ip, in: &cluster)
      event(pod, container, "Normal", "Created", "Created container: \(container.name)", in: &cluster)
      event(pod, container, "Normal", "Started", "Started container \(container.name)", in: &cluster)
      container.stage = .running(since: time)
      container.probesReportedUntil = time
      container.termination = nil
      container.containerID = ContainerIDs.id(
        pod: pod.metadata.uid, container: container.name, restart: container.restartCount)
      if container.imageID.isEmpty { container.imageID = cluster.imageID(of: container.image) }
    }
  }

  // MARK: Running

  /// Reports failed probes, tracks readiness, and ends the instance when it exits, runs out of memory or is killed
  /// by its liveness or startup probe.
  static func observeRunning(
    _ pod: Pod, _ spec: Container, _ container: inout ContainerRuntime, since: Timestamp, in cluster: inout ClusterState
  ) {
    let now = cluster.now
    let course = ContainerCourse(
      container: spec, behavior: container.behavior, since: since, memoryLimit: spec.resources.limits["memory"]?.value)
    for failure in course.failedProbes(after: container.probesReportedUntil, upTo: now) {
      let probe: Probe? =
        failure.kind == "Liveness"
        ? spec.livenessProbe : failure.kind == "Readiness" ? spec.readinessProbe : spec.startupProbe
      let beforeUp = course.window.upFrom.map { failure.time < $0 } ?? true
      let detail = ProbeMessages.failure(
        probe, container: spec, podIP: cluster.podRuntimes[pod.metadata.uid]?.ip ?? pod.status.podIP, beforeUp: beforeUp
      )
      event(pod, container, "Warning", "Unhealthy", "\(failure.kind) probe failed: \(detail)", in: &cluster)
    }
    container.probesReportedUntil = now
    container.started = course.isStarted(at: now)
    container.ready = course.isReady(at: now)
    guard let endsAt = course.endsAt, endsAt <= now, let ending = course.ending else { return }
    switch ending {
    case .exited(let code):
      terminate(
        pod, &container, startedAt: since, exitCode: code, reason: code == 0 ? "Completed" : "Error", at: endsAt,
        in: &cluster)
    case .outOfMemory:
      terminate(pod, &container, startedAt: since, exitCode: 137, reason: "OOMKilled", at: endsAt, in: &cluster)
    case .livenessKilled, .startupKilled:
      let kind = ending == .livenessKilled ? "liveness" : "startup"
      event(
        pod, container, "Normal", "Killing", "Container \(container.name) failed \(kind) probe, will be restarted",
        in: &cluster)
      terminate(pod, &container, startedAt: since, exitCode: 137, reason: "Error", at: endsAt, in: &cluster)
    }
  }

  /// Ends the running instance and decides, from the restart policy, whether and when it restarts.
  static func terminate(
    _ pod: Pod, _ container: inout ContainerRuntime, startedAt: Timestamp, exitCode: Int, reason: String,
    at time: Timestamp? = nil, in cluster: inout ClusterState
  ) {
    let finished = time ?? cluster.now
    var termination = ContainerStateTerminated(
      exitCode: exitCode, reason: reason, startedAt: startedAt, finishedAt: finished)
    termination.containerID = container.containerID
    container.termination = termination
    container.ready = false
    container.started = false
    let policy = container.isSidecar ? "Always" : pod.spec.restartPolicy
    let restarts: Bool
    switch policy {
    case "Always": restarts = true
    case "OnFailure": restarts = exitCode != 0
    default: restarts = false
    }
    if container.isInit && !container.isSidecar && exitCode == 0 {
      container.stage = .terminated(restartAt: nil)
      return
    }
    container.stage = .terminated(restartAt: restarts ? finished + relistDelay : nil)
  }

  /// Restarts a finished container, or holds it in CrashLoopBackOff while its back-off lasts
  /// (`doBackOff`: the first restart is immediate, then 10 s, 20 s, 40 s ... up to 5 min).
  static func restart(
    _ pod: Pod, _ spec: Container, _ container: inout ContainerRuntime, node: String, in cluster: inout ClusterState
  ) {
    let now = cluster.now
    let finished = container.termination?.finishedAt ?? now
    if let updated = container.backOffUpdated, finished - updated > maximumBackOff * 2 {
      container.backOff = .zero
    }
    if container.backOff > .zero && now - finished < container.backOff {
      event(
        pod, container, "Warning", "BackOff",
        "Back-off restarting failed container \(container.name) in pod \(pod.metadata.name)_\(pod.metadata.namespace)(\(pod.metadata.uid))",
        in: &cluster)
      container.stage = .crashLoopBackOff(until: finished + container.backOff)
      return
    }
    relaunch(pod, spec, &container, node: node, in: &cluster)
  }

  /// Starts a new instance of a container after a crash or exit.
  static func relaunch(
    _ pod: Pod, _ spec: Container, _ container: inout ContainerRuntime, node: String, in cluster: inout ClusterState
  ) {
    let finished = container.termination?.finishedAt ?? cluster.now
    container.backOff = container.backOff == .zero ? initialBackOff : min(maximumBackOff, container.backOff * 2)
    container.backOffUpdated = finished
    container.lastTermination = container.termination
    container.restartCount += 1
    beginPull(pod, spec, &container, node: node, in: &cluster)
  }

  /// An event about a container (`spec.containers{web}`), from the pod's node's kubelet.
  static func event(
    _ pod: Pod, _ container: ContainerRuntime, _ type: String, _ reason: String, _ message: String,
    in cluster: inout ClusterState
  ) {
    let field = container.isInit ? "spec.initContainers{\(container.name)}" : "spec.containers{\(container.name)}"
    cluster.recordEvent(
      pod, type: type, reason: reason, message: message, from: .kubelet(pod.spec.nodeName), fieldPath: field)
  }
}
