import KubeModel

/// The node lifecycle controller (`pkg/controller/nodelifecycle`) with taint-based eviction
/// (`pkg/controller/tainteviction`): a node whose kubelet stops posting status for the grace period becomes
/// Unknown (NotReady), is tainted `node.kubernetes.io/unreachable` (NoSchedule and NoExecute), and its pods are
/// marked not ready; pods are evicted when their toleration of the NoExecute taint runs out (300 s by default). When
/// the kubelet returns, the taints go.
enum NodeLifecycleController: Controller {
  static let id = ControllerID.nodeLifecycle
  /// `--node-monitor-grace-period` (50 s since Kubernetes 1.32).
  static let gracePeriod = SimDuration.seconds(50)
  static let unreachable = "node.kubernetes.io/unreachable"
  static let notReady = "node.kubernetes.io/not-ready"

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard var node = cluster.store.nodes[key] else { return }
    let runtime = cluster.nodeRuntime(node.metadata.name)
    let now = cluster.now
    if let failedAt = runtime.failedAt {
      let unknownAt = failedAt + gracePeriod
      guard now >= unknownAt else {
        cluster.enqueue(.nodeLifecycle, key, at: unknownAt)
        return
      }
      if node.status.conditions[type: "Ready"]?.status != "Unknown" {
        markUnknown(&node, since: now, lastHeartbeat: failedAt)
        node = cluster.write(node)
        cluster.recordEvent(
          node, reason: "NodeNotReady", message: "Node \(node.metadata.name) status is now: NodeNotReady",
          from: .nodeController)
        markPodsNotReady(on: node.metadata.name, in: &cluster)
      }
    } else if node.spec.taints.contains(where: { $0.key == unreachable || $0.key == notReady }),
      node.status.conditions.isTrue("Ready")
    {
      node.spec.taints.removeAll { $0.key == unreachable || $0.key == notReady }
      node = cluster.write(node)
    }
    evictPods(on: node, in: &cluster)
  }

  /// Every condition Unknown ("Kubelet stopped posting node status."), and the unreachable taints.
  static func markUnknown(_ node: inout Node, since now: Timestamp, lastHeartbeat: Timestamp) {
    for index in node.status.conditions.indices {
      node.status.conditions[index].status = "Unknown"
      node.status.conditions[index].reason = "NodeStatusUnknown"
      node.status.conditions[index].message = "Kubelet stopped posting node status."
      node.status.conditions[index].lastTransitionTime = now
      node.status.conditions[index].lastHeartbeatTime = lastHeartbeat
    }
    node.spec.taints.removeAll { $0.key == unreachable || $0.key == notReady }
    node.spec.taints.append(Taint(key: unreachable, effect: "NoSchedule", timeAdded: now))
    node.spec.taints.append(Taint(key: unreachable, effect: "NoExecute", timeAdded: now))
  }

  /// `MarkPodsNotReady`: the pods of a silent node lose their Ready condition.
  static func markPodsNotReady(on node: String, in cluster: inout ClusterState) {
    for key in cluster.store.pods.keys(onNode: node) {
      guard var pod = cluster.store.pods[key],
        let index = pod.status.conditions.firstIndex(where: { $0.type == "Ready" }),
        pod.status.conditions[index].status != "False"
      else { continue }
      pod.status.conditions[index].status = "False"
      pod.status.conditions[index].lastTransitionTime = cluster.now
      cluster.write(pod)
    }
  }

  /// Taint-based eviction: a pod not tolerating a NoExecute taint goes at once; one tolerating it for N seconds goes
  /// N seconds after the taint was added. The controller wakes when the next eviction is due.
  static func evictPods(on node: Node, in cluster: inout ClusterState) {
    let taints = node.spec.taints.filter { $0.effect == "NoExecute" }
    guard !taints.isEmpty else { return }
    var nextEviction: Timestamp?
    for key in cluster.store.pods.keys(onNode: node.metadata.name) {
      guard let pod = cluster.store.pods[key], pod.metadata.deletionTimestamp == nil,
        pod.status.phase != "Succeeded", pod.status.phase != "Failed"
      else { continue }
      guard let evictAt = evictionTime(pod, taints: taints) else { continue }
      if evictAt <= cluster.now {
        cluster.recordEvent(
          pod, reason: "TaintManagerEviction",
          message: "Marking for deletion Pod \(pod.metadata.namespace)/\(pod.metadata.name)",
          from: .taintEvictionController)
        try? cluster.delete(Pod.self, key)
      } else {
        nextEviction = min(nextEviction ?? evictAt, evictAt)
      }
    }
    if let nextEviction { cluster.enqueue(.nodeLifecycle, node.key, at: nextEviction) }
  }

  /// When a pod must leave: now for an untolerated taint, or when its shortest toleration expires; nil if it
  /// tolerates every taint for ever.
  static func evictionTime(_ pod: Pod, taints: [Taint]) -> Timestamp? {
    var earliest: Timestamp?
    for taint in taints {
      let added = taint.timeAdded ?? Timestamp(milliseconds: 0)
      let tolerations = pod.spec.tolerations.filter { $0.tolerates(taint) }
      if tolerations.isEmpty { return added }
      let seconds = tolerations.compactMap(\.tolerationSeconds)
      guard tolerations.allSatisfy({ $0.tolerationSeconds != nil }), let shortest = seconds.min() else { continue }
      let time = added + .seconds(max(0, shortest))
      earliest = min(earliest ?? time, time)
    }
    return earliest
  }
}
