import KubeModel

/// The API server's storage: one table per kind, plus events and the objects of kinds kept as written.
public struct Store: Sendable, Codable {
  public var namespaces = ObjectTable<Namespace>()
  public var nodes = ObjectTable<Node>()
  public var pods = ObjectTable<Pod>()
  public var replicaSets = ObjectTable<ReplicaSet>()
  public var replicationControllers = ObjectTable<ReplicationController>()
  public var deployments = ObjectTable<Deployment>()
  public var daemonSets = ObjectTable<DaemonSet>()
  public var statefulSets = ObjectTable<StatefulSet>()
  public var jobs = ObjectTable<Job>()
  public var cronJobs = ObjectTable<CronJob>()
  public var services = ObjectTable<Service>()
  public var endpoints = ObjectTable<Endpoints>()
  public var endpointSlices = ObjectTable<EndpointSlice>()
  public var ingresses = ObjectTable<Ingress>()
  public var ingressClasses = ObjectTable<IngressClass>()
  public var configMaps = ObjectTable<ConfigMap>()
  public var secrets = ObjectTable<Secret>()
  public var persistentVolumes = ObjectTable<PersistentVolume>()
  public var persistentVolumeClaims = ObjectTable<PersistentVolumeClaim>()
  public var storageClasses = ObjectTable<StorageClass>()
  public var resourceQuotas = ObjectTable<ResourceQuota>()
  public var limitRanges = ObjectTable<LimitRange>()
  public var controllerRevisions = ObjectTable<ControllerRevision>()
  public var unstructured = UnstructuredTable()
  public var events = EventLog()

  /// The last resource version handed out; every write takes the next one, as etcd's revision does.
  public var resourceVersion: Int64 = 0

  public init() {}
}

/// Objects of kinds the simulation keeps as written (NetworkPolicy, HorizontalPodAutoscaler, ...), by kind.
public struct UnstructuredTable: Sendable, Codable {
  public private(set) var objectsByKind: [String: [ObjectKey: UnstructuredObject]] = [:]

  public init() {}

  public subscript(kind: String, key: ObjectKey) -> UnstructuredObject? {
    get { objectsByKind[kind]?[key] }
    set { objectsByKind[kind, default: [:]][key] = newValue }
  }

  public func list(kind: String, namespace: String?) -> [UnstructuredObject] {
    let objects = objectsByKind[kind] ?? [:]
    return objects.keys.sorted().filter { namespace == nil || $0.namespace == namespace }.map { objects[$0]! }
  }

  public mutating func removeAll(inNamespace namespace: String) {
    for kind in objectsByKind.keys {
      objectsByKind[kind] = objectsByKind[kind]?.filter { $0.key.namespace != namespace }
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let objects = try container.decode([UnstructuredObject].self)
    for object in objects {
      self[object.kind, ObjectKey(namespace: object.metadata.namespace, name: object.metadata.name)] = object
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    let all = objectsByKind.keys.sorted().flatMap { kind in
      objectsByKind[kind]!.keys.sorted().map { objectsByKind[kind]![$0]! }
    }
    try container.encode(all)
  }
}

extension UnstructuredObject: Codable {
  public init(from decoder: any Decoder) throws {
    let content = try JSONValue(from: decoder)
    let metadata = content["metadata"]
    var meta = ObjectMeta()
    meta.name = metadata?["name"]?.stringValue ?? ""
    meta.namespace = metadata?["namespace"]?.stringValue ?? ""
    meta.uid = metadata?["uid"]?.stringValue ?? ""
    meta.resourceVersion = metadata?["resourceVersion"]?.stringValue ?? ""
    if let created = metadata?["creationTimestamp"]?.stringValue {
      meta.creationTimestamp = Timestamp(rfc3339: created)
    }
    for (key, value) in metadata?["labels"]?.objectValue ?? [:] { meta.labels[key] = value.stringValue }
    self.init(
      apiVersion: content["apiVersion"]?.stringValue ?? "", kind: content["kind"]?.stringValue ?? "",
      metadata: meta, content: content)
  }

  public func encode(to encoder: any Encoder) throws {
    try content.encode(to: encoder)
  }
}
