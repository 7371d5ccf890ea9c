import KubeModel

/// The ReplicaSet controller (`pkg/controller/replicaset/replica_set.go`): keeps the number of active pods a
/// ReplicaSet (or ReplicationController) owns at its `replicas`, and reports how many are ready and available.
///
/// Counts come from ``OwnedPodCounts``, kept as pods change; the owned pods are only listed when some must be
/// deleted, or when availability depends on time (`minReadySeconds`).
struct ReplicaSetController<Owner: ReplicatedSet>: Sendable {
  /// Upstream's `burstReplicas`: the most pods created or deleted in one sync.
  static var burstReplicas: Int { 500 }

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard let owner = cluster.store[keyPath: Owner.table][key] else { return }
    if !owner.metadata.isBeingDeleted {
      claimPods(for: owner, in: &cluster)
      manageReplicas(owner, in: &cluster)
    }
    updateStatus(key, in: &cluster)
  }

  /// Adopts orphan pods the selector matches and releases owned pods whose labels stopped matching (`ClaimPods`).
  static func claimPods(for owner: Owner, in cluster: inout ClusterState) {
    guard let selector = owner.podSelector else { return }
    let uid = owner.metadata.uid
    if cluster.ownersToRecheck.remove(uid) != nil {
      for var pod in cluster.store.pods.dependents(ofOwnerUID: uid)
      where pod.metadata.controllerReference?.uid == uid && !selector.matches(pod.metadata.labels) {
        pod.metadata.ownerReferences.removeAll { $0.uid == uid }
        cluster.write(pod)
      }
    }
    for key in cluster.store.pods.orphanKeys(namespace: owner.metadata.namespace) {
      guard var pod = cluster.store.pods[key], PodReadiness.isActive(pod), selector.matches(pod.metadata.labels)
      else { continue }
      pod.metadata.ownerReferences.append(owner.controllerReference)
      cluster.write(pod)
    }
  }

  /// Creates or deletes pods so the active ones number `replicas` (`manageReplicas`): creation in slow-start
  /// batches of 1, 2, 4, ... that stop at the first failure; deletion of the lowest-ranked pods.
  static func manageReplicas(_ owner: Owner, in cluster: inout ClusterState) {
    let difference = cluster.podCounts(ownerUID: owner.metadata.uid).active - owner.desiredReplicas
    if difference < 0 {
      guard let template = owner.podTemplate else { return }
      var remaining = min(-difference, burstReplicas)
      var batch = 1
      while remaining > 0 {
        let size = min(batch, remaining)
        for _ in 0..<size {
          guard createPod(from: template, owner: owner, in: &cluster) else { return }
        }
        remaining -= size
        batch *= 2
      }
      if -difference > burstReplicas { cluster.enqueue(Owner.controllerID, owner.key) }
    } else if difference > 0 {
      let uid = owner.metadata.uid
      let active = cluster.store.pods.dependents(ofOwnerUID: uid).filter {
        $0.metadata.controllerReference?.uid == uid && PodReadiness.isActive($0)
      }
      var perNode: [String: Int] = [:]
      for pod in active where !pod.spec.nodeName.isEmpty { perNode[pod.spec.nodeName, default: 0] += 1 }
      let victims = PodDeletionRanking.ordered(active, relatedPodsPerNode: perNode, now: cluster.now)
        .prefix(min(difference, burstReplicas))
      for pod in victims {
        do {
          try cluster.delete(Pod.self, pod.key)
          cluster.recordEvent(
            owner, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.metadata.name)", from: Owner.reporter)
        } catch {
          cluster.recordEvent(
            owner, type: "Warning", reason: "FailedDelete", message: "Error deleting: \(error.message)",
            from: Owner.reporter)
        }
      }
    }
  }

  /// Creates one pod from the template (`CreatePodsWithGenerateName`): the set's name as generateName, the
  /// template's labels and annotations, and a controller reference to the set. A refusal (quota, limits) is
  /// reported as a FailedCreate event and a ReplicaFailure condition.
  static func createPod(from template: PodTemplateSpec, owner: Owner, in cluster: inout ClusterState) -> Bool {
    var pod = Pod()
    pod.metadata.generateName = owner.metadata.name + "-"
    pod.metadata.namespace = owner.metadata.namespace
    pod.metadata.labels = template.metadata.labels
    pod.metadata.annotations = template.metadata.annotations
    pod.metadata.finalizers = template.metadata.finalizers
    pod.metadata.ownerReferences = [owner.controllerReference]
    pod.$spec = template.$spec  // The template's storage itself, so the pods share one prepared spec.
    do {
      let created = try cluster.create(pod)
      cluster.recordEvent(
        owner, reason: "SuccessfulCreate", message: "Created pod: \(created.metadata.name)", from: Owner.reporter)
      return true
    } catch {
      let message = error.creationFailureMessage
      cluster.recordEvent(
        owner, type: "Warning", reason: "FailedCreate", message: "Error creating: \(message)", from: Owner.reporter)
      guard var failed = cluster.store[keyPath: Owner.table][owner.key] else { return false }
      var condition = Condition(type: "ReplicaFailure", status: "True", reason: "FailedCreate", message: message)
      condition.lastTransitionTime =
        failed.replicaStatus.conditions[type: "ReplicaFailure"]?.lastTransitionTime ?? cluster.now
      failed.replicaStatus.conditions.removeAll { $0.type == "ReplicaFailure" }
      failed.replicaStatus.conditions.append(condition)
      cluster.write(failed)
      return false
    }
  }

  /// Status as `calculateStatus` computes it; when ready pods are not yet available (minReadySeconds), the set is
  /// synced again the moment the first of them becomes available (upstream requeues after minReadySeconds).
  static func updateStatus(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard var owner = cluster.store[keyPath: Owner.table][key] else { return }
    let uid = owner.metadata.uid
    let counts = cluster.podCounts(ownerUID: uid)
    var status = owner.replicaStatus
    status.replicas = counts.active
    status.fullyLabeledReplicas = counts.fullyLabeled
    status.readyReplicas = counts.ready
    status.availableReplicas = counts.ready
    status.terminatingReplicas = counts.terminating
    status.observedGeneration = owner.metadata.generation
    if owner.minReadySeconds > 0 && counts.ready > 0 {
      let ready = cluster.store.pods.dependents(ofOwnerUID: uid).filter {
        $0.metadata.controllerReference?.uid == uid && PodReadiness.isActive($0) && PodReadiness.isReady($0)
      }
      status.availableReplicas =
        ready.filter {
          PodReadiness.isAvailable($0, minReadySeconds: owner.minReadySeconds, now: cluster.now)
        }.count
      let pending = ready.compactMap { PodReadiness.availableAt($0, minReadySeconds: owner.minReadySeconds) }
        .filter { $0 > cluster.now }
      if let first = pending.min() { cluster.enqueue(Owner.controllerID, key, at: first) }
    }
    if counts.active >= owner.desiredReplicas {
      status.conditions.removeAll { $0.type == "ReplicaFailure" }
    }
    owner.replicaStatus = status
    cluster.write(owner)
  }
}

enum ReplicaSetSync: Controller {
  static let id = ControllerID.replicaSet
  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    ReplicaSetController<ReplicaSet>.sync(key, in: &cluster)
  }
}

enum ReplicationControllerSync: Controller {
  static let id = ControllerID.replicationController
  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    ReplicaSetController<ReplicationController>.sync(key, in: &cluster)
  }
}

extension APIError {
  /// The message a controller records when creating a pod is refused (`pods "web-7d9c5b6f8-" is forbidden: ...`).
  var creationFailureMessage: String {
    if let (kind, name) = invalidObject {
      return causes.count == 1
        ? "\(kind) \"\(name)\" is invalid: \(causes[0])"
        : "\(kind) \"\(name)\" is invalid: [" + causes.map(\.description).joined(separator: ", ") + "]"
    }
    return message
  }
}
