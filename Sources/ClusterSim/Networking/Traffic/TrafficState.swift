import KubeModel

/// The simulated kube-proxy's and ingress controller's memory: where each round robin stands, and which
/// endpoint each client is pinned to under `sessionAffinity: ClientIP` (with the time of its last use, for
/// `sessionAffinityConfig.clientIP.timeoutSeconds`). Part of ``ClusterState``, so a replay picks the same pods.
public struct TrafficState: Sendable, Codable, Hashable {
  /// The next position per balancer (`ns/service:port`, or `ingress:ns/service:port`).
  var nextIndex: [String: Int] = [:]
  /// `ns/service:port|client` → the endpoint chosen and when it was last used.
  var affinity: [String: Affinity] = [:]

  struct Affinity: Sendable, Codable, Hashable {
    var endpoint: String
    var lastUsed: Timestamp
  }

  public init() {}

  /// Drops what was kept for a deleted Service.
  mutating func forget(service: ObjectKey) {
    let prefix = "\(service.namespace)/\(service.name):"
    for key in nextIndex.keys.filter({ $0.hasPrefix(prefix) || $0.hasPrefix("ingress:" + prefix) }) {
      nextIndex[key] = nil
    }
    for key in affinity.keys.filter({ $0.hasPrefix(prefix) }) { affinity[key] = nil }
  }

  /// The next of `count` positions of a balancer, round robin.
  mutating func next(_ balancer: String, count: Int) -> Int {
    let index = (nextIndex[balancer] ?? 0) % count
    nextIndex[balancer] = index + 1
    return index
  }
}
