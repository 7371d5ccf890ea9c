import KubeModel

/// Applies one loaded object as `kubectl apply` (client-side) or `kubectl create` does.
///
/// `apply` records what was applied in the `kubectl.kubernetes.io/last-applied-configuration` annotation and
/// merges three ways: fields that changed in the manifest since the last apply are set, fields removed from it are
/// removed, and fields the manifest did not change keep their live values (so `kubectl scale` followed by an
/// unchanged `apply` reports `unchanged`).
enum ObjectApplier {
  static let lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"

  struct Failure: Error {
    var text: String
  }

  static func apply(
    _ loaded: LoadedObject, namespace: String?, mode: Simulation.ApplyMode, in cluster: inout ClusterState
  )
    -> Result<String, Failure>
  {
    switch loaded.content {
    case .typed(let object):
      if var event = object as? Event {
        if event.metadata.namespace.isEmpty { event.metadata.namespace = namespace ?? cluster.currentNamespace }
        cluster.store.events.record(event)
        return .success("event/\(event.metadata.name) created")
      }
      guard let stored = object as? any StoredObject else {
        return .failure(Failure(text: "error: \(loaded.file):\(loaded.line): \(loaded.resource.kind) cannot be stored"))
      }
      return applyTyped(stored, loaded, namespace: namespace, mode: mode, in: &cluster)
    case .unstructured(let object):
      return applyUnstructured(object, loaded, namespace: namespace, mode: mode, in: &cluster)
    }
  }

  static func applyTyped<Object: StoredObject>(
    _ object: Object, _ loaded: LoadedObject, namespace: String?, mode: Simulation.ApplyMode,
    in cluster: inout ClusterState
  ) -> Result<String, Failure> {
    var object = object
    if let problem = placeNamespace(&object.metadata, isNamespaced: Object.isNamespaced, flag: namespace, cluster) {
      return .failure(Failure(text: "error: \(loaded.file):\(loaded.line): \(problem)"))
    }
    var applied = loaded.applied
    if case .object(var members) = applied {
      var metadata = members["metadata"]?.objectValue ?? [:]
      if Object.isNamespaced { metadata["namespace"] = .string(object.metadata.namespace) }
      members["metadata"] = .object(metadata)
      applied = .object(members)
    }
    let name = ObjectOutput.name(Object.resource, object.metadata.name)
    let existing = cluster.store[keyPath: Object.table][object.key]
    switch mode {
    case .create:
      if existing != nil {
        return .failure(
          Failure(
            text: "Error from server (AlreadyExists): error when creating \"\(loaded.file)\": "
              + "\(Object.resource.qualifiedPlural) \"\(object.metadata.name)\" already exists"))
      }
      return create(object, loaded, name: name, in: &cluster)
    case .apply:
      let record = JSONWriter.compact(applied)
      guard let existing else {
        object.metadata.annotations[lastAppliedAnnotation] = record
        return create(object, loaded, name: name, in: &cluster)
      }
      let live = ObjectEncoder.encode(existing)
      let last = existing.metadata.annotations[lastAppliedAnnotation].flatMap { JSONReading.parse($0) }
      var merged = ThreeWayMerge.merge(live: live, lastApplied: last, applied: applied)
      merged = ThreeWayMerge.setAnnotation(merged, lastAppliedAnnotation, record)
      let decoded: Object
      do {
        decoded = try ManifestDecoder().decode(Object.self, from: ManifestNode(json: merged), file: loaded.file).value
      } catch {
        return .failure(Failure(text: "error: \(loaded.file):\(loaded.line): \(error.message)"))
      }
      var candidate = decoded
      candidate.applyDefaults()
      candidate.metadata.resourceVersion = existing.metadata.resourceVersion
      candidate.metadata.generation = existing.metadata.generation
      if candidate == existing { return .success("\(name) unchanged") }
      do {
        let updated = try cluster.update(decoded)
        return .success(updated == existing ? "\(name) unchanged" : "\(name) configured")
      } catch {
        return .failure(Failure(text: located(error, loaded)))
      }
    }
  }

  static func create<Object: StoredObject>(
    _ object: Object, _ loaded: LoadedObject, name: String, in cluster: inout ClusterState
  ) -> Result<String, Failure> {
    do {
      try cluster.create(object)
      return .success("\(name) created")
    } catch {
      return .failure(Failure(text: located(error, loaded)))
    }
  }

  static func applyUnstructured(
    _ object: UnstructuredObject, _ loaded: LoadedObject, namespace: String?, mode: Simulation.ApplyMode,
    in cluster: inout ClusterState
  ) -> Result<String, Failure> {
    var object = object
    if let problem = placeNamespace(
      &object.metadata, isNamespaced: loaded.resource.isNamespaced, flag: namespace, cluster)
    {
      return .failure(Failure(text: "error: \(loaded.file):\(loaded.line): \(problem)"))
    }
    let key = ObjectKey(namespace: object.metadata.namespace, name: object.metadata.name)
    let name = ObjectOutput.name(loaded.resource, object.metadata.name)
    if let existing = cluster.store.unstructured[object.kind, key] {
      if mode == .create {
        return .failure(
          Failure(
            text: "Error from server (AlreadyExists): error when creating \"\(loaded.file)\": "
              + "\(loaded.resource.qualifiedPlural) \"\(object.metadata.name)\" already exists"))
      }
      if existing.content == object.content { return .success("\(name) unchanged") }
      object.metadata.uid = existing.metadata.uid
      object.metadata.creationTimestamp = existing.metadata.creationTimestamp
      cluster.store.unstructured[object.kind, key] = object
      cluster.store.resourceVersion += 1
      return .success("\(name) configured")
    }
    if loaded.resource.isNamespaced, cluster.store.namespaces["", object.metadata.namespace] == nil {
      return .failure(
        Failure(text: located(APIError.notFound(ResourceRegistry.namespace, object.metadata.namespace), loaded)))
    }
    object.metadata.uid = cluster.random.uids.uuid()
    object.metadata.creationTimestamp = cluster.now
    cluster.store.unstructured[object.kind, key] = object
    cluster.store.resourceVersion += 1
    return .success("\(name) created")
  }

  /// The object's namespace: as written, else `-n`, else the current one. A manifest naming another namespace than
  /// `-n` is refused, as kubectl refuses it.
  static func placeNamespace(
    _ metadata: inout ObjectMeta, isNamespaced: Bool, flag: String?, _ cluster: ClusterState
  )
    -> String?
  {
    guard isNamespaced else {
      metadata.namespace = ""
      return nil
    }
    if let flag, !metadata.namespace.isEmpty, metadata.namespace != flag {
      return "the namespace from the provided object \"\(metadata.namespace)\" does not match the namespace "
        + "\"\(flag)\". You must pass '--namespace=\(metadata.namespace)' to perform this operation."
    }
    if metadata.namespace.isEmpty { metadata.namespace = flag ?? cluster.currentNamespace }
    return nil
  }

  /// An API error with the manifest location of its first field: `web.yaml:14: The Deployment "web" is invalid: ...`.
  static func located(_ error: APIError, _ loaded: LoadedObject) -> String {
    if let (kind, name) = error.invalidObject {
      let causes = error.causes.map { "\(loaded.file):\(loaded.line(of: $0.field)): \($0)" }
      if causes.count == 1 { return "The \(kind) \"\(name)\" is invalid: \(causes[0])" }
      return "The \(kind) \"\(name)\" is invalid: \n" + causes.map { "* \($0)" }.joined(separator: "\n")
    }
    // A missing namespace is the one write error caused by a single field: point at it.
    if error.reason == .notFound, !loaded.namespace.isEmpty,
      error == APIError.notFound(ResourceRegistry.namespace, loaded.namespace)
    {
      return "\(loaded.file):\(loaded.line(of: "metadata.namespace")): \(error.description)"
    }
    return "\(loaded.file):\(loaded.line): \(error.description)"
  }
}

/// The three-way merge of client-side apply on JSON trees.
enum ThreeWayMerge {
  static func merge(live: JSONValue?, lastApplied: JSONValue?, applied: JSONValue) -> JSONValue {
    guard case .object(let appliedMembers) = applied, case .object(let liveMembers)? = live else { return applied }
    var result = liveMembers
    let lastMembers = lastApplied?.objectValue ?? [:]
    for (key, value) in appliedMembers {
      let previous = lastMembers[key]
      if previous == value, lastApplied != nil {
        continue
      }
      if case .object = value, case .object = liveMembers[key] {
        result[key] = merge(live: liveMembers[key], lastApplied: previous, applied: value)
      } else {
        result[key] = value
      }
    }
    for key in lastMembers.keys where appliedMembers[key] == nil {
      result[key] = nil
    }
    return .object(result)
  }

  static func setAnnotation(_ object: JSONValue, _ key: String, _ value: String) -> JSONValue {
    guard case .object(var members) = object else { return object }
    var metadata = members["metadata"]?.objectValue ?? [:]
    var annotations = metadata["annotations"]?.objectValue ?? [:]
    annotations[key] = .string(value)
    metadata["annotations"] = .object(annotations)
    members["metadata"] = .object(metadata)
    return .object(members)
  }
}
