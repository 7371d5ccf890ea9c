import KubeModel

/// Node admission (the kubelet's registration fills the status) and the informer handlers for nodes.
enum NodeWatchers {
  static func nodeChanged(old: Node?, new: Node?, in cluster: inout ClusterState) {
    Scheduler.nodeChanged(old: old, new: new, in: &cluster)
    ServiceWatchers.nodeChanged(old: old, new: new, in: &cluster)
    DaemonSetWatchers.nodeChanged(old: old, new: new, in: &cluster)
    if let new, old == nil { cluster.enqueue(.kubelet, new.key) }
    if let new { cluster.enqueue(.nodeLifecycle, new.key) }
    if new == nil, let old {
      // The pod garbage collector deletes the pods of a node that no longer exists.
      for key in cluster.store.pods.keys(onNode: old.metadata.name) { cluster.remove(Pod.self, key) }
      cluster.nodeRuntimes[old.metadata.name] = nil
    }
  }
}

extension Node {
  public static func admit(_ node: inout Node, old: Node?, in cluster: inout ClusterState) throws(APIError) {
    if old == nil { NodeRegistration.register(&node, in: &cluster) }
  }

  public static func didChange(old: Node?, new: Node?, in cluster: inout ClusterState) {
    NodeWatchers.nodeChanged(old: old, new: new, in: &cluster)
  }
}

/// The informer handlers of ConfigMaps and Secrets: pods waiting for one try again when it appears or changes.
enum ConfigWatchers {
  static func changed(namespace: String, in cluster: inout ClusterState) {
    guard let waiting = cluster.podsWaitingForConfig.removeValue(forKey: namespace) else { return }
    for name in waiting.sorted() { cluster.enqueue(.kubelet, ObjectKey(namespace: namespace, name: name)) }
  }
}

extension ConfigMap {
  public static func didChange(old: ConfigMap?, new: ConfigMap?, in cluster: inout ClusterState) {
    ConfigWatchers.changed(namespace: (new ?? old!).metadata.namespace, in: &cluster)
  }
}

extension Secret {
  public static func didChange(old: Secret?, new: Secret?, in cluster: inout ClusterState) {
    ConfigWatchers.changed(namespace: (new ?? old!).metadata.namespace, in: &cluster)
  }
}
