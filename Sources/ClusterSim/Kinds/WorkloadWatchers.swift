import KubeModel

/// The informer event handlers of the workload kinds.
enum WorkloadWatchers {
  /// A Deployment syncs when it changes (`addDeployment`/`updateDeployment`). Upstream also re-syncs after the
  /// controller's own status writes; a sync here leaves the status final, so that second sync would find nothing
  /// to do and is skipped.
  static func deploymentChanged(old: Deployment?, new: Deployment?, in cluster: inout ClusterState) {
    guard let deployment = new else { return }
    if let old, old.$spec.isIdentical(to: deployment.$spec),
      old.metadata.differsOnlyInVersion(from: deployment.metadata)
    {
      return
    }
    cluster.enqueue(.deployment, deployment.key)
  }

  /// A ReplicaSet syncs when it changes, and so does the Deployment that owns it (`addReplicaSet`,
  /// `updateReplicaSet`, `deleteReplicaSet`); an orphan wakes the Deployments that could adopt it.
  static func replicaSetChanged(old: ReplicaSet?, new: ReplicaSet?, in cluster: inout ClusterState) {
    let replicaSet = new ?? old!
    if let new {
      // As for Deployments, the controller's own status writes need no second sync.
      let statusOnly = old.map {
        $0.$spec.isIdentical(to: new.$spec) && $0.metadata.differsOnlyInVersion(from: new.metadata)
      }
      if statusOnly != true { cluster.enqueue(.replicaSet, new.key) }
      if let old, old.spec.template.metadata.labels != new.spec.template.metadata.labels {
        cluster.recountPods(ownerUID: new.metadata.uid, templateLabels: new.spec.template.metadata.labels)
      }
    }
    if let owner = replicaSet.metadata.controllerReference ?? old?.metadata.controllerReference,
      owner.kind == "Deployment"
    {
      if let key = cluster.store.deployments.key(forUID: owner.uid) { cluster.enqueue(.deployment, key) }
    } else if let new, new.metadata.controllerReference == nil {
      for deployment in cluster.store.deployments.list(namespace: new.metadata.namespace)
      where (try? deployment.spec.selector?.asSelector())??.matches(new.metadata.labels) == true {
        cluster.enqueue(.deployment, deployment.key)
      }
    }
  }

  static func replicationControllerChanged(
    old: ReplicationController?, new: ReplicationController?, in cluster: inout ClusterState
  ) {
    guard let new else { return }
    cluster.enqueue(.replicationController, new.key)
    if let old, old.spec.template?.metadata.labels != new.spec.template?.metadata.labels {
      cluster.recountPods(ownerUID: new.metadata.uid, templateLabels: new.spec.template?.metadata.labels)
    }
  }
}

extension ObjectMeta {
  /// Whether the two differ in nothing but `resourceVersion`: the write was a status update.
  func differsOnlyInVersion(from other: ObjectMeta) -> Bool {
    var same = other
    same.resourceVersion = resourceVersion
    return same == self
  }
}
