import KubeModel

/// `rollingUpdate` (upstream `daemon/update.go`): replaces pods made from older revisions node by node.
///
/// Without surge, old pods are deleted (the manage loop then creates the new ones) while at most `maxUnavailable`
/// nodes (default 1) are without an available pod; an old pod that is not available anyway is replaced at once.
/// With `maxSurge`, a new pod starts beside the old one on up to `maxSurge` nodes, and the old one goes once the
/// new one is available. Only runs while some node still has an old pod, and works from the placement's per-node
/// states, reading from the store only the pods it deletes.
enum DaemonSetRollingUpdate {
  static func run(_ daemonSet: DaemonSet, hash: String, in cluster: inout ClusterState) {
    guard let placement = cluster.workloadControllers.daemonSets[daemonSet.metadata.uid] else { return }
    // `updatedDesiredNodeCounts`: every node that should run the daemon takes part, with or without pods.
    let desired = placement.totals.desired
    let rolling = daemonSet.spec.updateStrategy.rollingUpdate
    var maxUnavailable = (try? (rolling?.maxUnavailable ?? .int(1)).scaledValue(total: desired, roundUp: true)) ?? 1
    let maxSurge = (try? (rolling?.maxSurge ?? .int(0)).scaledValue(total: desired, roundUp: true)) ?? 0
    if desired > 0 && maxUnavailable == 0 && maxSurge == 0 { maxUnavailable = 1 }
    var oldPodsToDelete: [String] = []
    var newNodes: [String] = []
    var candidates: [(node: String, pod: String)] = []
    var numUnavailable = 0
    var numSurge = 0
    for (node, state) in placement.nodes where state.shouldRun || placement.podsByNode[node] != nil {
      // `findUpdatedPodsOnNode` finding several pods of a kind: the manage loop cleans up.
      guard state.newPods <= 1 && state.oldPods <= 1 else {
        if maxSurge == 0 { numUnavailable += 1 } else { numSurge += 1 }
        continue
      }
      let hasNew = state.newPods == 1
      let oldPod = state.oldPods == 1 ? state.oldPod : nil
      if maxSurge == 0 {
        if let oldPod, !hasNew {
          if !state.oldAvailable {
            oldPodsToDelete.append(oldPod)
          } else {
            candidates.append((node, oldPod))
          }
        } else if !hasNew || oldPod != nil || !state.newAvailable {
          numUnavailable += 1
        }
      } else if let oldPod {
        if !hasNew {
          if !state.oldAvailable {
            if state.shouldRun { newNodes.append(node) } else { oldPodsToDelete.append(oldPod) }
          } else if state.shouldRun {
            candidates.append((node, oldPod))
          }
        } else if state.newAvailable {
          oldPodsToDelete.append(oldPod)
        } else {
          numSurge += 1
        }
      }
    }
    // Upstream walks its nodes in map order; any order is faithful, and sorted is deterministic.
    candidates.sort { $0.node < $1.node }
    oldPodsToDelete.sort()
    newNodes.sort()
    var plan = DaemonSetPlan()
    let namespace = daemonSet.metadata.namespace
    func pods(_ names: [String]) -> [Pod] { names.compactMap { cluster.store.pods[namespace, $0] } }
    if maxSurge == 0 {
      let remaining = max(0, min(maxUnavailable - numUnavailable, candidates.count))
      plan.podsToDelete = pods(oldPodsToDelete + candidates.prefix(remaining).map(\.pod))
    } else {
      let remaining = max(0, min(maxSurge - numSurge, candidates.count))
      plan.podsToDelete = pods(oldPodsToDelete)
      plan.nodesNeedingPods = newNodes + candidates.prefix(remaining).map(\.node)
    }
    guard plan.hasWork else { return }
    DaemonSetManager.syncNodes(plan, daemonSet, hash: hash, in: &cluster)
  }
}
