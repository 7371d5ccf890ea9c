import KubeModel

/// The `kubernetes` Service in `default`, which the API server creates for itself (`pkg/controlplane/controller/
/// kubernetesservice`), and its endpoints, which the API server's endpoint reconciler keeps pointing at the
/// control-plane nodes' addresses on the secure port 6443.
enum KubernetesService {
  static let name = "kubernetes"
  static let clusterIP = "10.96.0.1"
  static let securePort = 6443

  static func service() -> Service {
    var service = Service()
    service.metadata.name = name
    service.metadata.namespace = "default"
    service.metadata.labels = ["component": "apiserver", "provider": "kubernetes"]
    service.spec.clusterIP = clusterIP
    var port = ServicePort(name: "https", port: 443, targetPort: .int(securePort))
    port.protocol = "TCP"
    service.spec.ports = [port]
    return service
  }

  /// Writes the Endpoints and the EndpointSlice of `kubernetes` from the control-plane nodes, once one exists.
  static func reconcileEndpoints(in cluster: inout ClusterState) {
    guard cluster.store.services["default", name] != nil else { return }
    let addresses = cluster.store.nodes.list().filter(StaticPods.isControlPlane).compactMap { node in
      node.status.addresses.first { $0.type == "InternalIP" }?.address
    }
    guard !addresses.isEmpty else { return }
    var endpoints = cluster.store.endpoints["default", name] ?? Endpoints()
    endpoints.metadata.name = name
    endpoints.metadata.namespace = "default"
    endpoints.metadata.labels = ["endpointslice.kubernetes.io/skip-mirror": "true"]
    var subset = EndpointSubset()
    subset.addresses = addresses.map { EndpointAddress(ip: $0) }
    subset.ports = [EndpointPort(name: "https", port: securePort, protocol: "TCP")]
    endpoints.subsets = [subset]
    if cluster.store.endpoints["default", name] == nil {
      _ = try? cluster.create(endpoints)
    } else {
      cluster.write(endpoints)
    }

    var slice = cluster.store.endpointSlices["default", name] ?? EndpointSlice()
    slice.metadata.name = name
    slice.metadata.namespace = "default"
    slice.metadata.labels = ["kubernetes.io/service-name": name]
    slice.addressType = "IPv4"
    slice.endpoints = addresses.map { address in
      var endpoint = SliceEndpoint()
      endpoint.addresses = [address]
      endpoint.conditions.ready = true
      return endpoint
    }
    var port = SlicePort()
    port.name = "https"
    port.port = securePort
    port.protocol = "TCP"
    slice.ports = [port]
    if cluster.store.endpointSlices["default", name] == nil {
      _ = try? cluster.create(slice)
    } else {
      cluster.write(slice)
    }
  }
}
