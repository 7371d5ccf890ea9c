import KubeModel

/// `kubectl describe ingress` (`describeIngressV1` in kubectl's `pkg/describe/describe.go`).
extension Ingress: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.labels("Labels", metadata.labels)
    writer.line(0, "Namespace:", metadata.namespace)
    writer.line(0, "Address:", Self.address(status.loadBalancer))
    writer.line(0, "Ingress Class:", spec.ingressClassName ?? "<none>")
    let defaultBackend = spec.defaultBackend.map { backend($0, in: cluster) } ?? "<default>"
    writer.line(0, "Default backend:", defaultBackend)
    if !spec.tls.isEmpty {
      writer.write(0, "TLS:\n")
      for tls in spec.tls {
        let hosts = tls.hosts.joined(separator: ",")
        writer.write(1, tls.secretName.isEmpty ? "SNI routes \(hosts)\n" : "\(tls.secretName) terminates \(hosts)\n")
      }
    }
    writer.write(0, "Rules:\n  Host\tPath\tBackends\n")
    writer.write(1, "----\t----\t--------\n")
    var count = 0
    for rule in spec.rules {
      guard let http = rule.http else { continue }
      count += 1
      writer.write(1, "\(rule.host.isEmpty ? "*" : rule.host)\t\n")
      for path in http.paths { writer.write(2, "\t\(path.path) \t\(backend(path.backend, in: cluster))\n") }
    }
    if count == 0 { writer.line(1, "*", "*", defaultBackend) }
    writer.annotations("Annotations", metadata.annotations)
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }

  /// `ingressLoadBalancerStatusStringerV1(…, wide: true)`: the distinct IPs or hostnames, sorted, joined by commas.
  static func address(_ status: LoadBalancerStatus) -> String {
    let entries = Set(status.ingress.compactMap { $0.ip.isEmpty ? ($0.hostname.isEmpty ? nil : $0.hostname) : $0.ip })
    return entries.sorted(by: GoSort.less).joined(separator: ",")
  }

  /// `describeBackendV1`: `service:port (endpoints)` with the endpoints of the service port the backend names, or
  /// `APIGroup: g, Kind: k, Name: n` for a resource backend.
  func backend(_ backend: IngressBackend, in cluster: ClusterState) -> String {
    if let service = backend.service {
      let port = service.port.number != 0 ? String(service.port.number) : service.port.name
      let name = "\(service.name):\(port)"
      guard let target = cluster.store.services[ObjectKey(namespace: metadata.namespace, name: service.name)] else {
        return "\(name) (<error: \(ResourceRegistry.service.qualifiedPlural) \"\(service.name)\" not found>)"
      }
      var portName = ""
      for servicePort in target.spec.ports {
        if service.port.number != 0 && service.port.number == servicePort.port {
          portName = servicePort.name
        } else if !service.port.name.isEmpty && service.port.name == servicePort.name {
          portName = servicePort.name
        }
      }
      return "\(name) (\(ServiceEndpoints(of: target, in: cluster).formatted(portName: portName)))"
    }
    if let resource = backend.resource, resource.objectValue != nil {
      return "APIGroup: \(resource.text("apiGroup") ?? "<none>"), Kind: \(resource.text("kind") ?? ""), "
        + "Name: \(resource.text("name") ?? "")"
    }
    return ""
  }
}

/// `kubectl describe ingressclass` (`describeIngressClassV1`).
extension IngressClass: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    writer.line(0, "Controller:", spec.controller)
    if let parameters = spec.parameters, parameters.objectValue != nil {
      writer.write(0, "Parameters:\n")
      if let group = parameters.text("apiGroup") { writer.line(1, "APIGroup:", group) }
      writer.line(1, "Kind:", parameters.text("kind") ?? "")
      writer.line(1, "Name:", parameters.text("name") ?? "")
    }
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}
