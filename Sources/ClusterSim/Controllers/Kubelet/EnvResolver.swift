import KubeModel

/// A container's environment as the kubelet builds it (`makeEnvironmentVariables`): `envFrom` sources, then `env`
/// entries (values, ConfigMap and Secret keys, pod fields, resources), then the service variables of the
/// namespace. A missing non-optional ConfigMap, Secret or key is the CreateContainerConfigError the kubelet reports.
enum EnvResolver {
  struct Problem: Error {
    var message: String
  }

  /// `withServiceVariables: false` leaves out the service variables, which only matter where a command expands them.
  static func environment(
    for container: Container, in pod: Pod, podIP: String, cluster: ClusterState, withServiceVariables: Bool = true
  )
    -> Result<[String: String], Problem>
  {
    var environment: [String: String] = [:]
    let namespace = pod.metadata.namespace
    if withServiceVariables, pod.spec.enableServiceLinks != false {
      environment.merge(ServiceEnvironment.variables(namespace: namespace, in: cluster)) { _, new in new }
    }
    for source in container.envFrom {
      if let reference = source.configMapRef {
        guard let configMap = cluster.store.configMaps[namespace, reference.name] else {
          if reference.optional == true { continue }
          return .failure(Problem(message: "configmap \"\(reference.name)\" not found"))
        }
        for (key, value) in configMap.data { environment[source.prefix + key] = value }
      }
      if let reference = source.secretRef {
        guard let secret = cluster.store.secrets[namespace, reference.name] else {
          if reference.optional == true { continue }
          return .failure(Problem(message: "secret \"\(reference.name)\" not found"))
        }
        for (key, value) in secret.data { environment[source.prefix + key] = Base64.decodeString(value) ?? value }
      }
    }
    for variable in container.env {
      if let source = variable.valueFrom {
        switch value(of: source, container: container, pod: pod, podIP: podIP, cluster: cluster) {
        case .success(let value?): environment[variable.name] = value
        case .success(nil): continue
        case .failure(let problem): return .failure(problem)
        }
      } else {
        environment[variable.name] = expandReferences(variable.value, environment)
      }
    }
    return .success(environment)
  }

  static func value(
    of source: EnvVarSource, container: Container, pod: Pod, podIP: String, cluster: ClusterState
  ) -> Result<String?, Problem> {
    let namespace = pod.metadata.namespace
    if let reference = source.configMapKeyRef {
      guard let configMap = cluster.store.configMaps[namespace, reference.name] else {
        return reference.optional == true
          ? .success(nil) : .failure(Problem(message: "configmap \"\(reference.name)\" not found"))
      }
      guard let value = configMap.data[reference.key] else {
        return reference.optional == true
          ? .success(nil)
          : .failure(Problem(message: "couldn't find key \(reference.key) in ConfigMap \(namespace)/\(reference.name)"))
      }
      return .success(value)
    }
    if let reference = source.secretKeyRef {
      guard let secret = cluster.store.secrets[namespace, reference.name] else {
        return reference.optional == true
          ? .success(nil) : .failure(Problem(message: "secret \"\(reference.name)\" not found"))
      }
      guard let value = secret.data[reference.key] else {
        return reference.optional == true
          ? .success(nil)
          : .failure(Problem(message: "couldn't find key \(reference.key) in Secret \(namespace)/\(reference.name)"))
      }
      return .success(Base64.decodeString(value) ?? value)
    }
    if let field = source.fieldRef {
      return .success(fieldValue(field.fieldPath, pod: pod, podIP: podIP))
    }
    if let resource = source.resourceFieldRef {
      let limits = container.resources.limits
      let requests = container.resources.requests
      switch resource.resource {
      case "limits.cpu": return .success(String(limits["cpu"].map { ($0.milliValue + 999) / 1000 } ?? 0))
      case "limits.memory": return .success(String(limits["memory"]?.value ?? 0))
      case "requests.cpu": return .success(String(requests["cpu"].map { ($0.milliValue + 999) / 1000 } ?? 0))
      case "requests.memory": return .success(String(requests["memory"]?.value ?? 0))
      default: return .success("0")
      }
    }
    return .success(nil)
  }

  /// The downward API's pod fields.
  static func fieldValue(_ path: String, pod: Pod, podIP: String) -> String {
    switch path {
    case "metadata.name": return pod.metadata.name
    case "metadata.namespace": return pod.metadata.namespace
    case "metadata.uid": return pod.metadata.uid
    case "spec.nodeName": return pod.spec.nodeName
    case "spec.serviceAccountName": return pod.spec.serviceAccountName
    case "status.podIP", "status.podIPs": return podIP
    case "status.hostIP", "status.hostIPs": return pod.status.hostIP
    default:
      if path.hasPrefix("metadata.labels['"), path.hasSuffix("']") {
        return pod.metadata.labels[String(path.dropFirst("metadata.labels['".count).dropLast(2))] ?? ""
      }
      if path.hasPrefix("metadata.annotations['"), path.hasSuffix("']") {
        return pod.metadata.annotations[String(path.dropFirst("metadata.annotations['".count).dropLast(2))] ?? ""
      }
      return ""
    }
  }

  /// `$(VAR)` references to earlier variables, as Kubernetes expands them in `value`.
  static func expandReferences(_ value: String, _ environment: [String: String]) -> String {
    guard value.contains("$(") else { return value }
    var result = ""
    var rest = Substring(value)
    while let start = rest.firstRange(of: "$(") {
      result += rest[..<start.lowerBound]
      let after = rest[start.upperBound...]
      guard let close = after.firstIndex(of: ")") else {
        result += rest[start.lowerBound...]
        return result
      }
      let name = String(after[..<close])
      result += environment[name] ?? "$(\(name))"
      rest = after[after.index(after: close)...]
    }
    return result + rest
  }
}

/// The Docker-link-style variables every container gets for the services of its namespace
/// (`KUBERNETES_SERVICE_HOST`, `WEB_SERVICE_PORT`, ...).
enum ServiceEnvironment {
  static func variables(namespace: String, in cluster: ClusterState) -> [String: String] {
    variables(for: services(namespace: namespace, in: cluster))
  }

  /// The Services whose variables a container of the namespace gets: its namespace's and `default/kubernetes`.
  static func services(namespace: String, in cluster: ClusterState) -> [Service] {
    var services = cluster.store.services.list(namespace: namespace)
    if namespace != "default", let kubernetes = cluster.store.services["default", "kubernetes"] {
      services.append(kubernetes)
    }
    return services
  }

  static func variables(for services: [Service]) -> [String: String] {
    var variables: [String: String] = [:]
    for service in services where !service.spec.clusterIP.isEmpty && service.spec.clusterIP != "None" {
      let name = service.metadata.name.uppercased().replacingCharacters("-", with: "_")
      guard let first = service.spec.ports.first else { continue }
      variables["\(name)_SERVICE_HOST"] = service.spec.clusterIP
      variables["\(name)_SERVICE_PORT"] = String(first.port)
      let proto = first.protocol.lowercased()
      variables["\(name)_PORT"] = "\(proto)://\(service.spec.clusterIP):\(first.port)"
      for port in service.spec.ports {
        let prefix = "\(name)_PORT_\(port.port)_\(port.protocol)"
        variables[prefix] = "\(port.protocol.lowercased())://\(service.spec.clusterIP):\(port.port)"
        variables[prefix + "_PROTO"] = port.protocol.lowercased()
        variables[prefix + "_PORT"] = String(port.port)
        variables[prefix + "_ADDR"] = service.spec.clusterIP
        if !port.name.isEmpty {
          variables["\(name)_SERVICE_PORT_\(port.name.uppercased().replacingCharacters("-", with: "_"))"] = String(
            port.port)
        }
      }
    }
    return variables
  }
}

extension String {
  func replacingCharacters(_ target: Character, with replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
