import KubeModel

/// The resource quota controller (`pkg/controller/resourcequota`): keeps each quota's `status.hard` equal to its
/// spec and `status.used` equal to what the namespace really uses, recalculated when an object the quota counts
/// is deleted or a pod finishes (upstream's replenishment). When usage falls or a limit rises, the ReplicaSets
/// and ReplicationControllers of the namespace that failed to create pods try again — upstream they retry with
/// back-off and succeed on their next attempt; here the attempt is made at once.
enum ResourceQuotaController: Controller {
  static let id = ControllerID.resourceQuota

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard var quota = cluster.store.resourceQuotas[key], !quota.metadata.isBeingDeleted else { return }
    let before = quota.status
    quota.status = status(for: quota, in: cluster)
    guard quota.status != before else { return }
    cluster.write(quota)
    let freed = quota.status.hard.keys.contains { name in
      let hard = quota.status.hard[name]!
      let used = quota.status.used[name] ?? .zero
      let wasRoom = (before.hard[name] ?? .zero) - (before.used[name] ?? .zero)
      return hard - used > wasRoom
    }
    if freed { FailedCreationRetry.wake(namespace: key.namespace, in: &cluster) }
  }

  /// `status.hard` from the spec, `status.used` recalculated for every hard resource.
  static func status(for quota: ResourceQuota, in cluster: ClusterState) -> ResourceQuotaStatus {
    var status = ResourceQuotaStatus()
    status.hard = quota.spec.hard
    let names = Set(quota.spec.hard.keys)
    if quota.spec.scopes.isEmpty {
      status.used = QuotaUsage.used(names, namespace: quota.metadata.namespace, in: cluster)
    } else {
      for name in names { status.used[name] = .zero }
      for pod in cluster.store.pods.list(namespace: quota.metadata.namespace)
      where ResourceQuotaScopes.matches(quota, pod) {
        for (name, value) in QuotaUsage.usage(of: pod) where names.contains(name) { status.used[name]! += value }
      }
    }
    return status
  }
}

/// Wakes the controllers of a namespace whose last pod creation was refused (a `ReplicaFailure` condition), so
/// they try again once quota or limits allow it.
enum FailedCreationRetry {
  static func wake(namespace: String, in cluster: inout ClusterState) {
    for replicaSet in cluster.store.replicaSets.list(namespace: namespace)
    where replicaSet.status.conditions[type: "ReplicaFailure"] != nil {
      cluster.enqueue(.replicaSet, replicaSet.key)
    }
    for controller in cluster.store.replicationControllers.list(namespace: namespace)
    where controller.status.conditions[type: "ReplicaFailure"] != nil {
      cluster.enqueue(.replicationController, controller.key)
    }
  }
}

/// Which changes make the quota controller recalculate: an object of a quota'd namespace removed, a pod that
/// finished, a Service whose node ports or type changed. Creations are counted by admission.
enum QuotaWatchers {
  static func changed<Object: StoredObject>(old: Object?, new: Object?, in cluster: inout ClusterState) {
    guard Object.isNamespaced, !cluster.store.resourceQuotas.isEmpty, let old else { return }
    let namespace = old.metadata.namespace
    guard cluster.store.resourceQuotas.count(namespace: namespace) > 0 else { return }
    if let new {
      if let before = old as? Pod, let after = new as? Pod {
        guard QuotaUsage.counts(before) != QuotaUsage.counts(after) else { return }
      } else if let before = old as? Service, let after = new as? Service {
        guard QuotaUsage.usage(of: before) != QuotaUsage.usage(of: after) else { return }
      } else {
        return
      }
    }
    for key in cluster.store.resourceQuotas.keys(namespace: namespace) { cluster.enqueue(.resourceQuota, key) }
  }
}

extension ResourceQuota {
  /// A quota's status is filled in at once (upstream's controller does it within milliseconds), so pods created
  /// right after it are judged against it rather than refused with `status unknown for quota`.
  public static func admit(
    _ quota: inout ResourceQuota, old: ResourceQuota?, in cluster: inout ClusterState
  )
    throws(APIError)
  {
    if old == nil || old?.spec != quota.spec {
      quota.status = ResourceQuotaController.status(for: quota, in: cluster)
    }
  }

  /// A new quota is recalculated once stored (so it counts itself under `resourcequotas`); a changed or deleted
  /// one lets refused creations try again.
  public static func didChange(old: ResourceQuota?, new: ResourceQuota?, in cluster: inout ClusterState) {
    if let new, old == nil { cluster.enqueue(.resourceQuota, new.key) }
    if new == nil || (old != nil && old?.spec != new?.spec) {
      FailedCreationRetry.wake(namespace: (new ?? old!).metadata.namespace, in: &cluster)
    }
  }
}

extension LimitRange {
  public static func didChange(old: LimitRange?, new: LimitRange?, in cluster: inout ClusterState) {
    FailedCreationRetry.wake(namespace: (new ?? old!).metadata.namespace, in: &cluster)
  }
}
