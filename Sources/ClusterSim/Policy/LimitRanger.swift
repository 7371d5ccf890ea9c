import KubeModel

/// The LimitRanger admission plugin (`plugin/pkg/admission/limitranger/admission.go`) for new pods: it first
/// fills in each container's missing requests and limits from the namespace's LimitRanges (`default`,
/// `defaultRequest`) and notes what it set in the `kubernetes.io/limit-ranger` annotation, then checks every
/// `min`, `max` and `maxLimitRequestRatio` of the Container and Pod items, refusing the pod with upstream's
/// messages (all violations, aggregated).
enum LimitRanger {
  static let annotation = "kubernetes.io/limit-ranger"

  static func admit(_ pod: inout Pod, in cluster: ClusterState) throws(APIError) {
    let ranges = cluster.store.limitRanges.list(namespace: pod.metadata.namespace)
    guard !ranges.isEmpty else { return }
    for range in ranges { applyDefaults(range, to: &pod) }
    var problems: [String] = []
    for range in ranges {
      for item in range.spec.limits { problems += violations(of: item, by: pod) }
    }
    guard !problems.isEmpty else { return }
    let name = pod.metadata.name.isEmpty ? pod.metadata.generateName : pod.metadata.name
    let message = problems.count == 1 ? problems[0] : "[" + problems.joined(separator: ", ") + "]"
    throw APIError.forbidden("pods \"\(name)\" is forbidden: \(message)")
  }

  /// `mergePodResourceRequirements`: missing limits from `default`, missing requests from `defaultRequest`.
  static func applyDefaults(_ range: LimitRange, to pod: inout Pod) {
    var notes: [String] = []
    for item in range.spec.limits where item.type == "Container" {
      func merge(_ container: inout Container, kind: String) {
        var setRequests: [String] = []
        var setLimits: [String] = []
        for resource in item.default.keys.sorted() where container.resources.limits[resource] == nil {
          container.resources.limits[resource] = item.default[resource]
          setLimits.append(resource)
        }
        for resource in item.defaultRequest.keys.sorted() where container.resources.requests[resource] == nil {
          container.resources.requests[resource] = item.defaultRequest[resource]
          setRequests.append(resource)
        }
        if !setRequests.isEmpty {
          notes.append(setRequests.joined(separator: ", ") + " request for \(kind) \(container.name)")
        }
        if !setLimits.isEmpty {
          notes.append(setLimits.joined(separator: ", ") + " limit for \(kind) \(container.name)")
        }
      }
      for index in pod.spec.containers.indices { merge(&pod.spec.containers[index], kind: "container") }
      for index in pod.spec.initContainers.indices { merge(&pod.spec.initContainers[index], kind: "init container") }
    }
    if !notes.isEmpty {
      pod.metadata.annotations[annotation] = "LimitRanger plugin set: " + notes.joined(separator: "; ")
    }
  }

  /// The violations of one LimitRange item: per container for `Container` items (app containers, then init
  /// containers), on the pod's totals for `Pod` items; min, then max, then ratio, resources in name order.
  static func violations(of item: LimitRangeItem, by pod: Pod) -> [String] {
    switch item.type {
    case "Container":
      return (pod.spec.containers + pod.spec.initContainers).flatMap { container in
        check(item, kind: "Container", requests: container.resources.requests, limits: container.resources.limits)
      }
    case "Pod":
      let totals = PodResourceTotals(pod)
      return check(item, kind: "Pod", requests: totals.requests, limits: totals.limits)
    default:
      return []
    }
  }

  static func check(
    _ item: LimitRangeItem, kind: String, requests: [String: Quantity], limits: [String: Quantity]
  ) -> [String] {
    var problems: [String] = []
    for resource in item.min.keys.sorted() {
      let minimum = item.min[resource]!
      if let request = requests[resource] {
        if request < minimum {
          problems.append("minimum \(resource) usage per \(kind) is \(minimum), but request is \(request)")
        } else if let limit = limits[resource], limit < minimum {
          problems.append("minimum \(resource) usage per \(kind) is \(minimum), but limit is \(limit)")
        }
      } else {
        problems.append("minimum \(resource) usage per \(kind) is \(minimum).  No request is specified")
      }
    }
    for resource in item.max.keys.sorted() {
      let maximum = item.max[resource]!
      if let limit = limits[resource] {
        if limit > maximum {
          problems.append("maximum \(resource) usage per \(kind) is \(maximum), but limit is \(limit)")
        } else if let request = requests[resource], request > maximum {
          problems.append("maximum \(resource) usage per \(kind) is \(maximum), but request is \(request)")
        }
      } else {
        problems.append("maximum \(resource) usage per \(kind) is \(maximum).  No limit is specified")
      }
    }
    for resource in item.maxLimitRequestRatio.keys.sorted() {
      let ratio = item.maxLimitRequestRatio[resource]!
      let prefix = "\(resource) max limit to request ratio per \(kind) is \(ratio)"
      guard let request = requests[resource], !request.isZero else {
        problems.append(prefix + ", but no request is specified or request is 0")
        continue
      }
      guard let limit = limits[resource], !limit.isZero else {
        problems.append(prefix + ", but no limit is specified or limit is 0")
        continue
      }
      let observed = Double(limit.milliValue) / Double(request.milliValue)
      if observed * 1000 > Double(ratio.milliValue) {
        problems.append(prefix + ", but provided ratio is \(GoFormat.float6(observed))")
      }
    }
    return problems
  }
}

/// A pod's total requests and limits as the LimitRanger and quota see them (`resourcehelper.PodRequests`): the
/// sum over app containers, raised to any single init container's larger value.
struct PodResourceTotals {
  var requests: [String: Quantity] = [:]
  var limits: [String: Quantity] = [:]

  init(_ pod: Pod) {
    for container in pod.spec.containers {
      for (resource, value) in container.resources.requests { requests[resource, default: .zero] += value }
      for (resource, value) in container.resources.limits { limits[resource, default: .zero] += value }
    }
    for container in pod.spec.initContainers {
      for (resource, value) in container.resources.requests where requests[resource].map({ value > $0 }) ?? true {
        requests[resource] = value
      }
      for (resource, value) in container.resources.limits where limits[resource].map({ value > $0 }) ?? true {
        limits[resource] = value
      }
    }
  }
}

/// Go's `%f`: six decimals.
enum GoFormat {
  static func float6(_ value: Double) -> String {
    let scaled = (value * 1_000_000).rounded()
    let whole = Int64(scaled) / 1_000_000
    let fraction = abs(Int64(scaled) % 1_000_000)
    return "\(whole)." + String(fraction).leftPadded(6)
  }
}
