import KubeModel

/// The generic verbs over a kind the simulation models as a Swift type.
struct TypedHandler<Object: StoredObject & TablePrintable>: ResourceHandler {
  var resource: ResourceKind { Object.resource }

  func keys(in cluster: ClusterState, namespace: String?, selector: Selector?) -> [ObjectKey] {
    let table = cluster.store[keyPath: Object.table]
    let keys = table.keys(namespace: Object.isNamespaced ? namespace : nil)
    guard let selector, !selector.isEverything else { return keys }
    return keys.filter { selector.matches(table[$0]!.metadata.labels) }
  }

  func metadata(of key: ObjectKey, in cluster: ClusterState) -> ObjectMeta? {
    cluster.store[keyPath: Object.table][key]?.metadata
  }

  func encoded(_ key: ObjectKey, in cluster: ClusterState) -> JSONValue? {
    cluster.store[keyPath: Object.table][key].map { ObjectEncoder.encode(cluster.presented($0)) }
  }

  func table(_ keys: [ObjectKey], in cluster: ClusterState, wide: Bool) -> Table {
    let store = cluster.store[keyPath: Object.table]
    return Table(
      columns: Object.columns(wide: wide),
      rows: keys.compactMap { store[$0] }.map { Object.row($0, in: cluster, wide: wide) })
  }

  func describe(_ key: ObjectKey, in cluster: ClusterState) -> String? {
    guard let stored = cluster.store[keyPath: Object.table][key] else { return nil }
    let object = cluster.presented(stored)
    if let describable = object as? any Describable { return describable.describe(in: cluster) }
    return GenericDescriber.describe(
      metadata: object.metadata, encoded: ObjectEncoder.encode(object), events: cluster.store.events,
      now: cluster.now)
  }

  func delete(_ key: ObjectKey, in cluster: inout ClusterState, options: DeleteOptions) throws(APIError) {
    try cluster.delete(
      Object.self, key, propagation: options.propagation, gracePeriodSeconds: options.gracePeriodSeconds)
  }

  func updateMetadata(
    _ key: ObjectKey, in cluster: inout ClusterState, _ change: (inout ObjectMeta) throws(CommandError) -> Void
  ) throws(CommandError) -> Bool {
    guard var object = cluster.store[keyPath: Object.table][key] else {
      throw CommandError(APIError.notFound(Object.resource, key.name).description)
    }
    let before = object.metadata
    try change(&object.metadata)
    guard object.metadata != before else { return false }
    do {
      try cluster.update(object)
    } catch {
      throw CommandError(error.description)
    }
    return true
  }
}

/// A kind whose `kubectl describe` output has its own layout.
public protocol Describable {
  func describe(in cluster: ClusterState) -> String
}
