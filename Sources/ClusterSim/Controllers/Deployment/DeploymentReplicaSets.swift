import KubeModel

/// Finding and creating a Deployment's new ReplicaSet, keeping revisions in order, and pruning old ReplicaSets
/// (upstream `sync.go`: `getAllReplicaSetsAndSyncRevision`, `getNewReplicaSet`, `cleanupDeployment`).
enum DeploymentReplicaSets {
  /// Annotations of the Deployment that are not copied to its ReplicaSets.
  static let annotationsToSkip: Set<String> = [
    "kubectl.kubernetes.io/last-applied-configuration", DeploymentRevisions.revisionAnnotation,
    DeploymentRevisions.revisionHistoryAnnotation, DeploymentRevisions.desiredReplicasAnnotation,
    DeploymentRevisions.maxReplicasAnnotation, "deprecated.deployment.rollback.to",
  ]

  /// The ReplicaSet whose template is the Deployment's (ignoring the hash label); the oldest if several
  /// (`FindNewReplicaSet`).
  static func findNew(_ deployment: Deployment, _ replicaSets: [ReplicaSet]) -> ReplicaSet? {
    DeploymentUtil.byCreation(replicaSets).first {
      DeploymentRevisions.templatesEqualIgnoringHash($0.spec.template, deployment.spec.template)
    }
  }

  /// The new ReplicaSet (created when `create` is set and it does not exist yet) and the old ones. Also moves the
  /// new ReplicaSet's revision past every old one — which is how `rollout undo` makes an old template the newest
  /// revision — and records the Deployment's revision. Returns the Deployment as updated.
  static func newAndOld(
    _ deployment: Deployment, _ replicaSets: [ReplicaSet], create: Bool, in cluster: inout ClusterState
  ) -> (deployment: Deployment, new: ReplicaSet?, old: [ReplicaSet]) {
    var deployment = deployment
    let existing = findNew(deployment, replicaSets)
    let old = replicaSets.filter { $0.metadata.uid != existing?.metadata.uid }
    let newRevision = String((old.map(DeploymentRevisions.revision).max() ?? 0) + 1)

    if var replicaSet = existing {
      let annotationsChanged = setNewReplicaSetAnnotations(
        deployment, &replicaSet, revision: newRevision, exists: true)
      if annotationsChanged || replicaSet.spec.minReadySeconds != deployment.spec.minReadySeconds {
        replicaSet.spec.minReadySeconds = deployment.spec.minReadySeconds
        replicaSet = (try? cluster.update(replicaSet)) ?? replicaSet
      }
      var changed = setDeploymentRevision(
        &deployment, replicaSet.metadata.annotations[DeploymentRevisions.revisionAnnotation] ?? "")
      if deployment.spec.progressDeadlineSeconds != nil && deployment.status.conditions[type: "Progressing"] == nil {
        DeploymentConditions.set(
          &deployment.status, "Progressing", "True", reason: "FoundNewReplicaSet",
          message: "Found new replica set \"\(replicaSet.metadata.name)\"", now: cluster.now)
        changed = true
      }
      if changed { deployment = cluster.write(deployment) }
      return (deployment, replicaSet, old)
    }
    guard create else { return (deployment, nil, old) }

    var template = deployment.spec.template
    let hash = DeploymentUtil.podTemplateHash(template, collisionCount: deployment.status.collisionCount)
    template.metadata.labels[DeploymentRevisions.podTemplateHashLabel] = hash
    var selector = deployment.spec.selector ?? LabelSelector()
    selector.matchLabels[DeploymentRevisions.podTemplateHashLabel] = hash
    var replicaSet = ReplicaSet()
    replicaSet.metadata.name = "\(deployment.metadata.name)-\(hash)"
    replicaSet.metadata.namespace = deployment.metadata.namespace
    replicaSet.metadata.ownerReferences = [deployment.controllerReference]
    replicaSet.metadata.labels = template.metadata.labels
    replicaSet.spec.minReadySeconds = deployment.spec.minReadySeconds
    replicaSet.spec.selector = selector
    replicaSet.spec.template = template
    replicaSet.spec.replicas = 0
    let replicas = newReplicaSetReplicas(deployment, all: old + [replicaSet], new: replicaSet)
    replicaSet.spec.replicas = replicas
    _ = setNewReplicaSetAnnotations(deployment, &replicaSet, revision: newRevision, exists: false)

    let created: ReplicaSet
    do {
      created = try cluster.create(replicaSet)
    } catch {
      if error.reason == .alreadyExists, let clash = cluster.store.replicaSets[replicaSet.key] {
        if clash.metadata.controllerReference?.uid == deployment.metadata.uid,
          DeploymentRevisions.templatesEqualIgnoringHash(clash.spec.template, deployment.spec.template)
        {
          return (deployment, clash, old)
        }
        // A hash collision: bump collisionCount so the next sync computes another name.
        deployment.status.collisionCount = (deployment.status.collisionCount ?? 0) + 1
        cluster.write(deployment)
        cluster.enqueue(.deployment, deployment.key)
        return (deployment, nil, old)
      }
      let message = "Failed to create new replica set \"\(replicaSet.metadata.name)\": \(error.message)"
      if deployment.spec.progressDeadlineSeconds != nil {
        DeploymentConditions.set(
          &deployment.status, "Progressing", "False", reason: "ReplicaSetCreateError", message: message,
          now: cluster.now)
        deployment = cluster.write(deployment)
      }
      cluster.recordEvent(
        deployment, type: "Warning", reason: "ReplicaSetCreateError", message: message, from: .deploymentController)
      return (deployment, nil, old)
    }
    if replicas > 0 {
      cluster.recordEvent(
        deployment, reason: "ScalingReplicaSet",
        message: "Scaled up replica set \(created.metadata.name) from 0 to \(replicas)", from: .deploymentController)
    }
    _ = setDeploymentRevision(&deployment, newRevision)
    if deployment.spec.progressDeadlineSeconds != nil {
      DeploymentConditions.set(
        &deployment.status, "Progressing", "True", reason: "NewReplicaSetCreated",
        message: "Created new replica set \"\(created.metadata.name)\"", now: cluster.now)
    }
    deployment = cluster.write(deployment)
    return (deployment, created, old)
  }

  /// `NewRSNewReplicas`: how big the new ReplicaSet may be now. RollingUpdate grows it up to the surge limit;
  /// Recreate gives it every replica.
  static func newReplicaSetReplicas(_ deployment: Deployment, all: [ReplicaSet], new: ReplicaSet) -> Int {
    let replicas = deployment.spec.replicas ?? 1
    guard deployment.spec.strategy.type == "RollingUpdate" else { return replicas }
    let current = new.spec.replicas ?? 0
    let maxTotal = replicas + DeploymentUtil.maxSurge(deployment)
    let total = DeploymentUtil.specReplicas(all)
    if total >= maxTotal { return current }
    return current + min(maxTotal - total, max(0, replicas - current))
  }

  /// `SetNewReplicaSetAnnotations`: copies the Deployment's annotations, raises the revision (keeping the old
  /// numbers in revision-history), and on creation records the replica annotations. Returns whether anything
  /// changed.
  static func setNewReplicaSetAnnotations(
    _ deployment: Deployment, _ replicaSet: inout ReplicaSet, revision: String, exists: Bool
  ) -> Bool {
    var annotations = replicaSet.metadata.annotations
    for (key, value) in deployment.metadata.annotations where !annotationsToSkip.contains(key) {
      annotations[key] = value
    }
    let oldRevision = annotations[DeploymentRevisions.revisionAnnotation] ?? ""
    let oldNumber = Int(oldRevision) ?? 0
    if oldNumber < (Int(revision) ?? 0) {
      annotations[DeploymentRevisions.revisionAnnotation] = revision
      if !oldRevision.isEmpty {
        let history = annotations[DeploymentRevisions.revisionHistoryAnnotation] ?? ""
        annotations[DeploymentRevisions.revisionHistoryAnnotation] =
          history.isEmpty ? oldRevision : history + "," + oldRevision
      }
    }
    if !exists {
      let desired = deployment.spec.replicas ?? 1
      annotations[DeploymentRevisions.desiredReplicasAnnotation] = String(desired)
      annotations[DeploymentRevisions.maxReplicasAnnotation] = String(desired + DeploymentUtil.maxSurge(deployment))
    }
    let changed = annotations != replicaSet.metadata.annotations
    replicaSet.metadata.annotations = annotations
    return changed
  }

  /// Records the revision on the Deployment (`SetDeploymentRevision`). Returns whether it changed.
  static func setDeploymentRevision(_ deployment: inout Deployment, _ revision: String) -> Bool {
    guard deployment.metadata.annotations[DeploymentRevisions.revisionAnnotation] != revision else { return false }
    deployment.metadata.annotations[DeploymentRevisions.revisionAnnotation] = revision
    return true
  }

  /// Deletes the oldest scaled-down ReplicaSets beyond `revisionHistoryLimit` (`cleanupDeployment`).
  static func cleanup(_ deployment: Deployment, old: [ReplicaSet], in cluster: inout ClusterState) {
    guard let limit = deployment.spec.revisionHistoryLimit else { return }
    let cleanable = old.filter { !$0.metadata.isBeingDeleted }
    let excess = cleanable.count - limit
    guard excess > 0 else { return }
    let byRevision = cleanable.sorted {
      let left = DeploymentRevisions.revision(of: $0)
      let right = DeploymentRevisions.revision(of: $1)
      return left != right ? left < right : $0.metadata.name < $1.metadata.name
    }
    for replicaSet in byRevision.prefix(excess) {
      guard replicaSet.status.replicas == 0, (replicaSet.spec.replicas ?? 0) == 0,
        replicaSet.metadata.generation <= replicaSet.status.observedGeneration
      else { continue }
      try? cluster.delete(ReplicaSet.self, replicaSet.key)
    }
  }
}
