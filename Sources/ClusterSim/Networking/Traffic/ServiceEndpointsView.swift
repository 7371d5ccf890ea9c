import KubeModel

/// A Service's endpoints as kube-proxy and CoreDNS read them: from its EndpointSlices.
struct ServiceEndpointsView {
  struct Endpoint: Hashable {
    var ip: String
    var hostname: String?
    var pod: String?
    var node: String?
    var ready: Bool
    /// Port name → port number.
    var ports: [String: Int]
  }

  var endpoints: [Endpoint] = []

  init(_ service: Service, in cluster: ClusterState) {
    var slices = cluster.store.endpointSlices.dependents(ofOwnerUID: service.metadata.uid)
    if slices.isEmpty, let named = cluster.store.endpointSlices[service.metadata.namespace, service.metadata.name],
      named.metadata.labels["kubernetes.io/service-name"] == service.metadata.name
    {
      slices = [named]
    }
    for slice in slices {
      var ports: [String: Int] = [:]
      for port in slice.ports { ports[port.name ?? ""] = port.port ?? 0 }
      for endpoint in slice.endpoints {
        guard let ip = endpoint.addresses.first else { continue }
        endpoints.append(
          Endpoint(
            ip: ip, hostname: endpoint.hostname, pod: endpoint.targetRef?.name, node: endpoint.nodeName,
            ready: endpoint.conditions.ready ?? true, ports: ports))
      }
    }
    endpoints.sort { (IPv4($0.ip)?.value ?? 0, $0.pod ?? "") < (IPv4($1.ip)?.value ?? 0, $1.pod ?? "") }
  }

  /// Ready endpoints, the ones traffic and DNS use.
  var ready: [Endpoint] { endpoints.filter(\.ready) }

  /// Ready endpoints serving the named Service port, with the target port each is reached on.
  func ready(servicePort name: String) -> [(endpoint: Endpoint, port: Int)] {
    ready.compactMap { endpoint in endpoint.ports[name].map { (endpoint, $0) } }
  }
}
