import KubeModel

/// `kubectl describe endpoints` (`describeEndpoints` in kubectl's `pkg/describe/describe.go`).
extension Endpoints: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.nameNamespaceLabelsAnnotations(metadata)
    writer.write(0, "Subsets:\n")
    for subset in subsets {
      let ready = subset.addresses.map(\.ip).joined(separator: ",")
      writer.line(1, "Addresses:", ready.isEmpty ? "<none>" : ready)
      let notReady = subset.notReadyAddresses.map(\.ip).joined(separator: ",")
      writer.line(1, "NotReadyAddresses:", notReady.isEmpty ? "<none>" : notReady)
      if !subset.ports.isEmpty {
        writer.write(1, "Ports:\n")
        writer.write(2, "Name\tPort\tProtocol\n")
        writer.write(2, "----\t----\t--------\n")
        for port in subset.ports {
          writer.line(2, port.name.isEmpty ? "<unset>" : port.name, String(port.port), port.protocol)
        }
      }
      writer.write(0, "\n")
    }
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}

/// `kubectl describe endpointslice` (`describeEndpointSliceV1`).
extension EndpointSlice: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.nameNamespaceLabelsAnnotations(metadata)
    writer.line(0, "AddressType:", addressType)
    if ports.isEmpty {
      writer.write(0, "Ports: <unset>\n")
    } else {
      writer.write(0, "Ports:\n")
      writer.write(1, "Name\tPort\tProtocol\n")
      writer.write(1, "----\t----\t--------\n")
      for port in ports {
        let name = port.name.flatMap { $0.isEmpty ? nil : $0 } ?? "<unset>"
        writer.line(1, name, port.port.map(String.init) ?? "<unset>", port.protocol ?? "TCP")
      }
    }
    if endpoints.isEmpty {
      writer.write(0, "Endpoints: <none>\n")
    } else {
      writer.write(0, "Endpoints:\n")
      for endpoint in endpoints {
        let addresses = endpoint.addresses.joined(separator: ", ")
        writer.line(1, "- Addresses:", addresses.isEmpty ? "<none>" : addresses)
        writer.write(2, "Conditions:\n")
        writer.line(3, "Ready:", endpoint.conditions.ready.map { String($0) } ?? "<unset>")
        writer.line(2, "Hostname:", endpoint.hostname ?? "<unset>")
        if let target = endpoint.targetRef { writer.line(2, "TargetRef:", "\(target.kind)/\(target.name)") }
        writer.line(2, "NodeName:", endpoint.nodeName ?? "<unset>")
        writer.line(2, "Zone:", endpoint.zone ?? "<unset>")
      }
    }
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}
