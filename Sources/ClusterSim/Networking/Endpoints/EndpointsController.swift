import KubeModel

/// The endpoints and EndpointSlice controllers (`pkg/controller/endpoint`, `pkg/controller/endpointslice`) as one
/// control loop keyed by Service: it keeps the Service's v1 Endpoints object and its EndpointSlices in step with
/// the pods its selector picks. Pods reach the queue through ``ServiceWatchers``, which looks only at the Services
/// of the pod's namespace; a sync reads only the pods the Service selects.
enum EndpointsController: Controller {
  static let id = ControllerID.endpoints

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    cluster.prepareServiceNetwork()
    guard let service = cluster.store.services[key], !service.metadata.isBeingDeleted else {
      // The Service is gone: its Endpoints go too; its slices follow through their owner reference.
      if cluster.store.endpoints[key] != nil, key.name != KubernetesService.name || key.namespace != "default" {
        cluster.remove(Endpoints.self, key)
      }
      return
    }
    // Services without a selector get their endpoints from elsewhere (the user, or the API server for
    // `kubernetes`); ExternalName Services have none.
    guard !service.spec.selector.isEmpty, service.spec.type != "ExternalName" else { return }
    var endpoints: [PodEndpoint] = []
    var zones: [String: String?] = [:]
    for name in cluster.serviceNetwork.selection.pods(of: key) {
      guard let pod = cluster.store.pods[key.namespace, name] else { continue }
      let node = pod.spec.nodeName
      if zones[node] == nil {
        zones[node] = .some(cluster.store.nodes["", node]?.metadata.labels["topology.kubernetes.io/zone"])
      }
      if let endpoint = PodEndpoint(pod, service: service, zone: zones[node]!) { endpoints.append(endpoint) }
    }
    // Address order (then name), the order Endpoints and slices list them in.
    endpoints.sort { ($0.ip.value, $0.pod.metadata.name) < ($1.ip.value, $1.pod.metadata.name) }
    writeEndpoints(service, endpoints, in: &cluster)
    writeSlices(service, endpoints, in: &cluster)
  }

  static func writeEndpoints(_ service: Service, _ endpoints: [PodEndpoint], in cluster: inout ClusterState) {
    let existing = cluster.store.endpoints[service.key]
    let subsets = EndpointsBuilder.subsets(endpoints, service: service)
    let desired = EndpointsBuilder.endpoints(for: service, subsets: subsets, existing: existing, now: cluster.now)
    if let existing {
      if existing.subsets != desired.subsets || existing.metadata.labels != desired.metadata.labels
        || existing.metadata.annotations != desired.metadata.annotations
      {
        cluster.write(desired)
      }
    } else {
      _ = try? cluster.create(desired)
    }
  }

  /// Fills the Service's slices with the desired contents: existing slices (by name) are reused in order, missing
  /// ones created with the Service's name as generateName, extra ones deleted.
  static func writeSlices(_ service: Service, _ endpoints: [PodEndpoint], in cluster: inout ClusterState) {
    let contents = EndpointsBuilder.sliceContents(endpoints, service: service)
    let existing = cluster.store.endpointSlices.dependents(ofOwnerUID: service.metadata.uid).filter {
      $0.metadata.labels["endpointslice.kubernetes.io/managed-by"] == EndpointsBuilder.managedBy
    }
    let labels = EndpointsBuilder.sliceLabels(of: service)
    for (index, content) in contents.enumerated() {
      var slice = index < existing.count ? existing[index] : EndpointSlice()
      let changed =
        index >= existing.count || slice.endpoints != content.endpoints || slice.ports != content.ports
        || slice.metadata.labels != labels
      guard changed else { continue }
      slice.addressType = "IPv4"
      slice.endpoints = content.endpoints
      slice.ports = content.ports
      slice.metadata.labels = labels
      slice.metadata.annotations[EndpointsBuilder.triggerTimeAnnotation] = cluster.now.rfc3339
      if index < existing.count {
        cluster.write(slice)
      } else {
        slice.metadata.namespace = service.metadata.namespace
        slice.metadata.generateName = service.metadata.name + "-"
        slice.metadata.ownerReferences = [service.controllerReference]
        _ = try? cluster.create(slice)
      }
    }
    for extra in existing.dropFirst(contents.count) { cluster.remove(EndpointSlice.self, extra.key) }
  }
}
