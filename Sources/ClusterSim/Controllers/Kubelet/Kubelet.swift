import KubeModel

/// The kubelets of every node, as one controller (`pkg/kubelet`): they start a bound pod's containers — pull,
/// create, start, probe, restart with back-off — report the pod's status, and stop it gracefully when it is
/// deleted. A failed node's kubelet does nothing until the node recovers.
///
/// The queue key is a pod key, or a node (empty namespace) to resync every pod on it.
enum Kubelet: Controller {
  static let id = ControllerID.kubelet

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    if key.namespace.isEmpty {
      guard let node = cluster.store.nodes[key], !cluster.nodeRuntime(key.name).isFailed else { return }
      if cluster.nodeRuntimes[key.name] == nil {
        // The kubelet's first start on this node.
        cluster.nodeRuntimes[key.name] = NodeRuntime(runningSince: cluster.now)
        cluster.recordEvent(node, reason: "Starting", message: "Starting kubelet.", from: .kubelet(key.name))
        cluster.recordEvent(
          node, reason: "NodeReady", message: "Node \(key.name) status is now: NodeReady", from: .kubelet(key.name))
        cluster.recordEvent(
          node, reason: "RegisteredNode", message: "Node \(key.name) event: Registered Node \(key.name) in Controller",
          from: .nodeController)
      }
      if !node.status.conditions.isTrue("Ready") {
        // Back from a failure: the kubelet posts a healthy status again.
        var recovered = node
        recovered.status.conditions = NodeConditions.healthy(at: cluster.now)
        cluster.write(recovered)
        cluster.recordEvent(
          node, reason: "NodeReady", message: "Node \(key.name) status is now: NodeReady", from: .kubelet(key.name))
      }
      StaticPods.install(on: node, in: &cluster)
      for podKey in cluster.store.pods.keys(onNode: key.name) { cluster.enqueue(.kubelet, podKey) }
      return
    }
    guard let pod = cluster.store.pods[key], !pod.spec.nodeName.isEmpty,
      cluster.store.nodes.contains(ObjectKey(namespace: "", name: pod.spec.nodeName)),
      !cluster.nodeRuntime(pod.spec.nodeName).isFailed
    else { return }
    if cluster.podRuntimes[pod.metadata.uid] == nil, pod.metadata.deletionTimestamp == nil,
      !ConfigVolumes.mount(pod, in: &cluster)
    {
      return
    }
    if pod.metadata.deletionTimestamp != nil, StaticPods.isMirror(pod) {
      StaticPods.recreateMirror(pod, in: &cluster)
      return
    }
    var runtime = cluster.podRuntimes[pod.metadata.uid] ?? start(pod, in: &cluster)
    if pod.metadata.deletionTimestamp != nil {
      if KubeletTermination.advance(pod, &runtime, in: &cluster) {
        KubeletTermination.finish(pod, runtime, in: &cluster)
        return
      }
    } else {
      handleCrashRequests(pod, &runtime, in: &cluster)
      KubeletContainers.advance(pod, &runtime, in: &cluster)
    }
    cluster.podRuntimes[pod.metadata.uid] = runtime
    guard let current = cluster.store.pods[key] else { return }
    var updated = current
    updated.status = KubeletStatus.status(for: current, runtime, in: cluster)
    cluster.write(updated)
    if let next = nextWakeup(pod: updated, runtime, now: cluster.now) {
      cluster.enqueue(.kubelet, key, at: next)
    }
  }

  /// The kubelet's first look at a pod: an IP from the node's range, the pod's start time, and each container's
  /// behaviour resolved.
  static func start(_ pod: Pod, in cluster: inout ClusterState) -> PodRuntime {
    // Host-network pods (the control plane's static pods) share the node's address.
    let nodeIP = cluster.store.nodes["", pod.spec.nodeName]?.status.addresses.first { $0.type == "InternalIP" }?.address
    let ip = pod.spec.hostNetwork == true ? nodeIP ?? "" : cluster.allocatePodIP(onNode: pod.spec.nodeName)
    var containers: [ContainerRuntime] = []
    for container in pod.spec.initContainers {
      containers.append(runtime(for: container, isInit: true, pod: pod, in: &cluster))
    }
    for container in pod.spec.containers {
      containers.append(runtime(for: container, isInit: false, pod: pod, in: &cluster))
    }
    // A pod that waited for its volumes keeps the start time of the kubelet's first sight of it.
    return PodRuntime(
      uid: pod.metadata.uid, node: pod.spec.nodeName, ip: ip, startTime: pod.status.startTime ?? cluster.now,
      containers: containers)
  }

  static func runtime(
    for container: Container, isInit: Bool, pod: Pod, in cluster: inout ClusterState
  )
    -> ContainerRuntime
  {
    let behavior = BehaviorResolver.resolve(container, pod: pod, in: &cluster)
    return ContainerRuntime(
      name: container.name, image: container.image, isInit: isInit,
      isSidecar: isInit && container.restartPolicy == "Always", behavior: behavior)
  }

  /// `crash pod/NAME`: the running container exits now with the requested code.
  static func handleCrashRequests(_ pod: Pod, _ runtime: inout PodRuntime, in cluster: inout ClusterState) {
    let requests = cluster.crashRequests.filter { $0.pod == pod.key }
    guard !requests.isEmpty else { return }
    cluster.crashRequests.removeAll { $0.pod == pod.key }
    for request in requests {
      guard let index = runtime.containers.firstIndex(where: { $0.name == request.container }),
        case .running(let since) = runtime.containers[index].stage
      else { continue }
      KubeletContainers.terminate(
        pod, &runtime.containers[index], startedAt: since, exitCode: request.exitCode, reason: "Error",
        in: &cluster)
    }
  }

  /// The next moment anything about the pod changes.
  static func nextWakeup(pod: Pod, _ runtime: PodRuntime, now: Timestamp) -> Timestamp? {
    var times: [Timestamp] = []
    for container in runtime.containers {
      switch container.stage {
      case .pulling(let until), .creating(let until), .crashLoopBackOff(let until): times.append(until)
      case .pullFailed(let backOffFrom, let retryAt): times += [backOffFrom, retryAt]
      case .stopping(_, let exitAt, _): times.append(exitAt)
      case .terminated(let restartAt): if let restartAt { times.append(restartAt) }
      case .running(let since):
        guard let spec = KubeletContainers.spec(of: container, in: pod) else { continue }
        let course = ContainerCourse(
          container: spec, behavior: container.behavior, since: since,
          memoryLimit: spec.resources.limits["memory"]?.value)
        if let change = course.nextChange(after: now) { times.append(change) }
      case .waiting, .configError:
        break
      }
    }
    if let deletion = pod.metadata.deletionTimestamp { times.append(deletion) }
    return times.filter { $0 > now }.min()
  }
}
