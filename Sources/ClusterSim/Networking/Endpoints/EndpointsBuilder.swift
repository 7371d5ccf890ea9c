import KubeModel

/// The desired Endpoints and EndpointSlices of a Service, from its pods (`pkg/controller/endpoint` `syncService`
/// and `pkg/controller/endpointslice` `reconcile`), without touching the store.
enum EndpointsBuilder {
  /// Upstream's `maxCapacity` of an Endpoints object; beyond it the object is truncated and annotated.
  static let endpointsCapacity = 1000
  /// `--max-endpoints-per-slice`, the default.
  static let endpointsPerSlice = 100
  static let triggerTimeAnnotation = "endpoints.kubernetes.io/last-change-trigger-time"
  static let overCapacityAnnotation = "endpoints.kubernetes.io/over-capacity"
  static let managedBy = "endpointslice-controller.k8s.io"

  /// The subsets of the v1 Endpoints object: ready pods under `addresses`, unready ones under
  /// `notReadyAddresses` (all under `addresses` with `publishNotReadyAddresses`), terminating pods left out unless
  /// unready ones are published; pods grouped by the ports they serve (`RepackSubsets`), addresses by IP.
  /// `endpoints` must be in address order (``EndpointsController`` sorts them once).
  static func subsets(_ endpoints: [PodEndpoint], service: Service) -> [EndpointSubset] {
    let publish = service.spec.publishNotReadyAddresses
    let headlessWithoutPorts = service.spec.ports.isEmpty && service.spec.clusterIP == "None"
    var groups: [[EndpointPort]: EndpointSubset] = [:]
    for endpoint in endpoints where publish || !endpoint.terminating {
      let ports = endpoint.servedPorts
      guard !ports.isEmpty || headlessWithoutPorts else { continue }
      var address = EndpointAddress(ip: endpoint.ip.description)
      address.hostname = endpoint.hostname
      address.nodeName = endpoint.pod.spec.nodeName.isEmpty ? nil : endpoint.pod.spec.nodeName
      address.targetRef = endpoint.targetRef
      var subset = groups[ports] ?? EndpointSubset()
      subset.ports = ports
      if publish || endpoint.ready {
        subset.addresses.append(address)
      } else {
        subset.notReadyAddresses.append(address)
      }
      groups[ports] = subset
    }
    return groups.keys.sorted { portsOrder($0) < portsOrder($1) }.map { groups[$0]! }
  }

  /// The v1 Endpoints object as the endpoints controller writes it.
  static func endpoints(
    for service: Service, subsets: [EndpointSubset], existing: Endpoints?, now: Timestamp
  )
    -> Endpoints
  {
    var object = existing ?? Endpoints()
    object.metadata.name = service.metadata.name
    object.metadata.namespace = service.metadata.namespace
    object.metadata.labels = labels(of: service)
    var subsets = subsets
    let total = subsets.reduce(0) { $0 + $1.addresses.count + $1.notReadyAddresses.count }
    if total > endpointsCapacity {
      subsets = truncated(subsets)
      object.metadata.annotations[overCapacityAnnotation] = "truncated"
    } else {
      object.metadata.annotations[overCapacityAnnotation] = nil
    }
    if existing?.subsets != subsets || existing == nil {
      object.metadata.annotations[triggerTimeAnnotation] = now.rfc3339
    }
    object.subsets = subsets
    return object
  }

  /// The slices' contents: endpoints grouped by the ports they serve, at most 100 to a slice, each endpoint with
  /// its ready/serving/terminating conditions (`podToEndpoint`). A Service with no endpoints gets one empty
  /// placeholder slice, as upstream keeps. `endpoints` must be in address order.
  static func sliceContents(
    _ endpoints: [PodEndpoint], service: Service
  ) -> [(ports: [SlicePort], endpoints: [SliceEndpoint])] {
    let publish = service.spec.publishNotReadyAddresses
    let headlessWithoutPorts = service.spec.ports.isEmpty && service.spec.clusterIP == "None"
    var groups: [[EndpointPort]: [SliceEndpoint]] = [:]
    for endpoint in endpoints {
      let ports = endpoint.servedPorts
      guard !ports.isEmpty || headlessWithoutPorts else { continue }
      var entry = SliceEndpoint()
      entry.addresses = [endpoint.ip.description]
      var conditions = SliceEndpointConditions()
      conditions.ready = publish || (endpoint.ready && !endpoint.terminating)
      conditions.serving = endpoint.ready
      conditions.terminating = endpoint.terminating
      entry.conditions = conditions
      entry.hostname = endpoint.hostname.isEmpty ? nil : endpoint.hostname
      entry.nodeName = endpoint.pod.spec.nodeName.isEmpty ? nil : endpoint.pod.spec.nodeName
      entry.zone = endpoint.zone
      entry.targetRef = endpoint.targetRef
      groups[ports, default: []].append(entry)
    }
    if groups.isEmpty { return [([], [])] }
    var contents: [(ports: [SlicePort], endpoints: [SliceEndpoint])] = []
    for ports in groups.keys.sorted(by: { portsOrder($0) < portsOrder($1) }) {
      let slicePorts = ports.map { port in
        var slicePort = SlicePort()
        slicePort.name = port.name
        slicePort.port = port.port
        slicePort.protocol = port.protocol
        return slicePort
      }
      let all = groups[ports]!
      var start = 0
      while start < all.count {
        contents.append((slicePorts, Array(all[start..<min(all.count, start + endpointsPerSlice)])))
        start += endpointsPerSlice
      }
    }
    return contents
  }

  /// Labels of the Endpoints: the Service's own, plus the headless marker.
  static func labels(of service: Service) -> [String: String] {
    var labels = service.metadata.labels
    if service.spec.clusterIP == "None" { labels["service.kubernetes.io/headless"] = "" }
    return labels
  }

  /// Labels of the slices: the Service's own, the Service name, the managing controller, the headless marker.
  static func sliceLabels(of service: Service) -> [String: String] {
    var labels = labels(of: service)
    labels["kubernetes.io/service-name"] = service.metadata.name
    labels["endpointslice.kubernetes.io/managed-by"] = managedBy
    return labels
  }

  private static func truncated(_ subsets: [EndpointSubset]) -> [EndpointSubset] {
    var remaining = endpointsCapacity
    return subsets.map { subset in
      var subset = subset
      subset.addresses = Array(subset.addresses.prefix(remaining))
      remaining -= subset.addresses.count
      subset.notReadyAddresses = Array(subset.notReadyAddresses.prefix(remaining))
      remaining -= subset.notReadyAddresses.count
      return subset
    }.filter { !$0.addresses.isEmpty || !$0.notReadyAddresses.isEmpty }
  }

  private static func portsOrder(_ ports: [EndpointPort]) -> String {
    ports.map { "\($0.name)/\($0.port)/\($0.protocol)" }.joined(separator: ",")
  }
}
