/// Decoding one manifest document by its kind and apiVersion.
enum KindDecoding {
  struct Decoded {
    var object: LoadedObject
    var warnings: [LoadIssue]
  }

  static func decode(_ document: ManifestDocument) -> Result<Decoded, LoadIssue> {
    let file = document.file
    guard let kind = document.kind, !kind.isEmpty else {
      return .failure(
        LoadIssue(file: file, line: document.line, message: "kind is not set: every object needs apiVersion and kind"))
    }
    guard let apiVersion = document.apiVersion, !apiVersion.isEmpty else {
      return .failure(LoadIssue(file: file, line: document.line, message: "apiVersion is not set for \(kind)"))
    }
    guard let resource = ResourceRegistry.forKind(kind) else {
      return .failure(
        LoadIssue(
          file: file, line: document.line,
          message:
            "no matches for kind \"\(kind)\" in version \"\(apiVersion)\": the simulation does not know this kind"))
    }
    var warnings: [LoadIssue] = []
    var node = document.node
    if apiVersion != resource.apiVersion {
      if let warning = ResourceRegistry.removedVersionWarning(apiVersion: apiVersion, kind: kind) {
        warnings.append(LoadIssue(file: file, line: document.line, message: warning))
        node = LegacyVersions.upgrade(node, apiVersion: apiVersion, kind: kind, to: resource.apiVersion)
      } else if !resource.isSimulated && apiVersion.hasPrefix(resource.group.isEmpty ? "v" : resource.group + "/") {
        // A kind kept as written may be written in any version of its group.
      } else {
        return .failure(
          LoadIssue(
            file: file, line: document.line,
            message: "no matches for kind \"\(kind)\" in version \"\(apiVersion)\" (\(kind) is \(resource.apiVersion))")
        )
      }
    }
    let decoder = ManifestDecoder()
    let applied = decoder.decodeValue(from: node)
    guard resource.isSimulated else {
      let metadata: ObjectMeta
      do {
        metadata = try decoder.decode(
          ObjectMeta.self, from: node.member("metadata") ?? .emptyMapping(line: document.line), file: file
        ).value
      } catch {
        return .failure(
          LoadIssue(
            file: file, line: error.line,
            message: error.fieldPath.map { "metadata.\($0): \(error.message)" } ?? error.message))
      }
      warnings.append(
        LoadIssue(
          file: file, line: document.line,
          message: "\(kind) \"\(metadata.name)\" is kept as written: the simulation does not act on \(kind) objects yet"
        ))
      let object = UnstructuredObject(apiVersion: apiVersion, kind: kind, metadata: metadata, content: applied)
      return .success(
        Decoded(
          object: LoadedObject(
            content: .unstructured(object), resource: resource, file: file, line: document.line, node: node,
            applied: applied),
          warnings: warnings))
    }
    do {
      let (object, unknown) = try decodeTyped(kind, node: node, file: file)
      let name = object.metadata.name
      for field in unknown {
        warnings.append(
          LoadIssue(file: file, line: field.line, message: "unknown field \"\(field.path)\" in \(kind) \"\(name)\""))
      }
      return .success(
        Decoded(
          object: LoadedObject(
            content: .typed(object), resource: resource, file: file, line: document.line, node: node, applied: applied),
          warnings: warnings))
    } catch {
      let subject = document.name.map { "\(kind) \"\($0)\"" } ?? kind
      let message = error.fieldPath.map { "\(subject): \($0): \(error.message)" } ?? "\(subject): \(error.message)"
      return .failure(LoadIssue(file: file, line: error.line ?? document.line, message: message))
    }
  }

  /// Decodes a document as the Swift type of its kind.
  static func decodeTyped(
    _ kind: String, node: ManifestNode, file: String
  ) throws(ManifestError)
    -> (any APIObject, [UnknownField])
  {
    func typed<Object: APIObject>(_ type: Object.Type) throws(ManifestError) -> (any APIObject, [UnknownField]) {
      let decoded = try ManifestDecoder().decode(Object.self, from: node, file: file)
      return (decoded.value, decoded.unknownFields)
    }
    switch kind {
    case "Namespace": return try typed(Namespace.self)
    case "Node": return try typed(Node.self)
    case "Pod": return try typed(Pod.self)
    case "ReplicaSet": return try typed(ReplicaSet.self)
    case "ReplicationController": return try typed(ReplicationController.self)
    case "Deployment": return try typed(Deployment.self)
    case "DaemonSet": return try typed(DaemonSet.self)
    case "StatefulSet": return try typed(StatefulSet.self)
    case "Job": return try typed(Job.self)
    case "CronJob": return try typed(CronJob.self)
    case "Service": return try typed(Service.self)
    case "Endpoints": return try typed(Endpoints.self)
    case "EndpointSlice": return try typed(EndpointSlice.self)
    case "Ingress": return try typed(Ingress.self)
    case "IngressClass": return try typed(IngressClass.self)
    case "ConfigMap": return try typed(ConfigMap.self)
    case "Secret": return try typed(Secret.self)
    case "PersistentVolume": return try typed(PersistentVolume.self)
    case "PersistentVolumeClaim": return try typed(PersistentVolumeClaim.self)
    case "StorageClass": return try typed(StorageClass.self)
    case "ResourceQuota": return try typed(ResourceQuota.self)
    case "LimitRange": return try typed(LimitRange.self)
    case "Event": return try typed(Event.self)
    case "ControllerRevision": return try typed(ControllerRevision.self)
    default: throw ManifestError(file: file, message: "\(kind) has no typed model")
    }
  }
}
