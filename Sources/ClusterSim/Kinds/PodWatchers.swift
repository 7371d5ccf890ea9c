import KubeModel

/// The informer event handlers for pods: which controllers hear about a pod change.
enum PodWatchers {
  static func podChanged(old: Pod?, new: Pod?, in cluster: inout ClusterState) {
    let pod = new ?? old!
    cluster.countPodChange(old: old, new: new)
    DaemonSetWatchers.podChanged(old: old, new: new, in: &cluster)
    StorageWatchers.podChanged(old: old, new: new, in: &cluster)
    notifyOwners(old: old, new: new, in: &cluster)
    notifyKubelet(old: old, new: new, in: &cluster)
    Scheduler.podChanged(old: old, new: new, in: &cluster)
    ServiceWatchers.podChanged(old: old, new: new, in: &cluster)
    if new == nil, let namespace = cluster.store.namespaces["", pod.metadata.namespace],
      namespace.metadata.isBeingDeleted
    {
      cluster.enqueue(.namespace, namespace.key)
    }
  }

  /// The owning controller syncs on every change of its pods (`addPod`/`updatePod`/`deletePod` handlers); an orphan
  /// wakes the sets in its namespace that could adopt it; a pod whose labels changed makes its owner re-check.
  static func notifyOwners(old: Pod?, new: Pod?, in cluster: inout ClusterState) {
    let oldOwner = old?.metadata.controllerReference
    let newOwner = new?.metadata.controllerReference
    if let old, let new, !concernsOwner(old, new) { return }
    for owner in [oldOwner, newOwner].compactMap({ $0 }) where owner.uid != oldOwner?.uid || owner == oldOwner {
      enqueueOwner(owner, namespace: (new ?? old!).metadata.namespace, in: &cluster)
    }
    if let new, let owner = newOwner, let old, old.metadata.labels != new.metadata.labels {
      cluster.ownersToRecheck.insert(owner.uid)
    }
    if let new, newOwner == nil, PodReadiness.isActive(new),
      old == nil || old?.metadata.labels != new.metadata.labels || old?.metadata.controllerReference != nil
    {
      for replicaSet in cluster.store.replicaSets.list(namespace: new.metadata.namespace)
      where (try? replicaSet.spec.selector?.asSelector())??.matches(new.metadata.labels) == true {
        cluster.enqueue(.replicaSet, replicaSet.key)
      }
      for controller in cluster.store.replicationControllers.list(namespace: new.metadata.namespace)
      where !controller.spec.selector.isEmpty
        && controller.spec.selector.allSatisfy({ new.metadata.labels[$0.key] == $0.value })
      {
        cluster.enqueue(.replicationController, controller.key)
      }
    }
    // Recreate waits for old pods to be gone, so the Deployment hears when one disappears (`deletePod`).
    if new == nil, let owner = oldOwner, owner.kind == "ReplicaSet",
      let replicaSet = cluster.store.replicaSets.object(withUID: owner.uid),
      let deploymentOwner = replicaSet.metadata.controllerReference,
      let deployment = cluster.store.deployments.object(withUID: deploymentOwner.uid),
      deployment.spec.strategy.type == "Recreate"
    {
      cluster.enqueue(.deployment, deployment.key)
    }
  }

  /// The kubelet of the pod's node acts on a newly bound pod, a spec change and a deletion; its own status writes
  /// do not wake it again. A removed pod's kubelet state and address are freed.
  static func notifyKubelet(old: Pod?, new: Pod?, in cluster: inout ClusterState) {
    guard let new else {
      if let old, let runtime = cluster.podRuntimes.removeValue(forKey: old.metadata.uid), old.spec.hostNetwork != true
      {
        cluster.releasePodIP(runtime.ip, onNode: runtime.node)
      }
      return
    }
    guard !new.spec.nodeName.isEmpty else { return }
    if let old, old.spec == new.spec, old.metadata.deletionTimestamp == new.metadata.deletionTimestamp {
      return
    }
    cluster.enqueue(.kubelet, new.key)
  }

  /// Whether an update matters to the pod's controller: what it counts (phase, readiness, deletion) or how it
  /// finds the pod (labels, owners, node). A kubelet's status write that changes neither — the pod still
  /// ContainerCreating, a restart count — wakes no one.
  static func concernsOwner(_ old: Pod, _ new: Pod) -> Bool {
    old.status.phase != new.status.phase || PodReadiness.isReady(old) != PodReadiness.isReady(new)
      || old.metadata.deletionTimestamp != new.metadata.deletionTimestamp || old.metadata.labels != new.metadata.labels
      || old.metadata.ownerReferences != new.metadata.ownerReferences || old.spec.nodeName != new.spec.nodeName
      || old.status.conditions[type: "Ready"]?.lastTransitionTime
        != new.status.conditions[type: "Ready"]?.lastTransitionTime
      || old.status.containerStatuses.map(\.restartCount) != new.status.containerStatuses.map(\.restartCount)
  }

  static func enqueueOwner(_ owner: OwnerReference, namespace: String, in cluster: inout ClusterState) {
    switch owner.kind {
    case "ReplicaSet":
      if let key = cluster.store.replicaSets.key(forUID: owner.uid) { cluster.enqueue(.replicaSet, key) }
    case "ReplicationController":
      if let key = cluster.store.replicationControllers.key(forUID: owner.uid) {
        cluster.enqueue(.replicationController, key)
      }
    case "Job":
      if let key = cluster.store.jobs.key(forUID: owner.uid) { cluster.enqueue(.job, key) }
    case "DaemonSet":
      if let key = cluster.store.daemonSets.key(forUID: owner.uid) { cluster.enqueue(.daemonSet, key) }
    case "StatefulSet":
      if let key = cluster.store.statefulSets.key(forUID: owner.uid) { cluster.enqueue(.statefulSet, key) }
    default:
      break
    }
  }
}
