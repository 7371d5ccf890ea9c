import KubeModel

/// RollingUpdate (upstream `rolling.go`): grow the new ReplicaSet within maxSurge, shrink the old ones within
/// maxUnavailable, one direction per sync.
enum DeploymentRolling {
  static func rollout(_ deployment: Deployment, _ replicaSets: [ReplicaSet], in cluster: inout ClusterState) {
    let (deployment, newSet, old) = DeploymentReplicaSets.newAndOld(deployment, replicaSets, create: true, in: &cluster)
    guard let newSet else {
      DeploymentProgress.syncRolloutStatus(deployment, all: old, new: nil, in: &cluster)
      return
    }
    var all = old + [newSet]
    if let scaled = reconcileNew(deployment, all: all, new: newSet, in: &cluster) {
      all = old + [scaled]
      DeploymentProgress.syncRolloutStatus(deployment, all: all, new: scaled, in: &cluster)
      return
    }
    let (scaledDown, current) = reconcileOld(deployment, old: old, new: newSet, in: &cluster)
    if scaledDown {
      DeploymentProgress.syncRolloutStatus(deployment, all: current + [newSet], new: newSet, in: &cluster)
      return
    }
    if DeploymentUtil.isComplete(deployment, deployment.status) {
      DeploymentReplicaSets.cleanup(deployment, old: current, in: &cluster)
    }
    DeploymentProgress.syncRolloutStatus(deployment, all: current + [newSet], new: newSet, in: &cluster)
  }

  /// `reconcileNewReplicaSet`: returns the scaled new ReplicaSet if it was scaled.
  static func reconcileNew(
    _ deployment: Deployment, all: [ReplicaSet], new: ReplicaSet, in cluster: inout ClusterState
  ) -> ReplicaSet? {
    let replicas = deployment.spec.replicas ?? 1
    let current = new.spec.replicas ?? 0
    if current == replicas { return nil }
    if current > replicas { return DeploymentController.scale(new, to: replicas, for: deployment, in: &cluster) }
    let target = DeploymentReplicaSets.newReplicaSetReplicas(deployment, all: all, new: new)
    guard target != current else { return nil }
    return DeploymentController.scale(new, to: target, for: deployment, in: &cluster)
  }

  /// `reconcileOldReplicaSets`: first scales down old ReplicaSets' unhealthy replicas, then healthy ones, never
  /// letting availability drop below replicas - maxUnavailable. Returns whether anything was scaled down, and the
  /// old ReplicaSets as they now are.
  static func reconcileOld(
    _ deployment: Deployment, old: [ReplicaSet], new: ReplicaSet, in cluster: inout ClusterState
  ) -> (Bool, [ReplicaSet]) {
    guard DeploymentUtil.specReplicas(old) > 0 else { return (false, old) }
    let all = old + [new]
    let minAvailable = (deployment.spec.replicas ?? 1) - DeploymentUtil.maxUnavailable(deployment)
    let newUnavailable = (new.spec.replicas ?? 0) - new.status.availableReplicas
    let maxScaledDown = DeploymentUtil.specReplicas(all) - minAvailable - newUnavailable
    guard maxScaledDown > 0 else { return (false, old) }
    var (current, cleaned) = cleanupUnhealthy(deployment, old: old, maxCleanup: maxScaledDown, in: &cluster)
    let scaled = scaleDownHealthy(deployment, old: &current, all: current + [new], in: &cluster)
    return (cleaned + scaled > 0, current)
  }

  /// `cleanupUnhealthyReplicas`: removes old replicas that are not available, oldest ReplicaSet first.
  static func cleanupUnhealthy(
    _ deployment: Deployment, old: [ReplicaSet], maxCleanup: Int, in cluster: inout ClusterState
  ) -> ([ReplicaSet], Int) {
    var total = 0
    var result: [ReplicaSet] = []
    for replicaSet in DeploymentUtil.byCreation(old) {
      let replicas = replicaSet.spec.replicas ?? 0
      guard total < maxCleanup, replicas > 0, replicaSet.status.availableReplicas != replicas else {
        result.append(replicaSet)
        continue
      }
      let count = min(maxCleanup - total, replicas - replicaSet.status.availableReplicas)
      result.append(DeploymentController.scale(replicaSet, to: replicas - count, for: deployment, in: &cluster))
      total += count
    }
    return (result, total)
  }

  /// `scaleDownOldReplicaSetsForRollingUpdate`: scales old ReplicaSets down, oldest first, by as many replicas as
  /// are available above replicas - maxUnavailable.
  static func scaleDownHealthy(
    _ deployment: Deployment, old: inout [ReplicaSet], all: [ReplicaSet], in cluster: inout ClusterState
  ) -> Int {
    let minAvailable = (deployment.spec.replicas ?? 1) - DeploymentUtil.maxUnavailable(deployment)
    let available = DeploymentUtil.availableReplicas(all)
    guard available > minAvailable else { return 0 }
    let goal = available - minAvailable
    var total = 0
    old = DeploymentUtil.byCreation(old)
    for index in old.indices {
      guard total < goal else { break }
      let replicas = old[index].spec.replicas ?? 0
      guard replicas > 0 else { continue }
      let count = min(replicas, goal - total)
      old[index] = DeploymentController.scale(old[index], to: replicas - count, for: deployment, in: &cluster)
      total += count
    }
    return total
  }
}
