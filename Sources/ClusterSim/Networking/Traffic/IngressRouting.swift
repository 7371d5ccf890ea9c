import KubeModel

/// How the simulated ingress-nginx picks a backend for a request (the Ingress v1 matching rules as ingress-nginx
/// applies them): the Ingresses of its class are merged per host; a rule with the exact host wins over a wildcard
/// host (`*.example.com` matches one label), which wins over rules without a host. Among the paths of that host,
/// the longest match wins, an `Exact` path over a `Prefix` path of the same length; `Prefix` matches whole path
/// elements (`/api` matches `/api` and `/api/v1`, not `/apiv1`); `ImplementationSpecific` is treated as
/// `Prefix`. Without a match, an Ingress's default backend is used, else the controller's own 404.
enum IngressRouting {
  struct Match: Equatable {
    var ingress: Ingress
    var backend: IngressBackend
    /// The path rule that matched, or nil for a default backend.
    var path: String?
  }

  /// The served Ingresses, in namespace and name order.
  static func servedIngresses(in cluster: ClusterState) -> [Ingress] {
    cluster.store.ingresses.list().filter {
      !$0.metadata.isBeingDeleted && IngressClasses.isServedBySimulatedController($0, in: cluster)
    }
  }

  /// Whether any served Ingress has a rule for this host (so the host reaches the ingress controller).
  static func hasRule(forHost host: String, in cluster: ClusterState) -> Bool {
    servedIngresses(in: cluster).contains { ingress in
      ingress.spec.rules.contains { !$0.host.isEmpty && hostMatches($0.host, host) }
    }
  }

  static func route(host: String, path: String, in cluster: ClusterState) -> Match? {
    let ingresses = servedIngresses(in: cluster)
    let host = host.lowercased()
    let tiers: [(IngressRule) -> Bool] = [
      { $0.host == host },
      { $0.host.hasPrefix("*.") && hostMatches($0.host, host) },
      { $0.host.isEmpty },
    ]
    for tier in tiers {
      var candidates: [(ingress: Ingress, path: HTTPIngressPath)] = []
      for ingress in ingresses {
        for rule in ingress.spec.rules where tier(rule) {
          for entry in rule.http?.paths ?? [] where pathMatches(entry, path) { candidates.append((ingress, entry)) }
        }
      }
      let hostKnown = ingresses.contains { $0.spec.rules.contains(where: tier) }
      if let best = candidates.max(by: { precedence($0.path) < precedence($1.path) }) {
        return Match(ingress: best.ingress, backend: best.path.backend, path: best.path.path)
      }
      if hostKnown { break }
    }
    for ingress in ingresses {
      if let backend = ingress.spec.defaultBackend { return Match(ingress: ingress, backend: backend, path: nil) }
    }
    return nil
  }

  /// `*.example.com` matches `shop.example.com` but neither `example.com` nor `a.shop.example.com`.
  static func hostMatches(_ pattern: String, _ host: String) -> Bool {
    let pattern = pattern.lowercased()
    guard pattern.hasPrefix("*.") else { return pattern == host }
    let suffix = String(pattern.dropFirst(1))
    guard host.hasSuffix(suffix) else { return false }
    let label = host.dropLast(suffix.count)
    return !label.isEmpty && !label.contains(".")
  }

  static func pathMatches(_ entry: HTTPIngressPath, _ path: String) -> Bool {
    let rule = entry.path.isEmpty ? "/" : entry.path
    if entry.pathType == "Exact" { return rule == path }
    if rule == "/" { return true }
    let ruleElements = rule.split(separator: "/")
    let requestElements = path.split(separator: "/")
    guard requestElements.count >= ruleElements.count else { return false }
    return Array(requestElements.prefix(ruleElements.count)) == ruleElements
  }

  /// Longer paths first; at equal length, Exact before Prefix.
  static func precedence(_ entry: HTTPIngressPath) -> (Int, Int) {
    (entry.path.count, entry.pathType == "Exact" ? 1 : 0)
  }

  /// Whether an Ingress declares TLS for the host.
  static func terminatesTLS(_ ingress: Ingress, host: String) -> (covered: Bool, secret: String) {
    for entry in ingress.spec.tls where entry.hosts.contains(where: { hostMatches($0, host.lowercased()) }) {
      return (true, entry.secretName)
    }
    return (false, "")
  }
}
