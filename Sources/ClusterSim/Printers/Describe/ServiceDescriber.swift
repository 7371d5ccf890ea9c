import KubeModel

/// `kubectl describe service` (`describeService` in kubectl's `pkg/describe/describe.go`), with one line upstream
/// does not print: `DNS Name:` (`<service>.<namespace>.svc.cluster.local`, the name CoreDNS answers for it), placed
/// after the cluster IPs, where a learner reads the Service's addresses.
extension Service: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.nameNamespaceLabelsAnnotations(metadata)
    writer.line(0, "Selector:", DescribeText.formatLabels(spec.selector))
    writer.line(0, "Type:", spec.type)
    if let policy = spec.ipFamilyPolicy { writer.line(0, "IP Family Policy:", policy) }
    writer.line(0, "IP Families:", spec.ipFamilies.isEmpty ? "<none>" : spec.ipFamilies.joined(separator: ","))
    writer.line(0, "IP:", spec.clusterIP)
    writer.line(0, "IPs:", spec.clusterIPs.isEmpty ? "<none>" : spec.clusterIPs.joined(separator: ","))
    writer.line(0, "DNS Name:", "\(metadata.name).\(metadata.namespace).svc.\(ClusterDNS.domain)")
    if !spec.externalIPs.isEmpty { writer.line(0, "External IPs:", spec.externalIPs.joined(separator: ",")) }
    if !spec.loadBalancerIP.isEmpty { writer.line(0, "Desired LoadBalancer IP:", spec.loadBalancerIP) }
    if !spec.externalName.isEmpty { writer.line(0, "External Name:", spec.externalName) }
    if !status.loadBalancer.ingress.isEmpty {
      let ingress = status.loadBalancer.ingress.map { entry in
        entry.ip.isEmpty ? entry.hostname : entry.ip + (entry.ipMode.map { " (\($0))" } ?? "")
      }
      writer.line(0, "LoadBalancer Ingress:", ingress.joined(separator: ", "))
    }
    let endpoints = ServiceEndpoints(of: self, in: cluster)
    for port in spec.ports {
      let name = port.name.isEmpty ? "<unset>" : port.name
      writer.line(0, "Port:", name, "\(port.port)/\(port.protocol)")
      switch port.targetPort {
      case .int(let number): writer.line(0, "TargetPort:", "\(number)/\(port.protocol)")
      case .string(let text): writer.line(0, "TargetPort:", "\(text)/\(port.protocol)")
      case nil: writer.line(0, "TargetPort:", "0/\(port.protocol)")
      }
      if let appProtocol = port.appProtocol { writer.line(0, "AppProtocol:", appProtocol) }
      if port.nodePort != 0 { writer.line(0, "NodePort:", name, "\(port.nodePort)/\(port.protocol)") }
      writer.line(0, "Endpoints:", endpoints.formatted(portName: port.name))
    }
    writer.line(0, "Session Affinity:", spec.sessionAffinity)
    if !spec.externalTrafficPolicy.isEmpty { writer.line(0, "External Traffic Policy:", spec.externalTrafficPolicy) }
    if let policy = spec.internalTrafficPolicy { writer.line(0, "Internal Traffic Policy:", policy) }
    if spec.healthCheckNodePort != 0 { writer.line(0, "HealthCheck NodePort:", String(spec.healthCheckNodePort)) }
    if !spec.loadBalancerSourceRanges.isEmpty {
      writer.line(0, "LoadBalancer Source Ranges:", spec.loadBalancerSourceRanges.joined(separator: ","))
    }
    if let distribution = spec.trafficDistribution { writer.line(0, "Traffic Distribution:", distribution) }
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}

/// The ready endpoints of a Service for its `Endpoints:` lines and Ingress backends (`formatEndpointSlices`).
///
/// kubectl reads the EndpointSlices labelled `kubernetes.io/service-name=<service>`. When the simulation has no
/// slice for the service but keeps an Endpoints object, the same list is computed from its ready addresses, which
/// is what the slices mirrored from it would show.
struct ServiceEndpoints {
  /// Per slice (or Endpoints subset): its ports (nil for a slice without ports) and its endpoints' first
  /// address with readiness.
  var slices: [(ports: [(name: String, port: Int)]?, endpoints: [(address: String, ready: Bool)])] = []

  init(of service: Service, in cluster: ClusterState) {
    self.init(serviceName: service.metadata.name, namespace: service.metadata.namespace, in: cluster)
  }

  init(serviceName: String, namespace: String, in cluster: ClusterState) {
    let matching = cluster.store.endpointSlices.list(namespace: namespace).filter {
      $0.metadata.labels["kubernetes.io/service-name"] == serviceName
    }
    if !matching.isEmpty {
      slices = matching.map { slice in
        let ports = slice.ports.isEmpty ? nil : slice.ports.map { (name: $0.name ?? "", port: $0.port ?? 0) }
        let endpoints = slice.endpoints.map { (address: $0.addresses.first ?? "", ready: $0.conditions.ready ?? true) }
        return (ports, endpoints)
      }
    } else if let legacy = cluster.store.endpoints[ObjectKey(namespace: namespace, name: serviceName)] {
      slices = legacy.subsets.map { subset in
        let ports = subset.ports.isEmpty ? nil : subset.ports.map { (name: $0.name, port: $0.port) }
        return (ports, subset.addresses.map { (address: $0.ip, ready: true) })
      }
    }
  }

  /// `formatEndpointSlices`: up to three `address:port` entries of ready endpoints on the named port, then
  /// ` + N more...`; `<none>` without slices, and an empty string when no endpoint is ready.
  func formatted(portName: String) -> String {
    guard !slices.isEmpty else { return "<none>" }
    var list: [String] = []
    let maximum = 3
    var more = false
    var count = 0
    for slice in slices {
      guard let ports = slice.ports else {
        for endpoint in slice.endpoints {
          if list.count == maximum { more = true }
          guard endpoint.ready else { continue }
          if !more { list.append(endpoint.address) }
          count += 1
        }
        continue
      }
      for port in ports where port.name == portName {
        for endpoint in slice.endpoints {
          if list.count == maximum { more = true }
          guard endpoint.ready else { continue }
          if !more { list.append(DescribeText.joinHostPort(endpoint.address, String(port.port))) }
          count += 1
        }
      }
    }
    let joined = list.joined(separator: ",")
    return more ? "\(joined) + \(count - maximum) more..." : joined
  }
}
