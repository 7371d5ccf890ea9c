import KubeModel

/// The generic verbs over a kind kept as written: listed with NAME and AGE, printed as written.
struct UnstructuredHandler: ResourceHandler {
  let resource: ResourceKind

  func keys(in cluster: ClusterState, namespace: String?, selector: Selector?) -> [ObjectKey] {
    cluster.store.unstructured.list(kind: resource.kind, namespace: resource.isNamespaced ? namespace : nil)
      .filter { selector?.matches($0.metadata.labels) ?? true }
      .map { ObjectKey(namespace: $0.metadata.namespace, name: $0.metadata.name) }
  }

  func metadata(of key: ObjectKey, in cluster: ClusterState) -> ObjectMeta? {
    cluster.store.unstructured[resource.kind, key]?.metadata
  }

  func encoded(_ key: ObjectKey, in cluster: ClusterState) -> JSONValue? {
    cluster.store.unstructured[resource.kind, key]?.content
  }

  func table(_ keys: [ObjectKey], in cluster: ClusterState, wide: Bool) -> Table {
    Table(
      columns: ["NAME", "AGE"],
      rows: keys.compactMap { cluster.store.unstructured[resource.kind, $0] }.map {
        [$0.metadata.name, HumanDuration.age(since: $0.metadata.creationTimestamp, now: cluster.now)]
      })
  }

  func describe(_ key: ObjectKey, in cluster: ClusterState) -> String? {
    guard let object = cluster.store.unstructured[resource.kind, key] else { return nil }
    return GenericDescriber.describe(
      metadata: object.metadata, encoded: object.content, events: cluster.store.events, now: cluster.now)
  }

  func delete(_ key: ObjectKey, in cluster: inout ClusterState, options: DeleteOptions) throws(APIError) {
    guard cluster.store.unstructured[resource.kind, key] != nil else {
      throw APIError.notFound(resource, key.name)
    }
    cluster.store.unstructured[resource.kind, key] = nil
    cluster.store.resourceVersion += 1
  }

  func updateMetadata(
    _ key: ObjectKey, in cluster: inout ClusterState, _ change: (inout ObjectMeta) throws(CommandError) -> Void
  ) throws(CommandError) -> Bool {
    guard var object = cluster.store.unstructured[resource.kind, key] else {
      throw CommandError(APIError.notFound(resource, key.name).description)
    }
    let before = object.metadata
    try change(&object.metadata)
    guard object.metadata != before else { return false }
    var metadata = object.content["metadata"]?.objectValue ?? [:]
    metadata["labels"] =
      object.metadata.labels.isEmpty ? nil : .object(object.metadata.labels.mapValues { .string($0) })
    metadata["annotations"] =
      object.metadata.annotations.isEmpty ? nil : .object(object.metadata.annotations.mapValues { .string($0) })
    var content = object.content.objectValue ?? [:]
    content["metadata"] = .object(metadata)
    object.content = .object(content)
    cluster.store.unstructured[resource.kind, key] = object
    cluster.store.resourceVersion += 1
    return true
  }
}

/// Events, which live in the event log rather than a table.
struct EventHandler: ResourceHandler {
  var resource: ResourceKind { ResourceRegistry.event }

  private func events(_ cluster: ClusterState, namespace: String?) -> [Event] {
    cluster.store.events.all.filter { namespace == nil || $0.metadata.namespace == namespace }
  }

  func keys(in cluster: ClusterState, namespace: String?, selector: Selector?) -> [ObjectKey] {
    events(cluster, namespace: namespace).filter { selector?.matches($0.metadata.labels) ?? true }.map(\.key)
  }

  private func event(_ key: ObjectKey, _ cluster: ClusterState) -> Event? {
    cluster.store.events.all.first { $0.key == key }
  }

  func metadata(of key: ObjectKey, in cluster: ClusterState) -> ObjectMeta? { event(key, cluster)?.metadata }

  func encoded(_ key: ObjectKey, in cluster: ClusterState) -> JSONValue? {
    event(key, cluster).map { ObjectEncoder.encode($0) }
  }

  func table(_ keys: [ObjectKey], in cluster: ClusterState, wide: Bool) -> Table {
    let wanted = Set(keys)
    let events = cluster.store.events.all.filter { wanted.contains($0.key) }
    return Table(columns: Event.columns(wide: wide), rows: events.map { Event.row($0, in: cluster, wide: wide) })
  }

  func describe(_ key: ObjectKey, in cluster: ClusterState) -> String? {
    guard let event = event(key, cluster) else { return nil }
    return GenericDescriber.describe(
      metadata: event.metadata, encoded: ObjectEncoder.encode(event), events: EventLog(), now: cluster.now)
  }

  func delete(_ key: ObjectKey, in cluster: inout ClusterState, options: DeleteOptions) throws(APIError) {
    throw APIError(.methodNotAllowed, "the simulation keeps events until they expire")
  }

  func updateMetadata(
    _ key: ObjectKey, in cluster: inout ClusterState, _ change: (inout ObjectMeta) throws(CommandError) -> Void
  ) throws(CommandError) -> Bool {
    throw CommandError("events cannot be labeled in the simulation")
  }
}
