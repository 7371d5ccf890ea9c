import KubeModel

/// The API server's node port allocator (`pkg/registry/core/service/portallocator`), for the ports a manifest
/// chooses itself: a port outside `--service-node-port-range` or held by another Service is refused with the
/// allocator's words. Choosing free ports for Services that leave `nodePort` out is not modelled here.
enum ServiceNodePorts {
  static let range = 30_000...32_767

  static func check(_ service: Service, in cluster: ClusterState) throws(APIError) {
    guard service.spec.type == "NodePort" || service.spec.type == "LoadBalancer" else { return }
    for (index, port) in service.spec.ports.enumerated() where port.nodePort != 0 {
      let path = "spec.ports[\(index)].nodePort"
      if !range.contains(port.nodePort) {
        throw APIError.invalid(
          kind: "Service", name: service.metadata.name,
          [
            .invalid(
              path, .int(port.nodePort),
              "provided port is not in the valid range. The range of valid ports is "
                + "\(range.lowerBound)-\(range.upperBound)")
          ])
      }
      let taken = cluster.store.services.list().contains { other in
        other.key != service.key && other.spec.ports.contains { $0.nodePort == port.nodePort }
      }
      if taken {
        throw APIError.invalid(
          kind: "Service", name: service.metadata.name,
          [.invalid(path, .int(port.nodePort), "provided port is already allocated")])
      }
    }
  }
}
