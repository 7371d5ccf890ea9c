import KubeModel

/// What kubectl passes to every describer (`describe.DescriberSettings`): whether the Events section is shown.
/// kubectl 1.36 shows events when one object is described and hides them for several, unless `--show-events` is
/// given.
public struct DescriberSettings: Hashable, Sendable {
  public var showEvents: Bool

  public init(showEvents: Bool = true) { self.showEvents = showEvents }
}

/// A kind with its own describe layout that honours ``DescriberSettings``.
public protocol SettingsDescribable: Describable {
  func describe(in cluster: ClusterState, settings: DescriberSettings) -> String
}

extension SettingsDescribable {
  public func describe(in cluster: ClusterState) -> String { describe(in: cluster, settings: DescriberSettings()) }
}

/// The describe page of any stored object (kubectl's `describerMap`, falling back to the generic describer).
public enum Describers {
  public static func describe(
    _ resource: ResourceKind, _ key: ObjectKey, in cluster: ClusterState, settings: DescriberSettings
  ) -> String? {
    func typed<Object: StoredObject & SettingsDescribable>(_ type: Object.Type) -> String? {
      cluster.store[keyPath: Object.table][key]?.describe(in: cluster, settings: settings)
    }
    switch resource.kind {
    case "Namespace": return typed(Namespace.self)
    case "Node": return typed(Node.self)
    case "Pod": return typed(Pod.self)
    case "ReplicaSet": return typed(ReplicaSet.self)
    case "ReplicationController": return typed(ReplicationController.self)
    case "Deployment": return typed(Deployment.self)
    case "DaemonSet": return typed(DaemonSet.self)
    case "StatefulSet": return typed(StatefulSet.self)
    case "Job": return typed(Job.self)
    case "CronJob": return typed(CronJob.self)
    case "Service": return typed(Service.self)
    case "Endpoints": return typed(Endpoints.self)
    case "EndpointSlice": return typed(EndpointSlice.self)
    case "Ingress": return typed(Ingress.self)
    case "IngressClass": return typed(IngressClass.self)
    case "ConfigMap": return typed(ConfigMap.self)
    case "Secret": return typed(Secret.self)
    case "PersistentVolume": return typed(PersistentVolume.self)
    case "PersistentVolumeClaim": return typed(PersistentVolumeClaim.self)
    case "StorageClass": return typed(StorageClass.self)
    case "ResourceQuota": return typed(ResourceQuota.self)
    case "LimitRange": return typed(LimitRange.self)
    case "Event", "ControllerRevision": return Resources.handler(for: resource).describe(key, in: cluster)
    default:
      guard let object = cluster.store.unstructured[resource.kind, key] else { return nil }
      return GenericDescriber.describe(
        metadata: object.metadata, encoded: object.content, events: cluster.store.events, now: cluster.now,
        showEvents: settings.showEvents)
    }
  }
}
