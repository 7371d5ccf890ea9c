import KubeModel

/// What the generic verbs (get, describe, delete, label, annotate) need from one kind of object, whatever its Swift
/// type. Typed kinds, kinds kept as written, and events each have an implementation.
public protocol ResourceHandler: Sendable {
  var resource: ResourceKind { get }
  /// Keys of the objects in a namespace (all namespaces when nil) matching a label selector, sorted.
  func keys(in cluster: ClusterState, namespace: String?, selector: Selector?) -> [ObjectKey]
  func metadata(of key: ObjectKey, in cluster: ClusterState) -> ObjectMeta?
  /// The object as the API returns it, for `-o yaml` and `-o json`.
  func encoded(_ key: ObjectKey, in cluster: ClusterState) -> JSONValue?
  func table(_ keys: [ObjectKey], in cluster: ClusterState, wide: Bool) -> Table
  func describe(_ key: ObjectKey, in cluster: ClusterState) -> String?
  func delete(_ key: ObjectKey, in cluster: inout ClusterState, options: DeleteOptions) throws(APIError)
  /// Changes labels or annotations; returns whether anything changed.
  func updateMetadata(
    _ key: ObjectKey, in cluster: inout ClusterState, _ change: (inout ObjectMeta) throws(CommandError) -> Void
  ) throws(CommandError) -> Bool
}

public struct DeleteOptions: Sendable {
  public var propagation: DeletionPropagation = .background
  public var gracePeriodSeconds: Int?

  public init(propagation: DeletionPropagation = .background, gracePeriodSeconds: Int? = nil) {
    self.propagation = propagation
    self.gracePeriodSeconds = gracePeriodSeconds
  }
}

/// The handler of each resource.
public enum Resources {
  public static func handler(for resource: ResourceKind) -> any ResourceHandler {
    switch resource.kind {
    case "Namespace": return TypedHandler<Namespace>()
    case "Node": return TypedHandler<Node>()
    case "Pod": return TypedHandler<Pod>()
    case "ReplicaSet": return TypedHandler<ReplicaSet>()
    case "ReplicationController": return TypedHandler<ReplicationController>()
    case "Deployment": return TypedHandler<Deployment>()
    case "DaemonSet": return TypedHandler<DaemonSet>()
    case "StatefulSet": return TypedHandler<StatefulSet>()
    case "Job": return TypedHandler<Job>()
    case "CronJob": return TypedHandler<CronJob>()
    case "Service": return TypedHandler<Service>()
    case "Endpoints": return TypedHandler<Endpoints>()
    case "EndpointSlice": return TypedHandler<EndpointSlice>()
    case "Ingress": return TypedHandler<Ingress>()
    case "IngressClass": return TypedHandler<IngressClass>()
    case "ConfigMap": return TypedHandler<ConfigMap>()
    case "Secret": return TypedHandler<Secret>()
    case "PersistentVolume": return TypedHandler<PersistentVolume>()
    case "PersistentVolumeClaim": return TypedHandler<PersistentVolumeClaim>()
    case "StorageClass": return TypedHandler<StorageClass>()
    case "ResourceQuota": return TypedHandler<ResourceQuota>()
    case "LimitRange": return TypedHandler<LimitRange>()
    case "ControllerRevision": return TypedHandler<ControllerRevision>()
    case "Event": return EventHandler()
    default: return UnstructuredHandler(resource: resource)
    }
  }
}
