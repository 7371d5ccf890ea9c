import KubeModel

extension StatefulSet {
  /// `addStatefulSet`/`updateStatefulSet`: the set syncs when it changes (its pods wake it through
  /// ``PodWatchers``).
  public static func didChange(old: StatefulSet?, new: StatefulSet?, in cluster: inout ClusterState) {
    guard let new else { return }
    cluster.enqueue(.statefulSet, new.key)
  }
}
