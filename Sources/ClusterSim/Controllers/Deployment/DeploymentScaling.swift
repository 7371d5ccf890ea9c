import KubeModel

/// Scaling a Deployment while (or without) rolling out (upstream `sync.go`: `sync`, `scale`, `isScalingEvent`):
/// when `replicas` changes mid-rollout, every active ReplicaSet grows or shrinks in proportion to its size.
enum DeploymentScaling {
  /// Whether `replicas` changed since the active ReplicaSets were last scaled (their desired-replicas annotation).
  static func isScalingEvent(_ deployment: Deployment, _ replicaSets: [ReplicaSet]) -> Bool {
    let replicas = deployment.spec.replicas ?? 1
    return DeploymentUtil.active(replicaSets).contains { replicaSet in
      guard
        let desired = replicaSet.metadata.annotations[DeploymentRevisions.desiredReplicasAnnotation].flatMap(Int.init)
      else { return false }
      return desired != replicas
    }
  }

  /// `sync`: scale, clean up while paused, and report status (no rollout progress is judged here).
  static func sync(_ deployment: Deployment, _ replicaSets: [ReplicaSet], in cluster: inout ClusterState) {
    let (deployment, newSet, old) = DeploymentReplicaSets.newAndOld(
      deployment, replicaSets, create: false, in: &cluster)
    scale(deployment, new: newSet, old: old, in: &cluster)
    let refreshed = DeploymentRevisions.replicaSets(of: deployment, in: cluster)
    let current = refreshed.filter { $0.metadata.uid != newSet?.metadata.uid }
    let currentNew = refreshed.first { $0.metadata.uid == newSet?.metadata.uid }
    if deployment.spec.paused { DeploymentReplicaSets.cleanup(deployment, old: current, in: &cluster) }
    DeploymentProgress.syncStatus(deployment, all: refreshed, new: currentNew, in: &cluster)
  }

  /// `scale`: the one active (or newest) ReplicaSet takes every replica; a saturated new ReplicaSet leaves the
  /// old ones at zero; otherwise a rolling Deployment spreads the change proportionally.
  static func scale(_ deployment: Deployment, new: ReplicaSet?, old: [ReplicaSet], in cluster: inout ClusterState) {
    let replicas = deployment.spec.replicas ?? 1
    if let single = activeOrLatest(new: new, old: old) {
      if (single.spec.replicas ?? 0) != replicas {
        DeploymentController.scale(single, to: replicas, for: deployment, in: &cluster)
      }
      return
    }
    if let new, isSaturated(deployment, new) {
      for replicaSet in DeploymentUtil.active(old) {
        DeploymentController.scale(replicaSet, to: 0, for: deployment, in: &cluster)
      }
      return
    }
    guard deployment.spec.strategy.type == "RollingUpdate" else { return }
    var active = DeploymentUtil.active(old + (new.map { [$0] } ?? []))
    let allowed = replicas > 0 ? replicas + DeploymentUtil.maxSurge(deployment) : 0
    let toAdd = allowed - DeploymentUtil.specReplicas(active)
    let operation: String?
    if toAdd > 0 {
      active.sort { bySize($0, $1, newerFirst: true) }
      operation = "up"
    } else if toAdd < 0 {
      active.sort { bySize($0, $1, newerFirst: false) }
      operation = "down"
    } else {
      operation = nil
    }
    var sizes = active.map { $0.spec.replicas ?? 0 }
    var added = 0
    if toAdd != 0 {
      for index in active.indices {
        let proportion = self.proportion(active[index], deployment, toAdd: toAdd, added: added)
        sizes[index] += proportion
        added += proportion
      }
      if !active.isEmpty { sizes[0] = max(0, sizes[0] + toAdd - added) }
    }
    for index in active.indices {
      DeploymentController.scale(active[index], to: sizes[index], for: deployment, in: &cluster, operation: operation)
    }
  }

  /// The only ReplicaSet with replicas, or the newest when none has any (`FindActiveOrLatest`); nil when several
  /// are active.
  static func activeOrLatest(new: ReplicaSet?, old: [ReplicaSet]) -> ReplicaSet? {
    let all = DeploymentUtil.byCreation(old + (new.map { [$0] } ?? []))
    let active = DeploymentUtil.active(all)
    switch active.count {
    case 0: return new ?? all.last
    case 1: return active[0]
    default: return nil
    }
  }

  /// `IsSaturated`: the new ReplicaSet has every replica, all of them available.
  static func isSaturated(_ deployment: Deployment, _ replicaSet: ReplicaSet) -> Bool {
    let desired = replicaSet.metadata.annotations[DeploymentRevisions.desiredReplicasAnnotation].flatMap(Int.init)
    let replicas = deployment.spec.replicas ?? 1
    return (replicaSet.spec.replicas ?? 0) == replicas && desired == replicas
      && replicaSet.status.availableReplicas == replicas
  }

  /// `GetProportion`: this ReplicaSet's share of the replicas to add or remove, never more than what is left.
  static func proportion(_ replicaSet: ReplicaSet, _ deployment: Deployment, toAdd: Int, added: Int) -> Int {
    guard (replicaSet.spec.replicas ?? 0) != 0, toAdd != 0, toAdd != added else { return 0 }
    let fraction = self.fraction(replicaSet, deployment)
    let allowed = toAdd - added
    return toAdd > 0 ? min(fraction, allowed) : max(fraction, allowed)
  }

  /// `getReplicaSetFraction`: the ReplicaSet's size rescaled from the Deployment's old maximum (max-replicas
  /// annotation) to its new one, rounded to the nearest integer, minus its current size.
  static func fraction(_ replicaSet: ReplicaSet, _ deployment: Deployment) -> Int {
    let replicas = deployment.spec.replicas ?? 1
    let current = replicaSet.spec.replicas ?? 0
    if replicas == 0 { return -current }
    let newMaximum = replicas + DeploymentUtil.maxSurge(deployment)
    var oldMaximum = replicaSet.metadata.annotations[DeploymentRevisions.maxReplicasAnnotation].flatMap(Int.init) ?? 0
    if oldMaximum == 0 {
      oldMaximum = deployment.status.replicas
      if oldMaximum == 0 { return 0 }
    }
    let scaled = Double(current * newMaximum) / Double(oldMaximum)
    return Int(scaled.rounded(.toNearestOrAwayFromZero)) - current
  }

  /// `ReplicaSetsBySizeNewer` (scaling up) and `ReplicaSetsBySizeOlder` (scaling down): larger first, then by age.
  static func bySize(_ left: ReplicaSet, _ right: ReplicaSet, newerFirst: Bool) -> Bool {
    let leftSize = left.spec.replicas ?? 0
    let rightSize = right.spec.replicas ?? 0
    if leftSize != rightSize { return leftSize > rightSize }
    let leftTime = left.metadata.creationTimestamp ?? Timestamp(milliseconds: 0)
    let rightTime = right.metadata.creationTimestamp ?? Timestamp(milliseconds: 0)
    if leftTime != rightTime { return newerFirst ? leftTime > rightTime : leftTime < rightTime }
    return left.metadata.name < right.metadata.name
  }
}
