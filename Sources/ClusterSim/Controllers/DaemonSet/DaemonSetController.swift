import KubeModel

/// The DaemonSet controller (`pkg/controller/daemon/daemon_controller.go`, `update.go`): one pod on every node
/// the DaemonSet's pods may run on — following nodes as they join, leave, change labels or taints, or fail —
/// replacing failed pods, and rolling a new template out with RollingUpdate (maxUnavailable, maxSurge) or leaving it
/// to pod deletions with OnDelete. Each template is recorded in a ControllerRevision.
enum DaemonSetController: Controller {
  static let id = ControllerID.daemonSet
  /// Upstream `BurstReplicas`: the most pods created or deleted in one sync.
  static let burstReplicas = 250

  /// `syncDaemonSet`.
  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard let daemonSet = cluster.store.daemonSets[key], !daemonSet.metadata.isBeingDeleted else { return }
    let uid = daemonSet.metadata.uid
    let revision = ControllerHistory.current(
      for: daemonSet, template: daemonSet.spec.template, collisionCount: daemonSet.status.collisionCount,
      in: &cluster)
    let hash = revision.metadata.labels[ControllerHistory.hashLabel] ?? revision.metadata.name
    var placement: DaemonSetPlacement
    var nodes: [String]
    if let known = cluster.workloadControllers.daemonSets[uid], known.generation == daemonSet.metadata.generation,
      known.hash == hash
    {
      placement = known
      let due = placement.availabilityDue.filter { $0.value <= cluster.now }.map(\.key)
      nodes = Array(placement.dirty.union(due)).sorted()
    } else {
      placement = rebuild(daemonSet, hash: hash, in: cluster)
      nodes = cluster.store.nodes.keys().map(\.name)
      nodes = Array(Set(nodes).union(placement.podsByNode.keys)).sorted()
    }
    placement.dirty = []
    var plan = DaemonSetPlan()
    for node in nodes { DaemonSetManager.examine(node, daemonSet, &placement, &plan, in: &cluster) }
    cluster.workloadControllers.daemonSets[uid] = placement
    if plan.hasWork {
      DaemonSetManager.syncNodes(plan, daemonSet, hash: hash, in: &cluster)
    } else if daemonSet.spec.updateStrategy.type == "RollingUpdate" && placement.totals.nodesWithOldPods > 0 {
      DaemonSetRollingUpdate.run(daemonSet, hash: hash, in: &cluster)
    }
    updateStatus(key, hash: hash, in: &cluster)
    let limit = daemonSet.spec.revisionHistoryLimit ?? 10
    if cluster.store.controllerRevisions.dependentKeys(ofOwnerUID: uid).count > limit + 1 {
      let pods = cluster.store.pods.dependents(ofOwnerUID: uid)
      let live = Set(pods.compactMap { $0.metadata.labels[ControllerHistory.hashLabel] })
      ControllerHistory.cleanUp(ownedBy: uid, current: revision, limit: limit, liveHashes: live, in: &cluster)
    }
  }

  /// A fresh placement from the store: the DaemonSet's pods by node (from the owner index).
  static func rebuild(_ daemonSet: DaemonSet, hash: String, in cluster: ClusterState) -> DaemonSetPlacement {
    var placement = DaemonSetPlacement(generation: daemonSet.metadata.generation, hash: hash)
    let uid = daemonSet.metadata.uid
    for pod in cluster.store.pods.dependents(ofOwnerUID: uid) where pod.metadata.controllerReference?.uid == uid {
      if let node = DaemonPods.targetNode(of: pod) { placement.addPod(pod.metadata.name, node: node) }
    }
    return placement
  }

  /// `updateDaemonSetStatus`, from the placement's totals.
  static func updateStatus(_ key: ObjectKey, hash: String, in cluster: inout ClusterState) {
    guard var daemonSet = cluster.store.daemonSets[key],
      let totals = cluster.workloadControllers.daemonSets[daemonSet.metadata.uid]?.totals
    else { return }
    daemonSet.status.desiredNumberScheduled = totals.desired
    daemonSet.status.currentNumberScheduled = totals.current
    daemonSet.status.numberMisscheduled = totals.misscheduled
    daemonSet.status.numberReady = totals.ready
    daemonSet.status.numberAvailable = totals.available
    daemonSet.status.updatedNumberScheduled = totals.updated
    daemonSet.status.numberUnavailable = max(0, totals.desired - totals.available)
    daemonSet.status.observedGeneration = daemonSet.metadata.generation
    cluster.write(daemonSet)
  }
}
