import ClusterSim
import KubeModel

/// The pods behind a Service: the targets of its Endpoints when the endpoints controller keeps them, otherwise the
/// pods its selector picks in its namespace (what the endpoints controller would list).
public enum ServiceBackends {
  public static func podKeys(of service: Service, in cluster: ClusterState) -> [ObjectKey] {
    if let endpoints = cluster.store.endpoints[service.key], !endpoints.subsets.isEmpty {
      var keys: Set<ObjectKey> = []
      for subset in endpoints.subsets {
        for address in subset.addresses + subset.notReadyAddresses {
          if let target = address.targetRef, target.kind == "Pod" {
            keys.insert(
              ObjectKey(
                namespace: target.namespace.isEmpty ? service.metadata.namespace : target.namespace, name: target.name))
          }
        }
      }
      return keys.sorted()
    }
    guard !service.spec.selector.isEmpty else { return [] }
    let selector = Selector(matchLabels: service.spec.selector)
    return cluster.store.pods.list(namespace: service.metadata.namespace)
      .filter { selector.matches($0.metadata.labels) && $0.metadata.deletionTimestamp == nil }.map(\.key)
  }

  /// The ready addresses of a Service: from its Endpoints, or its selected pods that are ready.
  public static func readyCount(of service: Service, in cluster: ClusterState) -> Int? {
    if let endpoints = cluster.store.endpoints[service.key] {
      return endpoints.subsets.reduce(0) { $0 + $1.addresses.count }
    }
    guard !service.spec.selector.isEmpty else { return nil }
    let selector = Selector(matchLabels: service.spec.selector)
    var count = 0
    for pod in cluster.store.pods.list(namespace: service.metadata.namespace)
    where selector.matches(pod.metadata.labels) && pod.metadata.deletionTimestamp == nil
      && pod.status.conditions.contains(where: { $0.type == "Ready" && $0.status == "True" })
    {
      count += 1
    }
    return count
  }
}
