import KubeModel

/// What the API server's Service registry does on create and update before validation: keeps allocated values a
/// client left out (`patchAllocatedValues`), drops those a type change no longer needs (`dropTypeDependentFields`),
/// checks the cluster-IP fields (`ValidateServiceClusterIPsRelatedFields`), then allocates cluster IPs and node
/// ports (`pkg/registry/core/service/storage/alloc.go`) with the messages the API server returns.
enum ServiceAdmission {
  static func admit(_ service: inout Service, old: Service?, in cluster: inout ClusterState) throws(APIError) {
    cluster.prepareServiceNetwork()
    if let old {
      patchAllocatedValues(&service, old: old)
      dropTypeDependentFields(&service, old: old)
    }
    var errors = clusterIPFieldErrors(service)
    if errors.isEmpty { allocateClusterIP(&service, old: old, errors: &errors, in: &cluster) }
    if errors.isEmpty { allocateNodePorts(&service, old: old, errors: &errors, in: &cluster) }
    guard errors.isEmpty else { throw APIError.invalid(kind: "Service", name: service.metadata.name, errors) }
  }

  static func needsClusterIP(_ service: Service) -> Bool { service.spec.type != "ExternalName" }

  static func needsNodePorts(_ service: Service) -> Bool {
    service.spec.type == "NodePort"
      || (service.spec.type == "LoadBalancer" && service.spec.allocateLoadBalancerNodePorts != false)
  }

  static func needsHealthCheckPort(_ service: Service) -> Bool {
    service.spec.type == "LoadBalancer" && service.spec.externalTrafficPolicy == "Local"
  }

  /// A client that leaves out `clusterIP` or a `nodePort` on update (a `PUT` of its own manifest) keeps the
  /// values already allocated; node ports are matched by port name.
  static func patchAllocatedValues(_ service: inout Service, old: Service) {
    if needsClusterIP(old) && needsClusterIP(service) && service.spec.clusterIP.isEmpty {
      service.spec.clusterIP = old.spec.clusterIP
      service.spec.clusterIPs = old.spec.clusterIPs
    }
    if needsNodePorts(old) && needsNodePorts(service) {
      let used = Set(service.spec.ports.map(\.nodePort)).intersection(old.spec.ports.map(\.nodePort))
      var byName: [String: Int] = [:]
      for port in old.spec.ports { byName[port.name] = port.nodePort }
      for index in service.spec.ports.indices where service.spec.ports[index].nodePort == 0 {
        if let value = byName[service.spec.ports[index].name], !used.contains(value) {
          service.spec.ports[index].nodePort = value
        }
      }
    }
    if needsHealthCheckPort(old) && needsHealthCheckPort(service) && service.spec.healthCheckNodePort == 0 {
      service.spec.healthCheckNodePort = old.spec.healthCheckNodePort
    }
  }

  /// Values a new type has no use for are cleared when the client left them as they were.
  static func dropTypeDependentFields(_ service: inout Service, old: Service) {
    if !needsClusterIP(service) && service.spec.clusterIP == old.spec.clusterIP {
      service.spec.clusterIP = ""
      service.spec.clusterIPs = []
      service.spec.ipFamilies = []
      service.spec.ipFamilyPolicy = nil
    }
    if !needsNodePorts(service) && service.spec.ports.map(\.nodePort) == old.spec.ports.map(\.nodePort) {
      for index in service.spec.ports.indices { service.spec.ports[index].nodePort = 0 }
    }
    if !needsHealthCheckPort(service) && service.spec.healthCheckNodePort == old.spec.healthCheckNodePort {
      service.spec.healthCheckNodePort = 0
    }
    if service.spec.type != "LoadBalancer" && old.spec.type == "LoadBalancer" {
      if service.spec.allocateLoadBalancerNodePorts == old.spec.allocateLoadBalancerNodePorts {
        service.spec.allocateLoadBalancerNodePorts = nil
      }
    }
  }

  /// The cluster-IP checks that run before allocation.
  static func clusterIPFieldErrors(_ service: Service) -> [FieldError] {
    let ip = service.spec.clusterIP
    var errors: [FieldError] = []
    if service.spec.type == "ExternalName" {
      if !ip.isEmpty || !service.spec.clusterIPs.isEmpty {
        errors.append(.forbidden("spec.clusterIPs", "may not be set for ExternalName services"))
      }
      return errors
    }
    if ip == "None" && (service.spec.type == "NodePort" || service.spec.type == "LoadBalancer") {
      errors.append(
        .invalid("spec.clusterIPs[0]", .string(ip), "may not be set to 'None' for \(service.spec.type) services"))
    }
    if !ip.isEmpty && ip != "None" && IPv4(ip) == nil {
      errors.append(
        .invalid("spec.clusterIPs[0]", .string(ip), "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"))
    }
    return errors
  }

  /// Allocates the cluster IP: a random free one when none was given, the given one if it is free and in range.
  static func allocateClusterIP(
    _ service: inout Service, old: Service?, errors: inout [FieldError], in cluster: inout ClusterState
  ) {
    guard needsClusterIP(service) else { return }
    let requested = service.spec.clusterIP
    if requested == "None" {
      service.spec.clusterIPs = ["None"]
      return
    }
    if let old, needsClusterIP(old), !requested.isEmpty, requested == old.spec.clusterIP { return }
    let allocations = cluster.serviceNetwork.allocations
    if requested.isEmpty {
      guard
        let address = ServiceRanges.nextClusterIP(
          isTaken: { allocations.clusterIPs[$0] != nil }, random: &cluster.random.choices)
      else {
        errors.append(.invalid("spec.clusterIPs", .rendered("null"), "failed to allocate a serviceIP: range is full"))
        return
      }
      service.spec.clusterIP = address.description
      service.spec.clusterIPs = [address.description]
      return
    }
    let address = IPv4(requested)!
    let rendered = FieldError.Value.rendered("[\(goQuoted(requested))]")
    let range = ServiceRanges.clusterIPRange
    let reason: String?
    if !range.contains(address) {
      reason = "the provided network does not match the current range"
    } else if address == range.base || UInt64(address.value) == UInt64(range.base.value) + range.size - 1 {
      reason = "provided IP \(requested) is not in the valid range"
    } else if let holder = allocations.clusterIPs[address.value], holder != service.key || old == nil {
      reason = "provided IP is already allocated"
    } else {
      reason = nil
    }
    if let reason {
      errors.append(.invalid("spec.clusterIPs", rendered, "failed to allocate IP \(requested): \(reason)"))
      return
    }
    service.spec.clusterIPs = [requested]
  }

  /// Allocates node ports: a given one must be in `30000-32767` and not held by another Service; a missing one is
  /// drawn at random (a Service serving one port number over TCP and UDP gets the same node port for both).
  static func allocateNodePorts(
    _ service: inout Service, old: Service?, errors: inout [FieldError], in cluster: inout ClusterState
  ) {
    let kept = Set(old.map(ServiceAllocations.nodePorts(of:)) ?? [])
    var mine: Set<Int> = []
    let allocations = cluster.serviceNetwork.allocations
    func check(_ port: Int, path: String) {
      if kept.contains(port) || mine.contains(port) { return }
      if !ServiceRanges.nodePorts.contains(port) {
        let range = "\(ServiceRanges.nodePorts.lowerBound)-\(ServiceRanges.nodePorts.upperBound)"
        errors.append(
          .invalid(
            path, .int(port), "provided port is not in the valid range. The range of valid ports is \(range)"))
      } else if allocations.nodePorts[port] != nil {
        errors.append(.invalid(path, .int(port), "provided port is already allocated"))
      }
      mine.insert(port)
    }
    func next() -> Int? {
      let port = ServiceRanges.nextNodePort(
        isTaken: { allocations.nodePorts[$0] != nil || mine.contains($0) || kept.contains($0) },
        random: &cluster.random.choices)
      if let port { mine.insert(port) }
      return port
    }
    if needsNodePorts(service) {
      for (index, port) in service.spec.ports.enumerated() where port.nodePort != 0 {
        check(port.nodePort, path: "spec.ports[\(index)].nodePort")
      }
      for index in service.spec.ports.indices where service.spec.ports[index].nodePort == 0 {
        let number = service.spec.ports[index].port
        if let sibling = service.spec.ports.first(where: { $0.port == number && $0.nodePort != 0 }) {
          service.spec.ports[index].nodePort = sibling.nodePort
        } else if let port = next() {
          service.spec.ports[index].nodePort = port
        } else {
          errors.append(
            .invalid("spec.ports[\(index)].nodePort", .int(0), "failed to allocate a nodePort: range is full"))
        }
      }
    }
    if needsHealthCheckPort(service) {
      if service.spec.healthCheckNodePort != 0 {
        check(service.spec.healthCheckNodePort, path: "spec.healthCheckNodePort")
      } else if let port = next() {
        service.spec.healthCheckNodePort = port
      }
    }
  }
}
