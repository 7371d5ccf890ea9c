import KubeModel

/// The simulated cloud's external addresses: what a kind cluster with MetalLB hands out from its Docker network
/// (`172.18.255.200-172.18.255.250`). The first address belongs to the ingress controller's own load balancer;
/// Services of type LoadBalancer get the lowest free one after it, or the `loadBalancerIP` they ask for.
enum LoadBalancerPool {
  static let ingressControllerAddress = IPv4("172.18.255.200")!
  static let addresses = IPv4("172.18.255.201")!.value...IPv4("172.18.255.250")!.value

  /// The address for a Service, or why there is none.
  static func address(for service: Service, in allocations: ServiceAllocations) -> Result<IPv4, Failure> {
    let requested = service.spec.loadBalancerIP
    if !requested.isEmpty {
      guard let address = IPv4(requested) else { return .failure(.invalid(requested)) }
      if let holder = allocations.loadBalancerAddresses[address.value], holder != service.key {
        return .failure(.taken(requested))
      }
      if address == ingressControllerAddress { return .failure(.taken(requested)) }
      return .success(address)
    }
    for value in addresses where allocations.loadBalancerAddresses[value] == nil { return .success(IPv4(value)) }
    return .failure(.exhausted)
  }

  enum Failure: Error, CustomStringConvertible {
    case invalid(String)
    case taken(String)
    case exhausted

    var description: String {
      switch self {
      case .invalid(let address): return "failed to ensure load balancer: invalid loadBalancerIP \"\(address)\""
      case .taken(let address):
        return "failed to ensure load balancer: requested address \(address) is in use by another load balancer"
      case .exhausted: return "failed to ensure load balancer: no available IPs in the address pool"
      }
    }
  }
}
