/// Which type implements each controller.
enum ControllerRegistry {
  static func implementation(of id: ControllerID) -> any Controller.Type {
    switch id {
    case .namespace: return NamespaceController.self
    case .garbageCollector: return GarbageCollector.self
    case .deployment: return DeploymentController.self
    case .replicaSet: return ReplicaSetSync.self
    case .replicationController: return ReplicationControllerSync.self
    case .kubelet: return Kubelet.self
    case .nodeLifecycle: return NodeLifecycleController.self
    case .scheduler: return Scheduler.self
    case .job: return JobController.self
    case .cronJob: return CronJobController.self
    case .daemonSet: return DaemonSetController.self
    case .statefulSet: return StatefulSetController.self
    case .persistentVolume: return PersistentVolumeController.self
    case .endpoints: return EndpointsController.self
    case .service: return ServiceController.self
    case .resourceQuota: return ResourceQuotaController.self
    case .ingress: return IngressStatusController.self
    }
  }
}
