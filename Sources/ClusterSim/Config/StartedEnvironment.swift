import KubeModel

/// The environment of a running container as `env` prints it inside (`kubectl exec POD -- env`): `PATH` and
/// `HOSTNAME` from the runtime, the container's `envFrom` and `env` values as resolved when it started (a later
/// change to a ConfigMap or Secret does not reach a running container), the service variables of the Services
/// that existed when it started, and `HOME`.
///
/// Upstream the order of the kubelet's variables follows a Go map; here it is the declared order, then the
/// service variables by name.
enum StartedEnvironment {
  static let path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

  /// Remembers the `env` and `envFrom` values a container starts with.
  static func record(pod: Pod, container: Container, podIP: String, in cluster: inout ClusterState) {
    let entries = explicit(container, pod: pod, podIP: podIP, cluster: cluster)
    guard !entries.isEmpty else {
      if cluster.podConfig.startedEnvironments[pod.metadata.uid] != nil {
        cluster.podConfig.startedEnvironments[pod.metadata.uid]?[container.name] = nil
      }
      return
    }
    cluster.podConfig.startedEnvironments[pod.metadata.uid, default: [:]][container.name] = entries
  }

  /// `envFrom` sources in order (keys by name within each), then `env` entries in order; a later value of the
  /// same name replaces an earlier one.
  static func explicit(_ container: Container, pod: Pod, podIP: String, cluster: ClusterState) -> [EnvironmentEntry] {
    var entries: [EnvironmentEntry] = []
    var positions: [String: Int] = [:]
    func set(_ name: String, _ value: String) {
      if let position = positions[name] {
        entries[position].value = value
      } else {
        positions[name] = entries.count
        entries.append(EnvironmentEntry(name: name, value: value))
      }
    }
    let namespace = pod.metadata.namespace
    for source in container.envFrom {
      if let reference = source.configMapRef, let configMap = cluster.store.configMaps[namespace, reference.name] {
        for key in configMap.data.keys.sorted() { set(source.prefix + key, configMap.data[key]!) }
      }
      if let reference = source.secretRef, let secret = cluster.store.secrets[namespace, reference.name] {
        for key in secret.data.keys.sorted() {
          set(source.prefix + key, Base64.decodeString(secret.data[key]!) ?? secret.data[key]!)
        }
      }
    }
    for variable in container.env {
      if let source = variable.valueFrom {
        if case .success(let value?) = EnvResolver.value(
          of: source, container: container, pod: pod, podIP: podIP, cluster: cluster)
        {
          set(variable.name, value)
        }
      } else {
        let known = Dictionary(entries.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
        set(variable.name, EnvResolver.expandReferences(variable.value, known))
      }
    }
    return entries
  }

  /// Everything `env` prints, in order.
  static func variables(of pod: Pod, container: String, in cluster: ClusterState) -> [EnvironmentEntry] {
    let hostname = pod.spec.hostname.isEmpty ? pod.metadata.name : pod.spec.hostname
    var entries = [EnvironmentEntry(name: "PATH", value: path), EnvironmentEntry(name: "HOSTNAME", value: hostname)]
    let explicit = cluster.podConfig.startedEnvironments[pod.metadata.uid]?[container] ?? []
    entries += explicit
    if pod.spec.enableServiceLinks != false {
      let started =
        pod.status.containerStatuses.first { $0.name == container }?.state.running?.startedAt ?? cluster.now
      let services = ServiceEnvironment.services(namespace: pod.metadata.namespace, in: cluster).filter {
        ($0.metadata.creationTimestamp ?? started) <= started
      }
      let declared = Set(explicit.map(\.name))
      let variables = ServiceEnvironment.variables(for: services)
      for name in variables.keys.sorted() where !declared.contains(name) {
        entries.append(EnvironmentEntry(name: name, value: variables[name]!))
      }
    }
    entries.append(EnvironmentEntry(name: "HOME", value: "/root"))
    return entries
  }
}
