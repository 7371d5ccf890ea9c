import KubeModel

/// What happens to an HTTP request made from inside the cluster (or from the learner's machine, for node ports,
/// load balancers and Ingress hosts): name resolution through ``ClusterDNS``, then the path a packet takes — a
/// Service's cluster IP through ``ServiceRouting``, a node port on a node's address, a load balancer's address,
/// the ingress controller through ``IngressRouting``, or a pod's own address — ending at a pod that answers, or
/// at the failure curl reports.
///
/// Simulated pods answer every request with who they are (pod name and address, the address the request came
/// from, the request line and Host), as an echo server would; a pod only listens on the ports its containers
/// declare (all ports when it declares none). Ingress hosts reach the ingress controller as if the learner had
/// added them to `/etc/hosts`, as tutorials do.
struct SimulatedHTTP {
  /// Who sends the request.
  struct Client {
    var namespace: String
    var address: String
    /// The pod the request is sent from (`exec POD -- curl`), if any.
    var pod: Pod?
    var insecure = false
    var followRedirects = false
    /// `--connect-timeout` / `--max-time`, in seconds.
    var timeout: Int?
  }

  /// The address of the simulator's own client pod, for `curl` typed at the prompt.
  static let promptClientAddress = "10.244.0.250"
  /// How long a connection into nowhere takes to fail without a timeout (the kernel's SYN retries).
  static let kernelConnectTimeout = 130_000

  var client: Client

  func perform(_ request: HTTPRequest, in cluster: inout ClusterState) -> HTTPOutcome {
    if request.host == "localhost" || request.host == "127.0.0.1" {
      guard let pod = client.pod else { return refused(request) }
      return answer(pod: pod, port: request.port, request: request, remote: "127.0.0.1", extra: [])
    }
    if IPv4(request.host) == nil && IngressRouting.hasRule(forHost: request.host, in: cluster) {
      return ingress(request, in: &cluster)
    }
    let address: String
    if IPv4(request.host) != nil {
      address = request.host
    } else {
      switch ClusterDNS.resolve(request.host, namespace: client.namespace, in: cluster) {
      case .answer(let answer):
        guard !answer.addresses.isEmpty else {
          return .failure(code: 6, message: "Could not resolve host: \(request.host)")
        }
        let index = cluster.serviceNetwork.traffic.next("dns:" + answer.name, count: answer.addresses.count)
        address = answer.addresses[index]
      case .pointer, .notFound, .noServers:
        return .failure(code: 6, message: "Could not resolve host: \(request.host)")
      }
    }
    return connect(to: address, request, in: &cluster)
  }

  /// Where a connection to an address goes.
  func connect(to address: String, _ request: HTTPRequest, in cluster: inout ClusterState) -> HTTPOutcome {
    cluster.prepareServiceNetwork()
    guard let ip = IPv4(address) else { return timedOut(request) }
    if ip == LoadBalancerPool.ingressControllerAddress {
      guard request.port == 80 || request.port == 443 else { return refused(request) }
      return ingress(request, in: &cluster)
    }
    let allocations = cluster.serviceNetwork.allocations
    if let key = allocations.clusterIPs[ip.value], let service = cluster.store.services[key] {
      guard let port = ServiceRouting.port(service, number: request.port) else { return timedOut(request) }
      let outcome = ServiceRouting.route(service, port: port, client: client.address, entryNode: nil, in: &cluster)
      return reach(
        outcome, request, namespace: service.metadata.namespace, remote: { _ in client.address }, in: &cluster)
    }
    if let key = allocations.loadBalancerAddresses[ip.value], let service = cluster.store.services[key] {
      guard let port = ServiceRouting.port(service, number: request.port) else { return timedOut(request) }
      let outcome = ServiceRouting.route(service, port: port, client: client.address, entryNode: nil, in: &cluster)
      let nodes = cluster.store.nodes
      return reach(
        outcome, request, namespace: service.metadata.namespace,
        remote: { self.remote(service, entry: $0.node, nodes) }, in: &cluster)
    }
    if let node = cluster.store.nodes.list().first(where: { node in
      node.status.addresses.contains { $0.type == "InternalIP" && $0.address == address }
    }) {
      guard let key = allocations.nodePorts[request.port], let service = cluster.store.services[key],
        let port = service.spec.ports.first(where: { $0.nodePort == request.port })
      else { return refused(request) }
      let name = node.metadata.name
      let outcome = ServiceRouting.route(service, port: port, client: client.address, entryNode: name, in: &cluster)
      let nodes = cluster.store.nodes
      return reach(
        outcome, request, namespace: service.metadata.namespace,
        remote: { _ in self.remote(service, entry: name, nodes) }, in: &cluster)
    }
    let owners = cluster.store.pods.objects.values.filter { $0.status.podIP == address && PodReadiness.isActive($0) }
    if let pod = owners.min(by: { $0.key < $1.key }) {
      return answer(pod: pod, port: request.port, request: request, remote: client.address, extra: [])
    }
    return timedOut(request)
  }

  /// The address a pod sees a connection from: the client's own under `externalTrafficPolicy: Local`, otherwise
  /// the address of the node that forwarded it (kube-proxy masquerades external traffic).
  func remote(_ service: Service, entry node: String?, _ nodes: ObjectTable<Node>) -> String {
    if service.spec.externalTrafficPolicy == "Local" { return client.address }
    guard let node, let found = nodes["", node] else { return client.address }
    return found.status.addresses.first { $0.type == "InternalIP" }?.address ?? client.address
  }

  func reach(
    _ outcome: ServiceRouting.Outcome, _ request: HTTPRequest, namespace: String,
    remote: (ServiceEndpointsView.Endpoint) -> String, extra: [String] = [], in cluster: inout ClusterState
  ) -> HTTPOutcome {
    switch outcome {
    case .noEndpoints: return refused(request)
    case .noLocalEndpoints: return timedOut(request)
    case .endpoint(let endpoint, let port):
      guard let name = endpoint.pod, let pod = podNamed(name, ip: endpoint.ip, namespace: namespace, in: cluster) else {
        return refused(request)
      }
      return answer(pod: pod, port: port, request: request, remote: remote(endpoint), extra: extra)
    }
  }

  /// The pod behind an endpoint, if it still has the endpoint's address.
  func podNamed(_ name: String, ip: String, namespace: String, in cluster: ClusterState) -> Pod? {
    cluster.store.pods[namespace, name].flatMap { $0.status.podIP == ip ? $0 : nil }
  }

  /// A pod's answer, if it listens on the port.
  func answer(pod: Pod, port: Int, request: HTTPRequest, remote: String, extra: [String]) -> HTTPOutcome {
    guard pod.status.phase == "Running", Self.listens(pod, on: port) else { return refused(request) }
    if request.scheme == "https" && extra.isEmpty {
      return .failure(
        code: 35, message: "OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number")
    }
    var lines = [
      "Hostname: \(pod.spec.hostname.isEmpty ? pod.metadata.name : pod.spec.hostname)", "IP: \(pod.status.podIP)",
      "RemoteAddr: \(remote)", "GET \(request.target) HTTP/1.1", "Host: \(request.effectiveHost)",
    ]
    lines += extra
    return .response(status: 200, contentType: "text/plain; charset=utf-8", body: lines.joined(separator: "\n") + "\n")
  }

  /// A pod listens on the ports its containers declare, or on any port when none declares one.
  static func listens(_ pod: Pod, on port: Int) -> Bool {
    let declared = pod.spec.containers.flatMap(\.ports)
    return declared.isEmpty || declared.contains { $0.containerPort == port }
  }

  // MARK: Ingress

  func ingress(_ request: HTTPRequest, in cluster: inout ClusterState) -> HTTPOutcome {
    let host = request.effectiveHost
    guard let match = IngressRouting.route(host: host, path: request.path, in: cluster) else {
      return HTTPOutcome.nginxPage(404)
    }
    let tls = IngressRouting.terminatesTLS(match.ingress, host: host)
    if request.scheme == "http" && tls.covered
      && match.ingress.metadata.annotations["nginx.ingress.kubernetes.io/ssl-redirect"] != "false"
    {
      guard client.followRedirects else { return HTTPOutcome.nginxPage(308) }
      var secure = request
      secure.scheme = "https"
      secure.port = 443
      return ingress(secure, in: &cluster)
    }
    if request.scheme == "https" && !client.insecure {
      let namespace = match.ingress.metadata.namespace
      if !tls.covered || cluster.store.secrets[namespace, tls.secret] == nil {
        return .failure(code: 60, message: "SSL certificate problem: self-signed certificate")
      }
    }
    guard let backend = match.backend.service,
      let service = cluster.store.services[match.ingress.metadata.namespace, backend.name],
      let port = service.spec.ports.first(where: {
        backend.port.number != 0 ? $0.port == backend.port.number : $0.name == backend.port.name
      })
    else { return HTTPOutcome.nginxPage(503) }
    var forwarded = request
    if let rewrite = match.ingress.metadata.annotations["nginx.ingress.kubernetes.io/rewrite-target"],
      !rewrite.contains("$")
    {
      forwarded.target = rewrite
    }
    forwarded.hostHeader = host
    let outcome = ServiceRouting.route(
      service, port: port, client: client.address, entryNode: nil, balancer: "ingress:", in: &cluster)
    switch outcome {
    case .noEndpoints, .noLocalEndpoints: return HTTPOutcome.nginxPage(503)
    case .endpoint(let endpoint, let targetPort):
      guard let name = endpoint.pod,
        let pod = podNamed(name, ip: endpoint.ip, namespace: service.metadata.namespace, in: cluster),
        pod.status.phase == "Running", Self.listens(pod, on: targetPort)
      else { return HTTPOutcome.nginxPage(502) }
      var plain = forwarded
      plain.scheme = "http"
      return answer(
        pod: pod, port: targetPort, request: plain, remote: LoadBalancerPool.ingressControllerAddress.description,
        extra: ["X-Forwarded-For: \(client.address)"])
    }
  }

  // MARK: Failures

  func refused(_ request: HTTPRequest) -> HTTPOutcome {
    .failure(
      code: 7,
      message: "Failed to connect to \(request.host) port \(request.port) after 0 ms: Couldn't connect to server")
  }

  func timedOut(_ request: HTTPRequest) -> HTTPOutcome {
    let elapsed = client.timeout.map { $0 * 1000 + 1 } ?? Self.kernelConnectTimeout
    return .failure(
      code: 28,
      message: "Failed to connect to \(request.host) port \(request.port) after \(elapsed) ms: Timeout was reached")
  }
}
