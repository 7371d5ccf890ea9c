import KubeModel

/// The garbage collector (`pkg/controller/garbagecollector`): deletes objects whose owners are all gone, and
/// finishes foreground deletions once an owner's dependents are gone.
///
/// Its queue holds owner uids (as the key's name): when an owner disappears, each dependent that names it is checked,
/// and deleted if none of its owners remains.
enum GarbageCollector: Controller {
  static let id = ControllerID.garbageCollector
  static let foregroundFinalizer = "foregroundDeletion"

  /// Called by the store when an object is removed: its dependents must be checked.
  static func ownerRemoved(uid: String, in cluster: inout ClusterState) {
    if hasDependents(ofUID: uid, in: cluster) {
      cluster.enqueue(.garbageCollector, ObjectKey(namespace: "", name: uid))
    }
  }

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    deleteOrphans(ofUID: key.name, in: &cluster)
  }

  static func hasDependents(ofUID uid: String, in cluster: ClusterState) -> Bool {
    let store = cluster.store
    return store.pods.hasDependents(ofOwnerUID: uid) || store.replicaSets.hasDependents(ofOwnerUID: uid)
      || store.jobs.hasDependents(ofOwnerUID: uid) || store.endpointSlices.hasDependents(ofOwnerUID: uid)
      || store.persistentVolumeClaims.hasDependents(ofOwnerUID: uid) || store.endpoints.hasDependents(ofOwnerUID: uid)
      || store.controllerRevisions.hasDependents(ofOwnerUID: uid)
  }

  /// Deletes every dependent of `uid` (foreground deletion of the owner).
  static func deleteDependents(ofUID uid: String, in cluster: inout ClusterState) {
    for table in DependentTable.all { table.deleteDependents(uid, &cluster, false) }
  }

  /// Deletes the dependents of `uid` that have no remaining owner.
  static func deleteOrphans(ofUID uid: String, in cluster: inout ClusterState) {
    for table in DependentTable.all { table.deleteDependents(uid, &cluster, true) }
  }

  /// Removes the owner references to `uid` from its dependents (`--cascade=orphan`).
  static func orphanDependents(ofUID uid: String, in cluster: inout ClusterState) {
    for table in DependentTable.all { table.orphan(uid, &cluster) }
  }

  /// A foreground-deleted owner is removed once its last dependent is gone.
  static func finishForegroundDeletion(ownerUID uid: String, in cluster: inout ClusterState) {
    guard !hasDependents(ofUID: uid, in: cluster) else { return }
    func finish<Object: StoredObject>(_ type: Object.Type, _ cluster: inout ClusterState) {
      guard let key = cluster.store[keyPath: Object.table].key(forUID: uid),
        var owner = cluster.store[keyPath: Object.table][key],
        owner.metadata.finalizers.contains(foregroundFinalizer)
      else { return }
      owner.metadata.finalizers.removeAll { $0 == foregroundFinalizer }
      if owner.metadata.finalizers.isEmpty {
        cluster.remove(Object.self, key)
      } else {
        cluster.write(owner)
      }
    }
    finish(Deployment.self, &cluster)
    finish(ReplicaSet.self, &cluster)
    finish(ReplicationController.self, &cluster)
    finish(StatefulSet.self, &cluster)
    finish(DaemonSet.self, &cluster)
    finish(Job.self, &cluster)
    finish(CronJob.self, &cluster)
    finish(Service.self, &cluster)
  }
}

/// A kind whose objects can have owners, with the garbage collector's two operations on it.
struct DependentTable: Sendable {
  let deleteDependents: @Sendable (String, inout ClusterState, _ onlyOrphans: Bool) -> Void
  let orphan: @Sendable (String, inout ClusterState) -> Void

  static let all: [DependentTable] = [
    .of(ReplicaSet.self), .of(Pod.self), .of(Job.self), .of(EndpointSlice.self), .of(Endpoints.self),
    .of(PersistentVolumeClaim.self), .of(ControllerRevision.self),
  ]

  static func of<Object: StoredObject>(_ type: Object.Type) -> DependentTable {
    DependentTable(
      deleteDependents: { uid, cluster, onlyOrphans in
        for key in cluster.store[keyPath: Object.table].dependentKeys(ofOwnerUID: uid) {
          guard let dependent = cluster.store[keyPath: Object.table][key] else { continue }
          if onlyOrphans {
            let livingOwners = dependent.metadata.ownerReferences.filter { owner in
              owner.uid != uid && ownerExists(owner, namespace: key.namespace, in: cluster)
            }
            guard livingOwners.isEmpty else { continue }
          }
          try? cluster.delete(Object.self, key, propagation: .background)
        }
      },
      orphan: { uid, cluster in
        for key in cluster.store[keyPath: Object.table].dependentKeys(ofOwnerUID: uid) {
          guard var dependent = cluster.store[keyPath: Object.table][key] else { continue }
          dependent.metadata.ownerReferences.removeAll { $0.uid == uid }
          cluster.write(dependent)
        }
      })
  }

  /// Whether the object an owner reference names still exists with that uid.
  static func ownerExists(_ owner: OwnerReference, namespace: String, in cluster: ClusterState) -> Bool {
    let store = cluster.store
    switch owner.kind {
    case "Deployment": return store.deployments.object(withUID: owner.uid) != nil
    case "ReplicaSet": return store.replicaSets.object(withUID: owner.uid) != nil
    case "ReplicationController": return store.replicationControllers.object(withUID: owner.uid) != nil
    case "StatefulSet": return store.statefulSets.object(withUID: owner.uid) != nil
    case "DaemonSet": return store.daemonSets.object(withUID: owner.uid) != nil
    case "Job": return store.jobs.object(withUID: owner.uid) != nil
    case "CronJob": return store.cronJobs.object(withUID: owner.uid) != nil
    case "Service": return store.services.object(withUID: owner.uid) != nil
    case "Node": return store.nodes.object(withUID: owner.uid) != nil
    case "Pod": return store.pods.object(withUID: owner.uid) != nil
    default: return false
    }
  }
}
