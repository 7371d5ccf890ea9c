import KubeModel

/// `rollingUpdate` (upstream `daemon/update.go`): replaces pods made from older revisions node by node.
///
/// Without surge, old pods are deleted (the manage loop then creates the new ones) while at most `maxUnavailable`
/// nodes (default 1) are without an available pod; an old pod that is not available anyway is replaced at once.
/// With `maxSurge`, a new pod starts beside the old one on up to `maxSurge` nodes, and the old one goes once the
/// new one is available. Only runs while some node still has an old pod.
enum DaemonSetRollingUpdate {
  static func run(_ daemonSet: DaemonSet, hash: String, in cluster: inout ClusterState) {
    guard let placement = cluster.workloadControllers.daemonSets[daemonSet.metadata.uid] else { return }
    let now = cluster.now
    let minReady = daemonSet.spec.minReadySeconds
    let generation = DaemonSetManager.generation(daemonSet)
    // `updatedDesiredNodeCounts`: every node that should run the daemon takes part, with or without pods.
    var nodes = Set(placement.podsByNode.keys)
    for (node, state) in placement.nodes where state.shouldRun { nodes.insert(node) }
    let desired = placement.totals.desired
    let rolling = daemonSet.spec.updateStrategy.rollingUpdate
    var maxUnavailable = (try? (rolling?.maxUnavailable ?? .int(1)).scaledValue(total: desired, roundUp: true)) ?? 1
    let maxSurge = (try? (rolling?.maxSurge ?? .int(0)).scaledValue(total: desired, roundUp: true)) ?? 0
    if desired > 0 && maxUnavailable == 0 && maxSurge == 0 { maxUnavailable = 1 }
    var oldPodsToDelete: [Pod] = []
    var newNodes: [String] = []
    var candidates: [(node: String, pod: Pod)] = []
    var numUnavailable = 0
    var numSurge = 0
    for node in nodes.sorted() {
      let pods = (placement.podsByNode[node] ?? []).compactMap {
        cluster.store.pods[daemonSet.metadata.namespace, $0]
      }
      guard let (newPod, oldPod) = updatedPods(pods, hash: hash, generation: generation) else {
        // Several pods of one kind: the manage loop cleans up; the node counts as unavailable (or surging).
        if maxSurge == 0 { numUnavailable += 1 } else { numSurge += 1 }
        continue
      }
      let shouldRun = placement.nodes[node]?.shouldRun ?? false
      if maxSurge == 0 {
        switch (newPod, oldPod) {
        case (nil, nil), (.some, .some):
          numUnavailable += 1
        case (let new?, nil):
          if !PodReadiness.isAvailable(new, minReadySeconds: minReady, now: now) { numUnavailable += 1 }
        case (nil, let old?):
          if !PodReadiness.isAvailable(old, minReadySeconds: minReady, now: now) {
            oldPodsToDelete.append(old)
          } else if numUnavailable < maxUnavailable {
            candidates.append((node, old))
          }
        }
      } else {
        switch (newPod, oldPod) {
        case (_, nil):
          break
        case (nil, let old?):
          if !PodReadiness.isAvailable(old, minReadySeconds: minReady, now: now) {
            if shouldRun { newNodes.append(node) } else { oldPodsToDelete.append(old) }
          } else if shouldRun && numSurge < maxSurge {
            candidates.append((node, old))
          }
        case (let new?, let old?):
          if PodReadiness.isAvailable(new, minReadySeconds: minReady, now: now) {
            oldPodsToDelete.append(old)
          } else {
            numSurge += 1
          }
        }
      }
    }
    var plan = DaemonSetPlan()
    if maxSurge == 0 {
      let remaining = max(0, min(maxUnavailable - numUnavailable, candidates.count))
      plan.podsToDelete = oldPodsToDelete + candidates.prefix(remaining).map(\.pod)
    } else {
      let remaining = max(0, min(maxSurge - numSurge, candidates.count))
      plan.podsToDelete = oldPodsToDelete
      plan.nodesNeedingPods = newNodes + candidates.prefix(remaining).map(\.node)
    }
    guard plan.hasWork else { return }
    DaemonSetManager.syncNodes(plan, daemonSet, hash: hash, in: &cluster)
  }

  /// `findUpdatedPodsOnNode`: the node's one current and one old pod (either may be missing), ignoring pods being
  /// deleted; nil when there are several of a kind.
  static func updatedPods(_ pods: [Pod], hash: String, generation: String?) -> (Pod?, Pod?)? {
    var newPod: Pod?
    var oldPod: Pod?
    for pod in pods where pod.metadata.deletionTimestamp == nil {
      if DaemonPods.isUpdated(pod, hash: hash, generation: generation) {
        if newPod != nil { return nil }
        newPod = pod
      } else {
        if oldPod != nil { return nil }
        oldPod = pod
      }
    }
    return (newPod, oldPod)
  }
}
