import KubeModel

/// A Deployment's status and its Available and Progressing conditions (upstream `progress.go`, `sync.go`).
enum DeploymentProgress {
  /// `calculateStatus`.
  static func calculateStatus(
    _ deployment: Deployment, all: [ReplicaSet], new: ReplicaSet?, now: Timestamp
  )
    -> DeploymentStatus
  {
    var status = DeploymentStatus()
    let available = DeploymentUtil.availableReplicas(all)
    status.observedGeneration = deployment.metadata.generation
    status.replicas = DeploymentUtil.actualReplicas(all)
    status.updatedReplicas = new.map { DeploymentUtil.actualReplicas([$0]) } ?? 0
    status.readyReplicas = DeploymentUtil.readyReplicas(all)
    status.availableReplicas = available
    status.unavailableReplicas = max(0, DeploymentUtil.specReplicas(all) - available)
    let terminating = all.reduce(0) { $0 + ($1.status.terminatingReplicas ?? 0) }
    status.terminatingReplicas = terminating
    status.collisionCount = deployment.status.collisionCount
    status.conditions = deployment.status.conditions
    let replicas = deployment.spec.replicas ?? 1
    if available >= replicas - DeploymentUtil.maxUnavailable(deployment) {
      DeploymentConditions.set(
        &status, "Available", "True", reason: "MinimumReplicasAvailable",
        message: "Deployment has minimum availability.", now: now)
    } else {
      DeploymentConditions.set(
        &status, "Available", "False", reason: "MinimumReplicasUnavailable",
        message: "Deployment does not have minimum availability.", now: now)
    }
    return status
  }

  /// `syncDeploymentStatus`: status only, used while scaling or paused.
  static func syncStatus(_ deployment: Deployment, all: [ReplicaSet], new: ReplicaSet?, in cluster: inout ClusterState)
  {
    guard let current = cluster.store.deployments[deployment.key] else { return }
    var updated = current
    updated.status = calculateStatus(current, all: all, new: new, now: cluster.now)
    cluster.write(updated)
  }

  static func syncStatusOnly(_ deployment: Deployment, _ replicaSets: [ReplicaSet], in cluster: inout ClusterState) {
    let (deployment, new, old) = DeploymentReplicaSets.newAndOld(deployment, replicaSets, create: false, in: &cluster)
    syncStatus(deployment, all: old + (new.map { [$0] } ?? []), new: new, in: &cluster)
  }

  /// `syncRolloutStatus`: status plus the Progressing condition — NewReplicaSetAvailable when complete,
  /// ReplicaSetUpdated while it progresses, ProgressDeadlineExceeded when no progress was seen for
  /// progressDeadlineSeconds. A rollout in progress is synced again the moment its deadline would pass.
  static func syncRolloutStatus(
    _ deployment: Deployment, all: [ReplicaSet], new: ReplicaSet?, in cluster: inout ClusterState
  ) {
    guard let deployment = cluster.store.deployments[deployment.key] else { return }
    let now = cluster.now
    var status = calculateStatus(deployment, all: all, new: new, now: now)
    let deadline = deployment.spec.progressDeadlineSeconds
    if deadline == nil { status.conditions.removeAll { $0.type == "Progressing" } }
    let current = deployment.status.conditions[type: "Progressing"]
    let isCompleteRollout = status.replicas == status.updatedReplicas && current?.reason == "NewReplicaSetAvailable"
    if let deadline, !isCompleteRollout {
      let subject = new.map { "ReplicaSet \"\($0.metadata.name)\"" } ?? "Deployment \"\(deployment.metadata.name)\""
      if DeploymentUtil.isComplete(deployment, status) {
        DeploymentConditions.set(
          &status, "Progressing", "True", reason: "NewReplicaSetAvailable",
          message: "\(subject) has successfully progressed.", now: now)
      } else if DeploymentUtil.isProgressing(deployment, status) {
        var condition = Condition(
          type: "Progressing", status: "True", reason: "ReplicaSetUpdated", message: "\(subject) is progressing.")
        condition.lastUpdateTime = now
        condition.lastTransitionTime = current?.status == "True" ? current?.lastTransitionTime : now
        status.conditions.removeAll { $0.type == "Progressing" }
        status.conditions.append(condition)
      } else if let current,
        current.reason == "ProgressDeadlineExceeded"
          || (current.lastUpdateTime.map { $0 + .seconds(deadline) < now } ?? false)
      {
        DeploymentConditions.set(
          &status, "Progressing", "False", reason: "ProgressDeadlineExceeded",
          message: "\(subject) has timed out progressing.", now: now)
      }
    }
    if let failure = all.lazy.compactMap({ $0.status.conditions[type: "ReplicaFailure"] }).first {
      DeploymentConditions.set(
        &status, "ReplicaFailure", failure.status, reason: failure.reason, message: failure.message, now: now)
    } else {
      status.conditions.removeAll { $0.type == "ReplicaFailure" }
    }
    var updated = deployment
    updated.status = status
    cluster.write(updated)
    requeueIfStuck(updated, in: &cluster)
  }

  /// `requeueStuckDeployment`: a rollout still in progress is looked at again when its deadline passes, so
  /// ProgressDeadlineExceeded appears on time without any polling.
  static func requeueIfStuck(_ deployment: Deployment, in cluster: inout ClusterState) {
    guard let deadline = deployment.spec.progressDeadlineSeconds,
      let condition = deployment.status.conditions[type: "Progressing"],
      condition.reason != "NewReplicaSetAvailable", condition.reason != "ProgressDeadlineExceeded",
      !DeploymentUtil.isComplete(deployment, deployment.status), let updated = condition.lastUpdateTime
    else { return }
    let due = updated + .seconds(deadline) + .milliseconds(1)
    if due > cluster.now { cluster.enqueue(.deployment, deployment.key, at: due) }
  }

  /// `checkPausedConditions`: Progressing becomes Unknown/DeploymentPaused while paused, and
  /// Unknown/DeploymentResumed when resumed.
  static func checkPausedConditions(_ deployment: Deployment, in cluster: inout ClusterState) -> Deployment {
    guard deployment.spec.progressDeadlineSeconds != nil else { return deployment }
    let condition = deployment.status.conditions[type: "Progressing"]
    var updated = deployment
    if deployment.spec.paused && condition?.reason != "DeploymentPaused" {
      DeploymentConditions.set(
        &updated.status, "Progressing", "Unknown", reason: "DeploymentPaused", message: "Deployment is paused",
        now: cluster.now)
    } else if !deployment.spec.paused && condition?.reason == "DeploymentPaused" {
      DeploymentConditions.set(
        &updated.status, "Progressing", "Unknown", reason: "DeploymentResumed", message: "Deployment is resumed",
        now: cluster.now)
    } else {
      return deployment
    }
    return cluster.write(updated)
  }
}

/// Setting Deployment conditions as `SetDeploymentCondition` does: an unchanged status and reason keep the
/// existing condition; a changed status moves lastTransitionTime.
enum DeploymentConditions {
  static func set(
    _ status: inout DeploymentStatus, _ type: String, _ value: String, reason: String, message: String,
    now: Timestamp
  ) {
    let current = status.conditions[type: type]
    if let current, current.status == value, current.reason == reason { return }
    var condition = Condition(type: type, status: value, reason: reason, message: message)
    condition.lastUpdateTime = now
    condition.lastTransitionTime = current?.status == value ? current?.lastTransitionTime : now
    status.conditions.removeAll { $0.type == type }
    status.conditions.append(condition)
  }
}
