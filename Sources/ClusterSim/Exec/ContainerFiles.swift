import KubeModel

/// The files a simulated container can show: its ConfigMap and Secret volumes (every key as a file, or the
/// `items` chosen, or one key through `subPath`; Secret values decoded), empty `emptyDir` volumes, and what the
/// kubelet writes into every container (`/etc/hostname`, `/etc/hosts`, `/etc/resolv.conf` with the cluster's
/// search path, the service account's namespace). Mounted files show the objects' current contents (the kubelet
/// refreshes them within about a minute upstream).
struct ContainerFiles {
  private(set) var files: [String: String] = [:]
  private(set) var directories: Set<String> = ["/"]

  init(pod: Pod, container: Container, in cluster: ClusterState) {
    let namespace = pod.metadata.namespace
    let hostname = pod.spec.hostname.isEmpty ? pod.metadata.name : pod.spec.hostname
    add("/etc/hostname", hostname + "\n")
    var hostsLine = "\(pod.status.podIP)\t\(hostname)"
    if !pod.spec.subdomain.isEmpty {
      hostsLine =
        "\(pod.status.podIP)\t\(hostname).\(pod.spec.subdomain).\(namespace).svc.\(ClusterDNS.domain)\t\(hostname)"
    }
    add(
      "/etc/hosts",
      "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n"
        + "fe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n"
        + hostsLine + "\n")
    if pod.spec.dnsPolicy != "Default" && pod.spec.hostNetwork != true {
      add(
        "/etc/resolv.conf",
        "search \(ClusterDNS.searchPath(namespace: namespace).joined(separator: " "))\n"
          + "nameserver \(ClusterDNS.server)\noptions ndots:5\n")
    }
    if pod.spec.automountServiceAccountToken != false {
      add("/var/run/secrets/kubernetes.io/serviceaccount/namespace", namespace)
    }
    for mount in container.volumeMounts {
      guard let volume = pod.spec.volumes.first(where: { $0.name == mount.name }) else { continue }
      var contents: [String: String]?
      var items: [KeyToPath] = []
      if let source = volume.configMap {
        items = source.items
        contents = cluster.store.configMaps[namespace, source.name].map { configMap in
          configMap.data.merging(
            configMap.binaryData.mapValues { Base64.decodeString($0) ?? $0 }, uniquingKeysWith: { first, _ in first })
        }
        if contents == nil && source.optional == true { contents = [:] }
      } else if let source = volume.secret {
        items = source.items
        contents = cluster.store.secrets[namespace, source.secretName].map { secret in
          secret.data.mapValues { Base64.decodeString($0) ?? $0 }
        }
        if contents == nil && source.optional == true { contents = [:] }
      } else if volume.emptyDir != nil || volume.hostPath != nil || volume.persistentVolumeClaim != nil {
        contents = [:]
      }
      guard let contents else { continue }
      var byPath: [String: String] = [:]
      if items.isEmpty {
        for (key, value) in contents { byPath[key] = value }
      } else {
        for item in items { if let value = contents[item.key] { byPath[item.path] = value } }
      }
      if !mount.subPath.isEmpty {
        if let value = byPath[mount.subPath] { add(mount.mountPath, value) }
        continue
      }
      addDirectory(mount.mountPath)
      for (path, value) in byPath { add(Self.join(mount.mountPath, path), value) }
    }
  }

  static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  static func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      if part == ".." { _ = parts.popLast() } else { parts.append(part) }
    }
    return "/" + parts.joined(separator: "/")
  }

  private mutating func add(_ path: String, _ content: String) {
    let path = Self.normalized(path)
    files[path] = content
    addDirectory(String(path[..<path.lastIndex(of: "/")!]))
  }

  private mutating func addDirectory(_ path: String) {
    var current = Self.normalized(path)
    while current != "/" && directories.insert(current).inserted {
      current = String(current[..<current.lastIndex(of: "/")!])
      if current.isEmpty { current = "/" }
    }
  }

  enum Entry: Equatable {
    case file(String)
    case directory([String])
  }

  func entry(_ path: String) -> Entry? {
    let path = Self.normalized(path)
    if let content = files[path] { return .file(content) }
    guard directories.contains(path) else { return nil }
    let prefix = path == "/" ? "/" : path + "/"
    var names: Set<String> = []
    for candidate in Array(files.keys) + Array(directories) where candidate.hasPrefix(prefix) && candidate != path {
      if let name = candidate.dropFirst(prefix.count).split(separator: "/").first { names.insert(String(name)) }
    }
    return .directory(names.sorted())
  }
}
