import KubeModel

/// Objects a cluster folder defines twice. `kubectl apply` would silently let the later one win; a cluster
/// definition with two objects of one kind, namespace and name is almost always a copy-paste mistake, so the later
/// ones are reported where their name is written and left out.
enum ManifestDuplicates {
  static func remove(from load: inout ManifestLoad, currentNamespace: String) {
    var first: [String: LoadedObject] = [:]
    var kept: [LoadedObject] = []
    for object in load.objects {
      let namespace =
        object.resource.isNamespaced ? (object.namespace.isEmpty ? currentNamespace : object.namespace) : ""
      let key = "\(object.resource.kind)/\(namespace)/\(object.name)"
      guard !object.name.isEmpty, let earlier = first[key] else {
        if !object.name.isEmpty { first[key] = object }
        kept.append(object)
        continue
      }
      load.errors.append(
        LoadIssue(
          file: object.file, line: object.line(of: "metadata.name"),
          message: "metadata.name: Duplicate value: \(goQuoted(object.name)): \(object.resource.kind) "
            + "\(goQuoted(object.name)) is already defined at \(earlier.file):\(earlier.line(of: "metadata.name"))"))
    }
    load.objects = kept
  }
}
