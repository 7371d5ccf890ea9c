/// Upgrades manifests written for API versions Kubernetes removed (still common in tutorials) to the current
/// version, keeping every line number: `extensions/v1beta1` and `networking.k8s.io/v1beta1` Ingresses get the v1
/// backend shape; old `apps`/`extensions` workloads without a selector select their template's labels, as those
/// versions defaulted it.
enum LegacyVersions {
  static func upgrade(_ node: ManifestNode, apiVersion: String, kind: String, to current: String) -> ManifestNode {
    var node = node.setting("apiVersion", to: .scalar(ManifestScalar(text: current, style: .plain)))
    switch kind {
    case "Ingress":
      node = node.updating("spec") { spec in
        var spec = spec.renaming("backend", to: "defaultBackend")
        spec = spec.updating("defaultBackend") { upgradeBackend($0) }
        return spec.updating("rules") { rules in
          rules.mappingItems { rule in
            rule.updating("http") { http in
              http.updating("paths") { paths in
                paths.mappingItems { path in
                  var path = path.updating("backend") { upgradeBackend($0) }
                  if path["pathType"] == nil {
                    path = path.setting(
                      "pathType", to: .scalar(ManifestScalar(text: "ImplementationSpecific", style: .plain)))
                  }
                  return path
                }
              }
            }
          }
        }
      }
    case "Deployment", "DaemonSet", "ReplicaSet", "StatefulSet":
      if node["spec"]?["selector"] == nil, let labels = node["spec"]?["template"]?["metadata"]?["labels"] {
        let selector = ManifestNode(
          .mapping([ManifestEntry(key: "matchLabels", keyLine: labels.line, keyColumn: labels.column, value: labels)]),
          line: labels.line, column: labels.column)
        node = node.updating("spec") { $0.setting("selector", to: selector.content, line: labels.line) }
      }
    default:
      break
    }
    return node
  }

  /// `{serviceName: web, servicePort: 80}` → `{service: {name: web, port: {number: 80}}}`.
  static func upgradeBackend(_ backend: ManifestNode) -> ManifestNode {
    guard let name = backend["serviceName"] else { return backend }
    var portEntries: [ManifestEntry] = []
    if let port = backend["servicePort"] {
      let key: String
      if case .int = port.scalar?.resolved { key = "number" } else { key = "name" }
      portEntries.append(ManifestEntry(key: key, keyLine: port.line, keyColumn: port.column, value: port))
    }
    let service = ManifestNode(
      .mapping([
        ManifestEntry(key: "name", keyLine: name.line, keyColumn: name.column, value: name),
        ManifestEntry(
          key: "port", keyLine: name.line, keyColumn: name.column,
          value: ManifestNode(.mapping(portEntries), line: name.line, column: name.column)),
      ]), line: name.line, column: name.column)
    var entries = (backend.entries ?? []).filter { $0.key != "serviceName" && $0.key != "servicePort" }
    entries.append(ManifestEntry(key: "service", keyLine: name.line, keyColumn: name.column, value: service))
    return ManifestNode(.mapping(entries), line: backend.line, column: backend.column)
  }
}

extension ManifestNode {
  /// This mapping with `key` set to `content` (added at `line`, or replaced in place).
  func setting(_ key: String, to content: Content, line: Int? = nil) -> ManifestNode {
    guard var entries else { return self }
    if let index = entries.firstIndex(where: { $0.key == key }) {
      entries[index].value.content = content
    } else {
      let at = line ?? self.line
      entries.append(
        ManifestEntry(key: key, keyLine: at, keyColumn: column, value: ManifestNode(content, line: at, column: column)))
    }
    return ManifestNode(.mapping(entries), line: self.line, column: column)
  }

  /// This mapping with the value under `key` transformed, when present.
  func updating(_ key: String, _ transform: (ManifestNode) -> ManifestNode) -> ManifestNode {
    guard var entries, let index = entries.firstIndex(where: { $0.key == key }) else { return self }
    entries[index].value = transform(entries[index].value)
    return ManifestNode(.mapping(entries), line: line, column: column)
  }

  func renaming(_ key: String, to newKey: String) -> ManifestNode {
    guard var entries, let index = entries.firstIndex(where: { $0.key == key }) else { return self }
    entries[index].key = newKey
    return ManifestNode(.mapping(entries), line: line, column: column)
  }

  /// This sequence with each mapping item transformed.
  func mappingItems(_ transform: (ManifestNode) -> ManifestNode) -> ManifestNode {
    guard let items else { return self }
    return ManifestNode(.sequence(items.map { $0.entries == nil ? $0 : transform($0) }), line: line, column: column)
  }
}
