import KubeModel

/// Recreate (upstream `recreate.go`): scale every old ReplicaSet to zero, wait until no old pod is left (not even a
/// terminating one), and only then create and scale up the new ReplicaSet.
enum DeploymentRecreate {
  static func rollout(_ deployment: Deployment, _ replicaSets: [ReplicaSet], in cluster: inout ClusterState) {
    var (deployment, newSet, old) = DeploymentReplicaSets.newAndOld(
      deployment, replicaSets, create: false, in: &cluster)
    var scaledDown = false
    for index in old.indices where (old[index].spec.replicas ?? 0) > 0 {
      old[index] = DeploymentController.scale(old[index], to: 0, for: deployment, in: &cluster)
      scaledDown = true
    }
    if scaledDown || oldPodsRunning(new: newSet, old: old, in: cluster) {
      DeploymentProgress.syncRolloutStatus(
        deployment, all: old + (newSet.map { [$0] } ?? []), new: newSet, in: &cluster)
      return
    }
    if newSet == nil {
      (deployment, newSet, old) = DeploymentReplicaSets.newAndOld(deployment, old, create: true, in: &cluster)
    }
    guard var newSet else {
      DeploymentProgress.syncRolloutStatus(deployment, all: old, new: nil, in: &cluster)
      return
    }
    let replicas = deployment.spec.replicas ?? 1
    if (newSet.spec.replicas ?? 0) != replicas {
      newSet = DeploymentController.scale(newSet, to: replicas, for: deployment, in: &cluster)
    }
    if DeploymentUtil.isComplete(deployment, deployment.status) {
      DeploymentReplicaSets.cleanup(deployment, old: old, in: &cluster)
    }
    DeploymentProgress.syncRolloutStatus(deployment, all: old + [newSet], new: newSet, in: &cluster)
  }

  /// `oldPodsRunning`: any pod of an old ReplicaSet that has not finished, terminating ones included.
  static func oldPodsRunning(new: ReplicaSet?, old: [ReplicaSet], in cluster: ClusterState) -> Bool {
    old.contains { replicaSet in
      let counts = cluster.podCounts(ownerUID: replicaSet.metadata.uid)
      return counts.active + counts.terminating > 0
    }
  }
}
