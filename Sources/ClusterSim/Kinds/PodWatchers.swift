import KubeModel

/// The informer event handlers for pods: which controllers hear about a pod change.
enum PodWatchers {
  static func podChanged(old: Pod?, new: Pod?, in cluster: inout ClusterState) {
    let pod = new ?? old!
    Scheduler.podChanged(old: old, new: new, in: &cluster)
    if new == nil, let namespace = cluster.store.namespaces["", pod.metadata.namespace],
      namespace.metadata.isBeingDeleted
    {
      cluster.enqueue(.namespace, namespace.key)
    }
  }
}
