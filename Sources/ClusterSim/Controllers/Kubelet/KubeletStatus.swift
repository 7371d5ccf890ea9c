import KubeModel

/// The pod status a kubelet reports (`generateAPIPodStatus`, `getPhase`, `convertToAPIContainerStatuses`).
enum KubeletStatus {
  static func status(for pod: Pod, _ runtime: PodRuntime, in cluster: ClusterState) -> PodStatus {
    var status = pod.status
    let now = cluster.now
    let node = cluster.store.nodes["", runtime.node]
    let hostIP = node?.status.addresses.first { $0.type == "InternalIP" }?.address ?? ""
    status.hostIP = hostIP
    status.hostIPs = hostIP.isEmpty ? [] : [PodIP(ip: hostIP)]
    status.podIP = runtime.ip
    status.podIPs = [PodIP(ip: runtime.ip)]
    status.startTime = runtime.startTime
    if status.qosClass.isEmpty { status.qosClass = pod.spec.qosClass }
    status.initContainerStatuses = runtime.initContainers.map { containerStatus($0, pod: pod, now: now) }
    status.containerStatuses = runtime.appContainers.map { containerStatus($0, pod: pod, now: now) }

    let initialized = runtime.initContainers.allSatisfy { container in
      container.isSidecar ? container.started : container.termination?.exitCode == 0 && !isPending(container)
    }
    let apps = runtime.appContainers
    let containersReady =
      initialized && apps.allSatisfy(\.ready)
      && runtime.initContainers.filter(\.isSidecar).allSatisfy(\.ready)
    status.phase = phase(runtime, initialized: initialized, restartPolicy: pod.spec.restartPolicy)
    let terminal = status.phase == "Succeeded" || status.phase == "Failed"
    let incompleteInit = runtime.initContainers.filter { $0.termination?.exitCode != 0 }.map(\.name)
    let notReady = apps.filter { !$0.ready }.map(\.name)
    let reason = terminal ? "PodCompleted" : "ContainersNotReady"
    let message = terminal ? "" : "containers with unready status: [\(notReady.joined(separator: " "))]"
    // The kubelet's conditions in its order, each keeping its transition time while its status holds; the
    // scheduler's PodScheduled and anything else already present follow.
    var conditions = [
      condition(in: status, "PodReadyToStartContainers", terminal ? "False" : "True", now: now),
      condition(
        in: status, "Initialized", initialized ? "True" : "False",
        reason: initialized ? "" : "ContainersNotInitialized",
        message: initialized ? "" : "containers with incomplete status: [\(incompleteInit.joined(separator: " "))]",
        now: now),
      condition(
        in: status, "Ready", containersReady ? "True" : "False", reason: containersReady ? "" : reason,
        message: containersReady ? "" : message, now: now),
      condition(
        in: status, "ContainersReady", containersReady ? "True" : "False", reason: containersReady ? "" : reason,
        message: containersReady ? "" : message, now: now),
    ]
    let kubeletOwned: Set<String> = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady"]
    conditions += status.conditions.filter { !kubeletOwned.contains($0.type) }
    status.conditions = conditions
    return status
  }

  private static func isPending(_ container: ContainerRuntime) -> Bool {
    if case .terminated(let restartAt) = container.stage { return restartAt != nil }
    return true
  }

  /// `getPhase`: Pending until the containers run; Running while any runs or will restart; Succeeded or Failed when
  /// all have ended for good.
  static func phase(_ runtime: PodRuntime, initialized: Bool, restartPolicy: String) -> String {
    let initFailedForGood = runtime.initContainers.contains { container in
      if case .terminated(nil) = container.stage, let code = container.termination?.exitCode, code != 0 { return true }
      return false
    }
    if initFailedForGood { return "Failed" }
    guard initialized else { return "Pending" }
    var running = 0
    var waiting = 0
    var succeeded = 0
    var failed = 0
    var restarting = 0
    for container in runtime.appContainers {
      switch container.stage {
      case .running, .stopping: running += 1
      case .terminated(let restartAt):
        if restartAt != nil {
          restarting += 1
        } else if container.termination?.exitCode == 0 {
          succeeded += 1
        } else {
          failed += 1
        }
      case .crashLoopBackOff: restarting += 1
      default:
        if container.lastTermination != nil { restarting += 1 } else { waiting += 1 }
      }
    }
    if waiting > 0 { return "Pending" }
    if running > 0 || restarting > 0 { return "Running" }
    if failed > 0 { return "Failed" }
    if succeeded > 0 { return "Succeeded" }
    return "Pending"
  }

  static func containerStatus(_ container: ContainerRuntime, pod: Pod, now: Timestamp) -> ContainerStatus {
    var status = ContainerStatus(name: container.name, image: container.image)
    status.restartCount = container.restartCount
    status.ready = container.ready
    status.started = container.started
    if var last = container.lastTermination {
      last.message = ""
      status.lastState = ContainerState(terminated: last)
    }
    let id = container.containerID
    let pulled = container.imageID
    switch container.stage {
    case .waiting:
      status.state = ContainerState(waiting: ContainerStateWaiting(reason: "PodInitializing"))
      status.started = false
    case .pulling, .creating:
      status.state = ContainerState(waiting: ContainerStateWaiting(reason: "ContainerCreating"))
      status.started = false
      if container.lastTermination != nil { status.imageID = pulled }
    case .pullFailed(let backOffFrom, _):
      let backingOff = now >= backOffFrom
      let reference = ImageNames.fullyQualified(container.image)
      status.state = ContainerState(
        waiting: ContainerStateWaiting(
          reason: backingOff ? "ImagePullBackOff" : "ErrImagePull",
          message: backingOff
            ? "Back-off pulling image \"\(container.image)\": ErrImagePull: failed to pull and unpack image "
              + "\"\(reference)\": not found"
            : "failed to pull and unpack image \"\(reference)\": failed to resolve reference \"\(reference)\": "
              + "\(reference): not found"))
      status.started = false
    case .configError(let message):
      status.state = ContainerState(
        waiting: ContainerStateWaiting(
          reason: message == "ErrImageNeverPull" ? "ErrImageNeverPull" : "CreateContainerConfigError",
          message: message))
      status.started = false
    case .running(let since):
      status.state = ContainerState(running: ContainerStateRunning(startedAt: since))
      status.containerID = id
      status.imageID = pulled
    case .stopping(let since, _, _):
      status.state = ContainerState(running: ContainerStateRunning(startedAt: since))
      status.containerID = id
      status.imageID = pulled
    case .terminated:
      if let termination = container.termination { status.state = ContainerState(terminated: termination) }
      status.containerID = container.termination?.containerID ?? id
      status.imageID = pulled
    case .crashLoopBackOff:
      status.state = ContainerState(
        waiting: ContainerStateWaiting(
          reason: "CrashLoopBackOff",
          message: "back-off \(container.backOff) restarting failed container=\(container.name) "
            + "pod=\(pod.metadata.name)_\(pod.metadata.namespace)(\(pod.metadata.uid))"))
      if let termination = container.termination { status.lastState = ContainerState(terminated: termination) }
      status.containerID = container.termination?.containerID ?? ""
      status.imageID = pulled
    }
    return status
  }

  /// A condition with the given status, keeping the existing one's transition time while its status holds.
  static func condition(
    in status: PodStatus, _ type: String, _ value: String, reason: String = "", message: String = "", now: Timestamp
  ) -> Condition {
    var condition = Condition(type: type, status: value, reason: reason, message: message)
    let existing = status.conditions[type: type]
    condition.lastTransitionTime = existing?.status == value ? existing?.lastTransitionTime : now
    return condition
  }
}
