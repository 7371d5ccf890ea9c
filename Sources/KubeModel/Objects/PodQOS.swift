extension PodSpec {
  /// The pod's QoS class, as upstream's `GetPodQOS` computes it (`pkg/apis/core/helper/qos`): `Guaranteed` when
  /// every container limits cpu and memory and requests exactly its limits, `BestEffort` when no container requests
  /// or limits either, `Burstable` otherwise. Init containers count too.
  public var qosClass: String {
    let computeResources: Set<String> = ["cpu", "memory"]
    var requests: [String: Quantity] = [:]
    var limits: [String: Quantity] = [:]
    var isGuaranteed = true
    for container in initContainers + containers {
      for (name, quantity) in container.resources.requests where computeResources.contains(name) && quantity > .zero {
        requests[name] = (requests[name] ?? .zero) + quantity
      }
      var limited: Set<String> = []
      for (name, quantity) in container.resources.limits where computeResources.contains(name) && quantity > .zero {
        limited.insert(name)
        limits[name] = (limits[name] ?? .zero) + quantity
      }
      if limited != computeResources { isGuaranteed = false }
    }
    if requests.isEmpty && limits.isEmpty { return "BestEffort" }
    if isGuaranteed {
      for (name, request) in requests where limits[name].map({ $0.milliValue != request.milliValue }) ?? true {
        isGuaranteed = false
      }
    }
    return isGuaranteed && requests.count == limits.count ? "Guaranteed" : "Burstable"
  }
}
