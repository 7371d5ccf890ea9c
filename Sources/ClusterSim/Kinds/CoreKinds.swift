import KubeModel

extension Namespace: StoredObject {
  public static let resource = ResourceRegistry.namespace
  public static var table: WritableKeyPath<Store, ObjectTable<Namespace>> { \.namespaces }

  public static func didChange(old: Namespace?, new: Namespace?, in cluster: inout ClusterState) {
    if let new, new.metadata.isBeingDeleted { cluster.enqueue(.namespace, new.key) }
  }
}

extension Node: StoredObject {
  public static let resource = ResourceRegistry.node
  public static var table: WritableKeyPath<Store, ObjectTable<Node>> { \.nodes }
  public static func specChanged(from old: Node, to new: Node) -> Bool { old.spec != new.spec }
}

extension Service: StoredObject {
  public static let resource = ResourceRegistry.service
  public static var table: WritableKeyPath<Store, ObjectTable<Service>> { \.services }
}

extension Endpoints: StoredObject {
  public static let resource = ResourceRegistry.endpoints
  public static var table: WritableKeyPath<Store, ObjectTable<Endpoints>> { \.endpoints }
}

extension EndpointSlice: StoredObject {
  public static let resource = ResourceRegistry.endpointSlice
  public static var table: WritableKeyPath<Store, ObjectTable<EndpointSlice>> { \.endpointSlices }
}

extension Ingress: StoredObject {
  public static let resource = ResourceRegistry.ingress
  public static var table: WritableKeyPath<Store, ObjectTable<Ingress>> { \.ingresses }
  public static func specChanged(from old: Ingress, to new: Ingress) -> Bool { old.spec != new.spec }
}

extension IngressClass: StoredObject {
  public static let resource = ResourceRegistry.ingressClass
  public static var table: WritableKeyPath<Store, ObjectTable<IngressClass>> { \.ingressClasses }
  public static func specChanged(from old: IngressClass, to new: IngressClass) -> Bool { old.spec != new.spec }
}

extension ConfigMap: StoredObject {
  public static let resource = ResourceRegistry.configMap
  public static var table: WritableKeyPath<Store, ObjectTable<ConfigMap>> { \.configMaps }
}

extension Secret: StoredObject {
  public static let resource = ResourceRegistry.secret
  public static var table: WritableKeyPath<Store, ObjectTable<Secret>> { \.secrets }
}

extension PersistentVolume: StoredObject {
  public static let resource = ResourceRegistry.persistentVolume
  public static var table: WritableKeyPath<Store, ObjectTable<PersistentVolume>> { \.persistentVolumes }
}

extension PersistentVolumeClaim: StoredObject {
  public static let resource = ResourceRegistry.persistentVolumeClaim
  public static var table: WritableKeyPath<Store, ObjectTable<PersistentVolumeClaim>> { \.persistentVolumeClaims }
}

extension StorageClass: StoredObject {
  public static let resource = ResourceRegistry.storageClass
  public static var table: WritableKeyPath<Store, ObjectTable<StorageClass>> { \.storageClasses }
}

extension ResourceQuota: StoredObject {
  public static let resource = ResourceRegistry.resourceQuota
  public static var table: WritableKeyPath<Store, ObjectTable<ResourceQuota>> { \.resourceQuotas }
}

extension LimitRange: StoredObject {
  public static let resource = ResourceRegistry.limitRange
  public static var table: WritableKeyPath<Store, ObjectTable<LimitRange>> { \.limitRanges }
}
