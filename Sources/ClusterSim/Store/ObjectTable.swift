import KubeModel

/// All objects of one kind, by namespace and name, with the indexes controllers look things up by.
///
/// The indexes (by namespace, by owner uid, by uid, and by node for pods) are updated on every write, so a
/// controller asking "which pods does this ReplicaSet own?" pays for the answer, not for the cluster's size.
/// Listings are sorted by namespace and name, the order the API server returns them in, so nothing depends on
/// hash order.
public struct ObjectTable<Object: StoredObject>: Sendable {
  public private(set) var objects: [ObjectKey: Object] = [:]
  private var namesByNamespace: [String: Set<String>] = [:]
  private var keysByOwnerUID: [String: Set<ObjectKey>] = [:]
  private var keysByNode: [String: Set<ObjectKey>] = [:]
  private var keysByUID: [String: ObjectKey] = [:]
  private var orphanNamesByNamespace: [String: Set<String>] = [:]
  /// The keys written, in order, for views that follow changes rather than re-read the table.
  public private(set) var journal = ChangeJournal()

  public init() {}

  public var count: Int { objects.count }
  public var isEmpty: Bool { objects.isEmpty }

  public subscript(key: ObjectKey) -> Object? { objects[key] }

  public subscript(namespace: String, name: String) -> Object? {
    objects[ObjectKey(namespace: namespace, name: name)]
  }

  public func contains(_ key: ObjectKey) -> Bool { objects.index(forKey: key) != nil }

  public func key(forUID uid: String) -> ObjectKey? { keysByUID[uid] }

  public func object(withUID uid: String) -> Object? { keysByUID[uid].flatMap { objects[$0] } }

  /// Inserts or replaces an object, keeping the indexes current. Returns the object it replaced.
  @discardableResult
  public mutating func upsert(_ object: Object) -> Object? {
    let key = object.key
    let old = objects.updateValue(object, forKey: key)
    if let old {
      // Most writes are status updates: same object, same owners. Only the node may have changed (a binding).
      if old.metadata.uid == object.metadata.uid && old.metadata.ownerReferences == object.metadata.ownerReferences {
        let oldNode = Object.indexedNodeName(of: old) ?? ""
        let newNode = Object.indexedNodeName(of: object) ?? ""
        if oldNode != newNode {
          if !oldNode.isEmpty { removeFromNode(oldNode, key) }
          if !newNode.isEmpty { keysByNode[newNode, default: []].insert(key) }
        }
        journal.record(key)
        return old
      }
      unindex(old, key: key)
    }
    index(object, key: key)
    journal.record(key)
    return old
  }

  private mutating func removeFromNode(_ node: String, _ key: ObjectKey) {
    keysByNode[node]?.remove(key)
    if keysByNode[node]?.isEmpty == true { keysByNode[node] = nil }
  }

  @discardableResult
  public mutating func remove(_ key: ObjectKey) -> Object? {
    guard let old = objects.removeValue(forKey: key) else { return nil }
    unindex(old, key: key)
    journal.record(key)
    return old
  }

  /// Objects in one namespace (or all when `namespace` is nil), sorted by namespace and name.
  public func list(namespace: String? = nil) -> [Object] {
    keys(namespace: namespace).compactMap { objects[$0] }
  }

  /// Keys in one namespace (or all), sorted.
  public func keys(namespace: String? = nil) -> [ObjectKey] {
    if let namespace {
      return (namesByNamespace[namespace] ?? []).sorted().map { ObjectKey(namespace: namespace, name: $0) }
    }
    return objects.keys.sorted()
  }

  public func count(namespace: String) -> Int { namesByNamespace[namespace]?.count ?? 0 }

  /// Keys of the objects whose owner references name `uid`, sorted.
  public func dependentKeys(ofOwnerUID uid: String) -> [ObjectKey] {
    (keysByOwnerUID[uid] ?? []).sorted()
  }

  public func dependents(ofOwnerUID uid: String) -> [Object] {
    dependentKeys(ofOwnerUID: uid).compactMap { objects[$0] }
  }

  public func hasDependents(ofOwnerUID uid: String) -> Bool { !(keysByOwnerUID[uid]?.isEmpty ?? true) }

  /// Keys of the objects in a namespace that no controller owns, sorted: candidates for adoption.
  public func orphanKeys(namespace: String) -> [ObjectKey] {
    (orphanNamesByNamespace[namespace] ?? []).sorted().map { ObjectKey(namespace: namespace, name: $0) }
  }

  /// Keys of the objects bound to a node (pods), sorted.
  public func keys(onNode node: String) -> [ObjectKey] { (keysByNode[node] ?? []).sorted() }

  public func count(onNode node: String) -> Int { keysByNode[node]?.count ?? 0 }

  /// The namespaces that hold at least one object, sorted.
  public var namespaces: [String] { namesByNamespace.keys.filter { !(namesByNamespace[$0]!.isEmpty) }.sorted() }

  private mutating func index(_ object: Object, key: ObjectKey) {
    namesByNamespace[key.namespace, default: []].insert(key.name)
    if !object.metadata.uid.isEmpty { keysByUID[object.metadata.uid] = key }
    for owner in object.metadata.ownerReferences {
      keysByOwnerUID[owner.uid, default: []].insert(key)
    }
    if object.metadata.controllerReference == nil {
      orphanNamesByNamespace[key.namespace, default: []].insert(key.name)
    }
    if let node = Object.indexedNodeName(of: object), !node.isEmpty {
      keysByNode[node, default: []].insert(key)
    }
  }

  private mutating func unindex(_ object: Object, key: ObjectKey) {
    namesByNamespace[key.namespace]?.remove(key.name)
    if namesByNamespace[key.namespace]?.isEmpty == true { namesByNamespace[key.namespace] = nil }
    if keysByUID[object.metadata.uid] == key { keysByUID[object.metadata.uid] = nil }
    for owner in object.metadata.ownerReferences {
      keysByOwnerUID[owner.uid]?.remove(key)
      if keysByOwnerUID[owner.uid]?.isEmpty == true { keysByOwnerUID[owner.uid] = nil }
    }
    if object.metadata.controllerReference == nil {
      orphanNamesByNamespace[key.namespace]?.remove(key.name)
      if orphanNamesByNamespace[key.namespace]?.isEmpty == true { orphanNamesByNamespace[key.namespace] = nil }
    }
    if let node = Object.indexedNodeName(of: object), !node.isEmpty { removeFromNode(node, key) }
  }
}

extension ObjectTable: Codable {
  public init(from decoder: any Decoder) throws {
    self.init()
    var container = try decoder.unkeyedContainer()
    while !container.isAtEnd { upsert(try container.decode(Object.self)) }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    for key in objects.keys.sorted() { try container.encode(objects[key]!) }
  }
}
