import KubeModel

/// The simulated kube-proxy: which pod a connection to a Service port reaches. Connections are spread round
/// robin over the ready endpoints of the port (IPVS's `rr`; iptables mode picks at random), a Service with
/// `sessionAffinity: ClientIP` keeps each client on the endpoint it first reached until the affinity times out,
/// and `externalTrafficPolicy: Local` only uses endpoints on the node the connection arrived at.
enum ServiceRouting {
  enum Outcome: Equatable {
    /// The endpoint reached, and the port on it.
    case endpoint(ServiceEndpointsView.Endpoint, port: Int)
    /// No ready endpoint: kube-proxy rejects the connection.
    case noEndpoints
    /// The node has no endpoint of a `Local` Service: the packets are dropped.
    case noLocalEndpoints
  }

  /// Picks the endpoint for a connection from `client` to a Service port; `entryNode` is set for connections that
  /// arrive from outside through a node port or load balancer.
  static func route(
    _ service: Service, port: ServicePort, client: String, entryNode: String?, balancer: String = "",
    in cluster: inout ClusterState
  ) -> Outcome {
    var candidates = ServiceEndpointsView(service, in: cluster).ready(servicePort: port.name)
    guard !candidates.isEmpty else { return .noEndpoints }
    if let entryNode, service.spec.externalTrafficPolicy == "Local" {
      candidates = candidates.filter { $0.endpoint.node == entryNode }
      guard !candidates.isEmpty else { return .noLocalEndpoints }
    }
    let key =
      balancer + "\(service.metadata.namespace)/\(service.metadata.name):"
      + (port.name.isEmpty ? String(port.port) : port.name)
    let now = cluster.now
    if service.spec.sessionAffinity == "ClientIP" && balancer.isEmpty {
      let timeout = SimDuration.seconds(Int64(service.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10_800))
      let affinityKey = key + "|" + client
      if let pinned = cluster.serviceNetwork.traffic.affinity[affinityKey], now - pinned.lastUsed <= timeout,
        let chosen = candidates.first(where: { $0.endpoint.ip == pinned.endpoint })
      {
        cluster.serviceNetwork.traffic.affinity[affinityKey]?.lastUsed = now
        return .endpoint(chosen.endpoint, port: chosen.port)
      }
      let chosen = candidates[cluster.serviceNetwork.traffic.next(key, count: candidates.count)]
      cluster.serviceNetwork.traffic.affinity[affinityKey] = TrafficState.Affinity(
        endpoint: chosen.endpoint.ip, lastUsed: now)
      return .endpoint(chosen.endpoint, port: chosen.port)
    }
    let chosen = candidates[cluster.serviceNetwork.traffic.next(key, count: candidates.count)]
    return .endpoint(chosen.endpoint, port: chosen.port)
  }

  /// The Service port a connection to `number` reaches.
  static func port(_ service: Service, number: Int, protocol proto: String = "TCP") -> ServicePort? {
    service.spec.ports.first { $0.port == number && $0.protocol == proto }
  }
}
