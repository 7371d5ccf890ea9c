import KubeModel

/// CoreDNS's `kubernetes` plugin as a pod's resolver sees it (records as the plugin documents them):
///
/// - `<service>.<ns>.svc.cluster.local`: the cluster IP; for a headless Service, the addresses of its ready
///   endpoints (none: NXDOMAIN); for an ExternalName Service, a CNAME to its external name.
/// - `<hostname>.<service>.<ns>.svc.cluster.local`: one endpoint of a headless Service, by its hostname (StatefulSet
///   pods: `web-0.nginx.default.svc.cluster.local`) or its dashed address (`10-244-1-5`).
/// - `<a-b-c-d>.<ns>.pod.cluster.local`: the address itself (`pods insecure`).
/// - reverse lookups of cluster IPs and endpoint addresses.
///
/// Names are tried through the pod's search path (`<ns>.svc.cluster.local svc.cluster.local cluster.local`,
/// `ndots:5`). Names outside the cluster are forwarded upstream; the simulation has no Internet, so a plausible
/// public name gets a stable address from the documentation range 198.51.100.0/24 and anything else NXDOMAIN.
/// With no ready CoreDNS endpoint behind `kube-dns`, nothing answers.
enum ClusterDNS {
  static let domain = "cluster.local"

  struct Answer: Equatable {
    /// The name answered, fully qualified, without the trailing dot.
    var name: String
    /// For an ExternalName Service: the name it points at.
    var canonicalName: String?
    var addresses: [String]
    /// False for answers forwarded outside the cluster ("Non-authoritative answer").
    var authoritative: Bool
  }

  enum Result: Equatable {
    case answer(Answer)
    case pointer(query: String, name: String)
    case notFound
    case noServers
  }

  /// The address of the cluster's DNS Service, as pods' `/etc/resolv.conf` names it.
  static var server: String { ControlPlaneAddons.dnsServiceIP }

  /// Whether CoreDNS is there to answer: `kube-dns` exists and has a ready endpoint.
  static func isServing(in cluster: ClusterState) -> Bool {
    guard let service = cluster.store.services["kube-system", "kube-dns"] else { return false }
    return !ServiceEndpointsView(service, in: cluster).ready.isEmpty
  }

  static func searchPath(namespace: String) -> [String] {
    ["\(namespace).svc.\(domain)", "svc.\(domain)", domain]
  }

  /// Resolves a name as a pod in `namespace` would.
  static func resolve(_ query: String, namespace: String, in cluster: ClusterState) -> Result {
    guard isServing(in: cluster) else { return .noServers }
    if let address = IPv4(query) { return reverse(address, in: cluster) }
    var name = query.lowercased()
    let absolute = name.hasSuffix(".")
    if absolute { name.removeLast() }
    guard !name.isEmpty else { return .notFound }
    let dots = name.filter { $0 == "." }.count
    let searched = searchPath(namespace: namespace).map { "\(name).\($0)" }
    let candidates = absolute ? [name] : dots >= 5 ? [name] + searched : searched + [name]
    for candidate in candidates {
      if let answer = lookup(candidate, in: cluster, depth: 0) { return .answer(answer) }
    }
    return .notFound
  }

  /// One fully qualified name, without the search path.
  static func lookup(_ name: String, in cluster: ClusterState, depth: Int) -> Answer? {
    guard name == domain || name.hasSuffix("." + domain) else { return external(name) }
    let labels = name.dropLast(domain.count + 1).split(separator: ".", omittingEmptySubsequences: false).map(
      String.init)
    switch labels.count {
    case 3 where labels[2] == "svc":
      guard let service = cluster.store.services[labels[1], labels[0]] else { return nil }
      return serviceAnswer(service, name: name, in: cluster, depth: depth)
    case 4 where labels[3] == "svc":
      guard let service = cluster.store.services[labels[2], labels[1]], service.spec.clusterIP == "None" else {
        return nil
      }
      let matching = ServiceEndpointsView(service, in: cluster).ready.filter {
        $0.hostname == labels[0] || dashed($0.ip) == labels[0]
      }
      guard !matching.isEmpty else { return nil }
      return Answer(name: name, addresses: matching.map(\.ip), authoritative: true)
    case 3 where labels[2] == "pod":
      guard let address = IPv4(labels[0].replacing("-", with: ".")) else { return nil }
      return Answer(name: name, addresses: [address.description], authoritative: true)
    default:
      return nil
    }
  }

  static func serviceAnswer(_ service: Service, name: String, in cluster: ClusterState, depth: Int) -> Answer? {
    if service.spec.type == "ExternalName" {
      let target = service.spec.externalName.lowercased().trimmingSuffix(".")
      let followed = depth < 4 ? lookup(target, in: cluster, depth: depth + 1) : nil
      return Answer(name: name, canonicalName: target, addresses: followed?.addresses ?? [], authoritative: true)
    }
    if service.spec.clusterIP == "None" {
      let addresses = ServiceEndpointsView(service, in: cluster).ready.map(\.ip)
      guard !addresses.isEmpty else { return nil }
      return Answer(name: name, addresses: addresses, authoritative: true)
    }
    guard !service.spec.clusterIP.isEmpty else { return nil }
    return Answer(name: name, addresses: [service.spec.clusterIP], authoritative: true)
  }

  /// A name outside the cluster, as the simulated upstream resolver answers it.
  static func external(_ name: String) -> Answer? {
    let labels = name.split(separator: ".")
    guard labels.count >= 2, let top = labels.last, publicTopLevelDomains.contains(String(top)) else { return nil }
    var hash = FNV1a()
    hash.feed(name)
    let host = hash.value % 254 + 1
    return Answer(name: name, addresses: ["198.51.100.\(host)"], authoritative: false)
  }

  static let publicTopLevelDomains: Set<String> = [
    "com", "net", "org", "io", "dev", "app", "edu", "gov", "info", "biz", "co", "uk", "de", "fr", "nl", "eu", "jp",
    "cn", "ru", "br", "in", "au", "ca", "ch", "se", "no", "es", "it", "pl", "cloud", "ai", "me", "tv",
  ]

  /// PTR: a Service's cluster IP, or an endpoint address (named by its hostname or dashed address under its
  /// Service).
  static func reverse(_ address: IPv4, in cluster: ClusterState) -> Result {
    let text = address.description
    for service in cluster.store.services.list() where service.spec.clusterIP == text {
      return .pointer(
        query: address.reverseName,
        name: "\(service.metadata.name).\(service.metadata.namespace).svc.\(domain)")
    }
    for service in cluster.store.services.list() where !service.spec.selector.isEmpty {
      if let endpoint = ServiceEndpointsView(service, in: cluster).ready.first(where: { $0.ip == text }) {
        let host = endpoint.hostname ?? dashed(text)
        return .pointer(
          query: address.reverseName,
          name: "\(host).\(service.metadata.name).\(service.metadata.namespace).svc.\(domain)")
      }
    }
    return .notFound
  }

  static func dashed(_ ip: String) -> String { ip.replacing(".", with: "-") }
}

extension String {
  func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
