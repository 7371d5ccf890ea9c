import KubeModel

/// Revision bookkeeping shared by the deployment controller and the rollout commands
/// (upstream `deployment/util/deployment_util.go`).
public enum DeploymentRevisions {
  public static let revisionAnnotation = "deployment.kubernetes.io/revision"
  public static let revisionHistoryAnnotation = "deployment.kubernetes.io/revision-history"
  public static let desiredReplicasAnnotation = "deployment.kubernetes.io/desired-replicas"
  public static let maxReplicasAnnotation = "deployment.kubernetes.io/max-replicas"
  public static let changeCauseAnnotation = "kubernetes.io/change-cause"
  public static let podTemplateHashLabel = "pod-template-hash"

  /// The revision number a ReplicaSet carries, 0 if none.
  public static func revision(of replicaSet: ReplicaSet) -> Int {
    Int(replicaSet.metadata.annotations[revisionAnnotation] ?? "") ?? 0
  }

  /// The ReplicaSets a Deployment controls (by controller owner reference), sorted by name.
  public static func replicaSets(of deployment: Deployment, in cluster: ClusterState) -> [ReplicaSet] {
    cluster.store.replicaSets.dependents(ofOwnerUID: deployment.metadata.uid).filter {
      $0.metadata.controllerReference?.uid == deployment.metadata.uid
    }
  }

  /// Whether two pod templates are the same apart from the pod-template-hash label (`EqualIgnoreHash`).
  public static func templatesEqualIgnoringHash(_ left: PodTemplateSpec, _ right: PodTemplateSpec) -> Bool {
    var left = left
    var right = right
    left.metadata.labels[podTemplateHashLabel] = nil
    right.metadata.labels[podTemplateHashLabel] = nil
    return left == right
  }
}
