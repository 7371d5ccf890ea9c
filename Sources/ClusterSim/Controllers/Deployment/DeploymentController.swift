import KubeModel

/// The Deployment controller (`pkg/controller/deployment`): rolls a Deployment's pod template out through
/// ReplicaSets, one per template revision, by RollingUpdate or Recreate, and reports progress in conditions.
enum DeploymentController: Controller {
  static let id = ControllerID.deployment

  /// `syncDeployment`.
  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard let deployment = cluster.store.deployments[key] else { return }
    let replicaSets = claimReplicaSets(deployment, in: &cluster)
    if deployment.metadata.isBeingDeleted {
      DeploymentProgress.syncStatusOnly(deployment, replicaSets, in: &cluster)
      return
    }
    let pausedChecked = DeploymentProgress.checkPausedConditions(deployment, in: &cluster)
    if deployment.spec.paused {
      DeploymentScaling.sync(pausedChecked, replicaSets, in: &cluster)
      return
    }
    if DeploymentScaling.isScalingEvent(pausedChecked, replicaSets) {
      DeploymentScaling.sync(pausedChecked, replicaSets, in: &cluster)
      return
    }
    switch pausedChecked.spec.strategy.type {
    case "Recreate": DeploymentRecreate.rollout(pausedChecked, replicaSets, in: &cluster)
    default: DeploymentRolling.rollout(pausedChecked, replicaSets, in: &cluster)
    }
  }

  /// The ReplicaSets the Deployment controls, adopting orphans its selector matches and releasing owned ones that
  /// stopped matching (`getReplicaSetsForDeployment`).
  static func claimReplicaSets(_ deployment: Deployment, in cluster: inout ClusterState) -> [ReplicaSet] {
    let uid = deployment.metadata.uid
    guard let selector = try? deployment.spec.selector?.asSelector(), !selector.isEverything else {
      return DeploymentRevisions.replicaSets(of: deployment, in: cluster)
    }
    var owned: [ReplicaSet] = []
    for var replicaSet in DeploymentRevisions.replicaSets(of: deployment, in: cluster) {
      if !selector.matches(replicaSet.metadata.labels) && !deployment.metadata.isBeingDeleted {
        replicaSet.metadata.ownerReferences.removeAll { $0.uid == uid }
        cluster.write(replicaSet)
        continue
      }
      owned.append(replicaSet)
    }
    guard !deployment.metadata.isBeingDeleted else { return owned }
    for key in cluster.store.replicaSets.orphanKeys(namespace: deployment.metadata.namespace) {
      guard var replicaSet = cluster.store.replicaSets[key], !replicaSet.metadata.isBeingDeleted,
        selector.matches(replicaSet.metadata.labels)
      else { continue }
      replicaSet.metadata.ownerReferences.append(deployment.controllerReference)
      owned.append(cluster.write(replicaSet))
    }
    return owned.sorted { $0.metadata.name < $1.metadata.name }
  }

  /// Scales a ReplicaSet and records `Scaled up replica set web-7d9c5b6f8 from 0 to 3`
  /// (`scaleReplicaSetAndRecordEvent`). Returns the ReplicaSet as stored.
  @discardableResult
  static func scale(
    _ replicaSet: ReplicaSet, to replicas: Int, for deployment: Deployment, in cluster: inout ClusterState,
    operation: String? = nil
  ) -> ReplicaSet {
    let current = replicaSet.spec.replicas ?? 0
    let desired = deployment.spec.replicas ?? 1
    let maxReplicas = desired + DeploymentUtil.maxSurge(deployment)
    let annotationsStale =
      replicaSet.metadata.annotations[DeploymentRevisions.desiredReplicasAnnotation] != String(desired)
      || replicaSet.metadata.annotations[DeploymentRevisions.maxReplicasAnnotation] != String(maxReplicas)
    guard current != replicas || annotationsStale else { return replicaSet }
    var scaled = replicaSet
    scaled.spec.replicas = replicas
    DeploymentUtil.setReplicaAnnotations(&scaled, desired: desired, maxReplicas: maxReplicas)
    let stored = (try? cluster.update(scaled)) ?? replicaSet
    if current != replicas {
      let direction = operation ?? (replicas > current ? "up" : "down")
      cluster.recordEvent(
        deployment, reason: "ScalingReplicaSet",
        message: "Scaled \(direction) replica set \(replicaSet.metadata.name) from \(current) to \(replicas)",
        from: .deploymentController)
    }
    return stored
  }
}
