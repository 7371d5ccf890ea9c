import ClusterSim
import KubeModel

/// The Deployments pane's rows: each Deployment, then its ReplicaSets newest revision first. Rebuilt when a
/// Deployment or ReplicaSet was written (there are hundreds of those, not hundreds of thousands).
struct DeploymentTree: Sendable {
  private(set) var rows: [RowRef] = []
  private var deploymentSequence: Int64 = -1
  private var replicaSetSequence: Int64 = -1
  private var signature: FlatIndex<Deployment>.Signature?

  /// Brings the rows up to date; returns the Deployment and ReplicaSet keys written since the last call.
  mutating func refresh(_ cluster: ClusterState, namespace: String?, filter: PaneFilter?, only: ObjectKey?)
    -> [RowRef]
  {
    let deployments = cluster.store.deployments
    let replicaSets = cluster.store.replicaSets
    let wanted = FlatIndex<Deployment>.Signature(namespace: only?.namespace ?? namespace, filter: filter)
    let deploymentChanges = deployments.journal.changes(since: deploymentSequence)
    let replicaSetChanges = replicaSets.journal.changes(since: replicaSetSequence)
    var changed: [RowRef] = []
    let isFirst = signature == nil
    if let deploymentChanges, let replicaSetChanges, wanted == signature, only == nil,
      deploymentChanges.isEmpty, replicaSetChanges.isEmpty
    {
      return []
    }
    if !isFirst {
      changed += Set(deploymentChanges ?? []).map { RowRef(.deployment, $0) }
      changed += Set(replicaSetChanges ?? []).map { RowRef(.replicaSet, $0) }
    }
    signature = wanted
    deploymentSequence = deployments.journal.endSequence
    replicaSetSequence = replicaSets.journal.endSequence
    let shown: [Deployment]
    if let only {
      shown = deployments[only].map { [$0] } ?? []
    } else {
      shown = deployments.list(namespace: namespace).filter { deployment in
        filter?.matches("\(deployment.metadata.namespace)/\(deployment.metadata.name)", labels: deployment.metadata.labels)
          ?? true
      }
    }
    var rows: [RowRef] = []
    rows.reserveCapacity(shown.count * 2)
    for deployment in shown {
      rows.append(RowRef(.deployment, deployment.key))
      let owned = DeploymentRevisions.replicaSets(of: deployment, in: cluster)
        .filter { only != nil || ($0.spec.replicas ?? 0) > 0 || $0.status.replicas > 0 }
        .sorted { DeploymentRevisions.revision(of: $0) > DeploymentRevisions.revision(of: $1) }
      rows += owned.map { RowRef(.replicaSet, $0.key) }
    }
    self.rows = rows
    return changed
  }
}
