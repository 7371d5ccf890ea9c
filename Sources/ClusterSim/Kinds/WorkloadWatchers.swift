import KubeModel

/// The informer event handlers of the workload kinds.
enum WorkloadWatchers {
  /// A Deployment syncs when it changes (`addDeployment`/`updateDeployment`).
  static func deploymentChanged(old: Deployment?, new: Deployment?, in cluster: inout ClusterState) {
    guard let deployment = new else { return }
    cluster.enqueue(.deployment, deployment.key)
  }

  /// A ReplicaSet syncs when it changes, and so does the Deployment that owns it (`addReplicaSet`,
  /// `updateReplicaSet`, `deleteReplicaSet`); an orphan wakes the Deployments that could adopt it.
  static func replicaSetChanged(old: ReplicaSet?, new: ReplicaSet?, in cluster: inout ClusterState) {
    let replicaSet = new ?? old!
    if let new {
      cluster.enqueue(.replicaSet, new.key)
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
