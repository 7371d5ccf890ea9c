import KubeModel

/// The DaemonSet controller's informer handlers: DaemonSet changes, and the pod and node changes that concern a
/// DaemonSet, noted per node so the next sync looks only at the nodes that changed.
enum DaemonSetWatchers {
  /// `addPod`/`updatePod`/`deletePod`: the pod moves in its DaemonSet's by-node record and its node is looked at
  /// again (the owner itself is queued by ``PodWatchers``).
  static func podChanged(old: Pod?, new: Pod?, in cluster: inout ClusterState) {
    guard let owner = (new ?? old)?.metadata.controllerReference, owner.kind == "DaemonSet",
      cluster.workloadControllers.daemonSets[owner.uid] != nil
    else { return }
    if let old, let node = DaemonPods.targetNode(of: old) {
      cluster.workloadControllers.daemonSets[owner.uid]?.removePod(old.metadata.name, node: node)
      cluster.workloadControllers.daemonSets[owner.uid]?.dirty.insert(node)
    }
    if let new, new.metadata.controllerReference?.uid == owner.uid, let node = DaemonPods.targetNode(of: new) {
      cluster.workloadControllers.daemonSets[owner.uid]?.addPod(new.metadata.name, node: node)
      cluster.workloadControllers.daemonSets[owner.uid]?.dirty.insert(node)
    }
  }

  /// `addNode` queues the DaemonSets that should run there; `updateNode` (labels or taints changed) those whose
  /// verdict for the node changed; a deleted node is dropped from every DaemonSet that knew it.
  static func nodeChanged(old: Node?, new: Node?, in cluster: inout ClusterState) {
    let name = (new ?? old)!.metadata.name
    if let old, let new, old.metadata.labels == new.metadata.labels, old.spec.taints == new.spec.taints { return }
    for daemonSet in cluster.store.daemonSets.list() {
      let uid = daemonSet.metadata.uid
      let concerned: Bool
      switch (old, new) {
      case (nil, let new?):
        concerned = DaemonPods.verdict(new, for: daemonSet).shouldRun
      case (let old?, let new?):
        concerned = DaemonPods.verdict(old, for: daemonSet) != DaemonPods.verdict(new, for: daemonSet)
      default:
        concerned = cluster.workloadControllers.daemonSets[uid]?.nodes[name] != nil
      }
      guard concerned else { continue }
      cluster.workloadControllers.daemonSets[uid]?.dirty.insert(name)
      cluster.enqueue(.daemonSet, daemonSet.key)
    }
  }
}

extension DaemonSet {
  /// The DaemonSet strategy's template generation: `deprecated.daemonset.template.generation` is 1 on creation and
  /// goes up by one with each template change.
  public static func admit(
    _ daemonSet: inout DaemonSet, old: DaemonSet?, in cluster: inout ClusterState
  )
    throws(APIError)
  {
    let key = DaemonPods.templateGenerationAnnotation
    guard let old else {
      daemonSet.metadata.annotations[key] = "1"
      return
    }
    let previous = Int(old.metadata.annotations[key] ?? "") ?? old.metadata.generation
    daemonSet.metadata.annotations[key] = String(
      old.spec.template != daemonSet.spec.template ? previous + 1 : previous)
  }

  /// `addDaemonset`/`updateDaemonset`/`deleteDaemonset`.
  public static func didChange(old: DaemonSet?, new: DaemonSet?, in cluster: inout ClusterState) {
    guard let new else {
      if let old { cluster.workloadControllers.daemonSets[old.metadata.uid] = nil }
      return
    }
    cluster.enqueue(.daemonSet, new.key)
  }
}
