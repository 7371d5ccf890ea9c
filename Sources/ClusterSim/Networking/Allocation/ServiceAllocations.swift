import KubeModel

/// Which cluster IPs, node ports and load-balancer addresses the stored Services hold.
///
/// Derived from the store and kept current by the Service watch handler, so a create refused after admission
/// never leaks a value: admission only picks a free one, and it counts as taken once the Service is stored.
/// (Upstream allocates inside the registry's create and reverts the transaction on failure; the outcome is the
/// same.) Lookups only; nothing iterates these maps, so hash order never matters.
struct ServiceAllocations: Sendable {
  var clusterIPs: [UInt32: ObjectKey] = [:]
  var nodePorts: [Int: ObjectKey] = [:]
  var loadBalancerAddresses: [UInt32: ObjectKey] = [:]

  mutating func record(_ service: Service) {
    let key = service.key
    if let address = IPv4(service.spec.clusterIP) { clusterIPs[address.value] = key }
    for port in Self.nodePorts(of: service) { nodePorts[port] = key }
    for ingress in service.status.loadBalancer.ingress {
      if let address = IPv4(ingress.ip) { loadBalancerAddresses[address.value] = key }
    }
  }

  mutating func forget(_ service: Service) {
    let key = service.key
    if let address = IPv4(service.spec.clusterIP), clusterIPs[address.value] == key {
      clusterIPs[address.value] = nil
    }
    for port in Self.nodePorts(of: service) where nodePorts[port] == key { nodePorts[port] = nil }
    for ingress in service.status.loadBalancer.ingress {
      if let address = IPv4(ingress.ip), loadBalancerAddresses[address.value] == key {
        loadBalancerAddresses[address.value] = nil
      }
    }
  }

  /// The node ports a Service holds: its ports' and its health-check port.
  static func nodePorts(of service: Service) -> [Int] {
    var ports = service.spec.ports.map(\.nodePort).filter { $0 != 0 }
    if service.spec.healthCheckNodePort != 0 { ports.append(service.spec.healthCheckNodePort) }
    return ports
  }
}
