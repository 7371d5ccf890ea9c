import KubeModel

/// The kubelet's volume manager for ConfigMap and Secret volumes (`pkg/volume/configmap`, `pkg/volume/secret`):
/// before a pod's sandbox and containers start, every such volume must be mounted. A missing (non-optional)
/// ConfigMap or Secret, or a missing key listed under `items`, keeps the pod in ContainerCreating with a
/// `FailedMount` event, retried with back-off (0.5 s doubling to about 2 minutes) and at once when a ConfigMap or
/// Secret of the namespace appears or changes.
enum ConfigVolumes {
  static let maximumBackOff = SimDuration.seconds(122)

  /// Whether every ConfigMap and Secret volume of the pod can be mounted; if not, reports it and schedules a
  /// retry, and the kubelet must not start the pod yet.
  static func mount(_ pod: Pod, in cluster: inout ClusterState) -> Bool {
    guard let problem = firstProblem(pod, in: cluster) else {
      cluster.podConfig.mountRetries[pod.metadata.uid] = nil
      return true
    }
    let uid = pod.metadata.uid
    var retry = cluster.podConfig.mountRetries[uid] ?? MountRetry(attempts: 0, firstFailure: cluster.now)
    retry.attempts += 1
    cluster.podConfig.mountRetries[uid] = retry
    cluster.recordEvent(
      pod, type: "Warning", reason: "FailedMount",
      message: "MountVolume.SetUp failed for volume \"\(problem.volume)\" : \(problem.message)",
      from: .kubelet(pod.spec.nodeName))
    cluster.podsWaitingForConfig[pod.metadata.namespace, default: []].insert(pod.metadata.name)
    let delay = min(maximumBackOff, SimDuration.milliseconds(500 * Int64(1 << min(retry.attempts - 1, 8))))
    cluster.enqueue(.kubelet, pod.key, after: delay)
    writeWaitingStatus(pod, in: &cluster)
    return false
  }

  struct Problem {
    var volume: String
    var message: String
  }

  static func firstProblem(_ pod: Pod, in cluster: ClusterState) -> Problem? {
    let namespace = pod.metadata.namespace
    for volume in pod.spec.volumes {
      if let source = volume.configMap, source.optional != true {
        guard let configMap = cluster.store.configMaps[namespace, source.name] else {
          return Problem(volume: volume.name, message: "configmap \"\(source.name)\" not found")
        }
        for item in source.items where configMap.data[item.key] == nil && configMap.binaryData[item.key] == nil {
          return Problem(volume: volume.name, message: "configmap references non-existent config key: \(item.key)")
        }
      }
      if let source = volume.secret, source.optional != true {
        guard let secret = cluster.store.secrets[namespace, source.secretName] else {
          return Problem(volume: volume.name, message: "secret \"\(source.secretName)\" not found")
        }
        for item in source.items where secret.data[item.key] == nil {
          return Problem(volume: volume.name, message: "references non-existent secret key: \(item.key)")
        }
      }
    }
    return nil
  }

  /// The status of a pod whose sandbox is not up yet: Pending, containers waiting in ContainerCreating.
  static func writeWaitingStatus(_ pod: Pod, in cluster: inout ClusterState) {
    var updated = pod
    var status = pod.status
    status.phase = "Pending"
    let hostIP =
      cluster.store.nodes["", pod.spec.nodeName]?.status.addresses.first { $0.type == "InternalIP" }?.address ?? ""
    status.hostIP = hostIP
    status.hostIPs = hostIP.isEmpty ? [] : [PodIP(ip: hostIP)]
    if status.startTime == nil { status.startTime = cluster.now }
    status.qosClass = pod.spec.qosClass
    let waiting = pod.spec.initContainers.isEmpty ? "ContainerCreating" : "PodInitializing"
    status.initContainerStatuses = pod.spec.initContainers.map { container in
      var entry = ContainerStatus(name: container.name, image: container.image)
      entry.state = ContainerState(waiting: ContainerStateWaiting(reason: "PodInitializing"))
      entry.started = false
      return entry
    }
    status.containerStatuses = pod.spec.containers.map { container in
      var entry = ContainerStatus(name: container.name, image: container.image)
      entry.state = ContainerState(waiting: ContainerStateWaiting(reason: waiting))
      entry.started = false
      return entry
    }
    let names = pod.spec.containers.map(\.name).joined(separator: " ")
    let now = cluster.now
    let initialized = pod.spec.initContainers.isEmpty
    let incomplete = pod.spec.initContainers.map(\.name).joined(separator: " ")
    let message = "containers with unready status: [\(names)]"
    var conditions = [
      KubeletStatus.condition(in: status, "PodReadyToStartContainers", "False", now: now),
      KubeletStatus.condition(
        in: status, "Initialized", initialized ? "True" : "False",
        reason: initialized ? "" : "ContainersNotInitialized",
        message: initialized ? "" : "containers with incomplete status: [\(incomplete)]", now: now),
      KubeletStatus.condition(
        in: status, "Ready", "False", reason: "ContainersNotReady", message: message, now: now),
      KubeletStatus.condition(
        in: status, "ContainersReady", "False", reason: "ContainersNotReady", message: message, now: now),
    ]
    let kubeletOwned: Set<String> = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady"]
    conditions += status.conditions.filter { !kubeletOwned.contains($0.type) }
    status.conditions = conditions
    updated.status = status
    cluster.write(updated)
  }
}
