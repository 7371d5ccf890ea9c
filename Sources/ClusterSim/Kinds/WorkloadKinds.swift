import KubeModel

extension Pod: StoredObject {
  public static let resource = ResourceRegistry.pod
  public static var table: WritableKeyPath<Store, ObjectTable<Pod>> { \.pods }
  public static func indexedNodeName(of pod: Pod) -> String? { pod.spec.nodeName }

  public static func didChange(old: Pod?, new: Pod?, in cluster: inout ClusterState) {
    PodWatchers.podChanged(old: old, new: new, in: &cluster)
  }
}

extension ReplicaSet: StoredObject {
  public static let resource = ResourceRegistry.replicaSet
  public static var table: WritableKeyPath<Store, ObjectTable<ReplicaSet>> { \.replicaSets }
  public static func specChanged(from old: ReplicaSet, to new: ReplicaSet) -> Bool { old.spec != new.spec }

  public static func didChange(old: ReplicaSet?, new: ReplicaSet?, in cluster: inout ClusterState) {
    WorkloadWatchers.replicaSetChanged(old: old, new: new, in: &cluster)
  }
}

extension ReplicationController: StoredObject {
  public static let resource = ResourceRegistry.replicationController
  public static var table: WritableKeyPath<Store, ObjectTable<ReplicationController>> { \.replicationControllers }
  public static func specChanged(from old: ReplicationController, to new: ReplicationController) -> Bool {
    old.spec != new.spec
  }

  public static func didChange(old: ReplicationController?, new: ReplicationController?, in cluster: inout ClusterState)
  {
    WorkloadWatchers.replicationControllerChanged(old: old, new: new, in: &cluster)
  }
}

extension Deployment: StoredObject {
  public static let resource = ResourceRegistry.deployment
  public static var table: WritableKeyPath<Store, ObjectTable<Deployment>> { \.deployments }
  public static func specChanged(from old: Deployment, to new: Deployment) -> Bool { old.spec != new.spec }

  public static func didChange(old: Deployment?, new: Deployment?, in cluster: inout ClusterState) {
    WorkloadWatchers.deploymentChanged(old: old, new: new, in: &cluster)
  }
}

extension DaemonSet: StoredObject {
  public static let resource = ResourceRegistry.daemonSet
  public static var table: WritableKeyPath<Store, ObjectTable<DaemonSet>> { \.daemonSets }
  public static func specChanged(from old: DaemonSet, to new: DaemonSet) -> Bool { old.spec != new.spec }
}

extension StatefulSet: StoredObject {
  public static let resource = ResourceRegistry.statefulSet
  public static var table: WritableKeyPath<Store, ObjectTable<StatefulSet>> { \.statefulSets }
  public static func specChanged(from old: StatefulSet, to new: StatefulSet) -> Bool { old.spec != new.spec }
}

extension Job: StoredObject {
  public static let resource = ResourceRegistry.job
  public static var table: WritableKeyPath<Store, ObjectTable<Job>> { \.jobs }
  public static func specChanged(from old: Job, to new: Job) -> Bool { old.spec != new.spec }
}

extension CronJob: StoredObject {
  public static let resource = ResourceRegistry.cronJob
  public static var table: WritableKeyPath<Store, ObjectTable<CronJob>> { \.cronJobs }
  public static func specChanged(from old: CronJob, to new: CronJob) -> Bool { old.spec != new.spec }
}
