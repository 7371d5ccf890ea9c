import KubeModel

/// The API server's write path: every change to the store goes through here, so defaults, admission, validation,
/// resource versions and watch notifications apply to commands and controllers alike.
extension ClusterState {
  /// Creates an object, as `POST` does: fills metadata, defaults, admits and validates it.
  @discardableResult
  public mutating func create<Object: StoredObject>(_ object: Object) throws(APIError) -> Object {
    var object = object
    object.apiVersion = Object.apiVersion
    object.kind = Object.kind
    if Object.isNamespaced {
      if object.metadata.namespace.isEmpty { object.metadata.namespace = currentNamespace }
      try requireActiveNamespace(object.metadata.namespace, creating: Object.resource)
    } else {
      object.metadata.namespace = ""
    }
    guard !object.metadata.name.isEmpty || !object.metadata.generateName.isEmpty else {
      throw APIError.invalid(
        kind: Object.kind, name: "", [.required("metadata.name", "name or generateName is required")])
    }
    if !object.metadata.name.isEmpty, store[keyPath: Object.table][object.key] != nil {
      throw APIError.alreadyExists(Object.resource, object.metadata.name)
    }
    // Admission runs before a generated name exists, so its refusals name the pod by its generateName
    // (`pods "web-7d9c5b6f8-" is forbidden: exceeded quota ...`), as the API server's do.
    let specKnownValid = try Object.defaultAndAdmitNew(&object, in: &self)
    try ResourceQuotaAdmission.admit(object, in: &self)
    if object.metadata.name.isEmpty {
      repeat {
        object.metadata.name = object.metadata.generateName + random.names.nameSuffix()
      } while store[keyPath: Object.table][object.key] != nil
    }
    let problems = Object.validateNew(object, specKnownValid: specKnownValid)
    guard problems.isEmpty else { throw APIError.invalid(kind: Object.kind, name: object.metadata.name, problems) }
    object.metadata.uid = random.uids.uuid()
    object.metadata.creationTimestamp = now
    object.metadata.generation = 1
    object.metadata.deletionTimestamp = nil
    return commit(object, replacing: nil)
  }

  /// Replaces an object's desired state, as `PUT` does: defaults, admission and validation against the old object;
  /// `generation` increases when the spec changed.
  @discardableResult
  public mutating func update<Object: StoredObject>(_ object: Object) throws(APIError) -> Object {
    guard let old = store[keyPath: Object.table][object.key] else {
      throw APIError.notFound(Object.resource, object.metadata.name)
    }
    var object = object
    object.apiVersion = Object.apiVersion
    object.kind = Object.kind
    object.metadata.uid = old.metadata.uid
    object.metadata.creationTimestamp = old.metadata.creationTimestamp
    object.metadata.deletionTimestamp = old.metadata.deletionTimestamp
    object.metadata.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds
    object.metadata.generation = old.metadata.generation
    object.metadata.resourceVersion = old.metadata.resourceVersion
    object.applyDefaults()
    try Object.admit(&object, old: old, in: &self)
    let problems = object.validate(old: old)
    guard problems.isEmpty else { throw APIError.invalid(kind: Object.kind, name: object.metadata.name, problems) }
    if Object.specChanged(from: old, to: object) { object.metadata.generation = old.metadata.generation + 1 }
    if object == old { return old }
    return commit(object, replacing: old)
  }

  /// Writes what a controller observed or decided (status, annotations, owner references), trusted as the
  /// controllers' own writes are: no admission or validation, no generation change. A write that changes nothing
  /// is dropped, so controllers never wake each other for nothing.
  @discardableResult
  public mutating func write<Object: StoredObject>(_ object: Object) -> Object {
    let old = store[keyPath: Object.table][object.key]
    if let old, old == object { return old }
    return commit(object, replacing: old)
  }

  /// Removes an object from the store at once (after graceful deletion, or for kinds without it) and lets the
  /// garbage collector find its dependents.
  public mutating func remove<Object: StoredObject>(_ type: Object.Type, _ key: ObjectKey) {
    guard let old = store[keyPath: Object.table].remove(key) else { return }
    store.resourceVersion += 1
    Object.didChange(old: old, new: nil, in: &self)
    QuotaWatchers.changed(old: old, new: nil, in: &self)
    if !old.metadata.uid.isEmpty { GarbageCollector.ownerRemoved(uid: old.metadata.uid, in: &self) }
    for owner in old.metadata.ownerReferences {
      GarbageCollector.finishForegroundDeletion(ownerUID: owner.uid, in: &self)
    }
  }

  private mutating func commit<Object: StoredObject>(_ object: Object, replacing old: Object?) -> Object {
    var object = object
    store.resourceVersion += 1
    object.metadata.resourceVersion = String(store.resourceVersion)
    store[keyPath: Object.table].upsert(object)
    Object.didChange(old: old, new: object, in: &self)
    QuotaWatchers.changed(old: old, new: object, in: &self)
    return object
  }

  /// Refuses creation in a namespace that does not exist or is being deleted, as the NamespaceLifecycle admission
  /// plugin does.
  func requireActiveNamespace(_ namespace: String, creating resource: ResourceKind) throws(APIError) {
    guard let found = store.namespaces[ObjectKey(namespace: "", name: namespace)] else {
      throw APIError.notFound(ResourceRegistry.namespace, namespace)
    }
    if found.metadata.isBeingDeleted || found.status.phase == "Terminating" {
      throw APIError.forbidden(
        "\(resource.plural) is forbidden: unable to create new content in namespace \(namespace) because it is "
          + "being terminated")
    }
  }
}
