import KubeModel

/// The namespace controller (`pkg/controller/namespace`): a namespace marked for deletion is Terminating while
/// everything in it is deleted; once the last object is gone (pods may take their grace period), it is removed.
enum NamespaceController: Controller {
  static let id = ControllerID.namespace

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard var namespace = cluster.store.namespaces[key], namespace.metadata.isBeingDeleted else { return }
    if namespace.status.phase != "Terminating" {
      namespace.status.phase = "Terminating"
      cluster.write(namespace)
    }
    let name = namespace.metadata.name
    var remaining = 0
    func deleteAll<Object: StoredObject>(_ type: Object.Type) {
      for object in cluster.store[keyPath: Object.table].list(namespace: name) {
        remaining += 1
        if !object.metadata.isBeingDeleted { try? cluster.delete(Object.self, object.key) }
      }
    }
    deleteAll(Deployment.self)
    deleteAll(StatefulSet.self)
    deleteAll(DaemonSet.self)
    deleteAll(CronJob.self)
    deleteAll(Job.self)
    deleteAll(ReplicaSet.self)
    deleteAll(ReplicationController.self)
    deleteAll(Pod.self)
    deleteAll(Service.self)
    deleteAll(Endpoints.self)
    deleteAll(EndpointSlice.self)
    deleteAll(Ingress.self)
    deleteAll(ConfigMap.self)
    deleteAll(Secret.self)
    deleteAll(PersistentVolumeClaim.self)
    deleteAll(ResourceQuota.self)
    deleteAll(LimitRange.self)
    deleteAll(ControllerRevision.self)
    cluster.store.unstructured.removeAll(inNamespace: name)
    if cluster.store.pods.count(namespace: name) > 0 || cluster.store.persistentVolumeClaims.count(namespace: name) > 0
    {
      return  // Pod removals re-enqueue this namespace.
    }
    if remaining > 0 && cluster.store.pods.count(namespace: name) == 0 {
      cluster.enqueue(.namespace, key)
      return
    }
    cluster.store.events.removeAll(inNamespace: name)
    cluster.remove(Namespace.self, key)
  }
}
