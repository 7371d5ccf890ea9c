import KubeModel

/// One pod as the endpoints controllers see it behind one Service: its address, readiness, where it runs, and
/// the port each Service port reaches on it (`podutil.FindPort`).
struct PodEndpoint: Sendable {
  var pod: Pod
  var ip: IPv4
  /// The pod's Ready condition (`podutil.IsPodReady`).
  var ready: Bool
  var terminating: Bool
  /// Set when the pod names this Service as its subdomain and has a hostname (StatefulSet pods do).
  var hostname: String
  var zone: String?
  /// Per Service port (in the Service's order), the resolved target port, or nil where a named target port is not
  /// declared by the pod's containers (the pod is then left out for that port, as upstream logs and skips it).
  var ports: [EndpointPort?]

  /// The endpoint for a pod, or nil when it has no address yet or has finished
  /// (`ShouldPodBeInEndpoints` without terminal pods).
  init?(_ pod: Pod, service: Service, zone: String?) {
    guard let ip = IPv4(pod.status.podIP) else { return nil }
    guard pod.status.phase != "Succeeded" && pod.status.phase != "Failed" else { return nil }
    self.pod = pod
    self.ip = ip
    ready = PodReadiness.isReady(pod)
    terminating = pod.metadata.deletionTimestamp != nil
    hostname =
      !pod.spec.hostname.isEmpty && pod.spec.subdomain == service.metadata.name ? pod.spec.hostname : ""
    self.zone = zone
    ports = service.spec.ports.map { Self.resolve($0, in: pod) }
  }

  /// `FindPort`: a number is used as is; a name is looked up among the containers' ports of the same protocol.
  static func resolve(_ servicePort: ServicePort, in pod: Pod) -> EndpointPort? {
    let proto = servicePort.protocol.isEmpty ? "TCP" : servicePort.protocol
    switch servicePort.targetPort {
    case .int(let number):
      return EndpointPort(name: servicePort.name, port: number, protocol: proto)
    case .string(let name):
      if let number = Int(name) { return EndpointPort(name: servicePort.name, port: number, protocol: proto) }
      for container in pod.spec.containers {
        for port in container.ports where port.name == name && (port.protocol.isEmpty ? "TCP" : port.protocol) == proto
        {
          return EndpointPort(name: servicePort.name, port: port.containerPort, protocol: proto)
        }
      }
      return nil
    case nil:
      return EndpointPort(name: servicePort.name, port: servicePort.port, protocol: proto)
    }
  }

  /// The pod this endpoint points at, as Endpoints and EndpointSlices reference it.
  var targetRef: ObjectReference {
    ObjectReference(kind: "Pod", namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid)
  }

  /// The resolved ports this pod serves (those that resolved), the key it is grouped by.
  var servedPorts: [EndpointPort] { ports.compactMap { $0 } }
}
