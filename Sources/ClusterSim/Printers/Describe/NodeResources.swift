import KubeModel

/// The `Non-terminated Pods` and `Allocated resources` tables of a node (`describeNodeResource`), with pod totals
/// as component-helpers' `PodRequests` and `PodLimits` compute them.
struct NodeResourceSummary {
  var node: Node
  /// Pods bound to the node that have not succeeded or failed, in namespace/name order.
  var pods: [Pod]
  var now: Timestamp

  init(node: Node, in cluster: ClusterState) {
    self.node = node
    pods = cluster.store.pods.keys(onNode: node.metadata.name).compactMap { cluster.store.pods[$0] }
      .filter { $0.status.phase != "Succeeded" && $0.status.phase != "Failed" }
    now = cluster.now
  }

  /// What percentages are taken of: allocatable, or capacity when the node reports no allocatable.
  var allocatable: [String: Quantity] {
    node.status.allocatable.isEmpty ? node.status.capacity : node.status.allocatable
  }

  func describe(into writer: inout DescribeWriter) {
    let allocatable = allocatable
    let cpu = allocatable["cpu"] ?? .zero
    let memory = allocatable["memory"] ?? .zero
    writer.line(0, "Non-terminated Pods:", "(\(pods.count) in total)")
    writer.write(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n")
    writer.write(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n")
    for pod in pods {
      let requests = Self.podRequests(pod)
      let limits = Self.podLimits(pod)
      let cpuRequest = requests["cpu"] ?? .zero
      let cpuLimit = limits["cpu"] ?? .zero
      let memoryRequest = requests["memory"] ?? .zero
      let memoryLimit = limits["memory"] ?? .zero
      writer.write(
        1,
        "\(pod.metadata.namespace)\t\(pod.metadata.name)\t\t"
          + "\(cpuRequest) (\(Self.percent(cpuRequest.milliValue, cpu.milliValue))%)\t"
          + "\(cpuLimit) (\(Self.percent(cpuLimit.milliValue, cpu.milliValue))%)\t"
          + "\(memoryRequest) (\(Self.percent(memoryRequest.value, memory.value))%)\t"
          + "\(memoryLimit) (\(Self.percent(memoryLimit.value, memory.value))%)\t"
          + "\(HumanDuration.age(since: pod.metadata.creationTimestamp, now: now))\n")
    }
    writer.write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n")
    writer.write(1, "Resource\tRequests\tLimits\n")
    writer.write(1, "--------\t--------\t------\n")
    var requests: [String: Quantity] = [:]
    var limits: [String: Quantity] = [:]
    for pod in pods {
      Self.add(Self.podRequests(pod), to: &requests)
      Self.add(Self.podLimits(pod), to: &limits)
    }
    func row(_ name: String, milli: Bool) {
      let request = requests[name] ?? .zero
      let limit = limits[name] ?? .zero
      let total = allocatable[name] ?? .zero
      let value: (Quantity) -> Int64 = { milli ? $0.milliValue : $0.value }
      let totalValue = value(total)
      let requestPercent = totalValue == 0 ? 0 : Self.percent(value(request), totalValue)
      let limitPercent = totalValue == 0 ? 0 : Self.percent(value(limit), totalValue)
      writer.write(1, "\(name)\t\(request) (\(requestPercent)%)\t\(limit) (\(limitPercent)%)\n")
    }
    row("cpu", milli: true)
    row("memory", milli: false)
    row("ephemeral-storage", milli: false)
    let names = allocatable.keys.sorted(by: GoSort.less)
    for name in names where name.hasPrefix("hugepages-") { row(name, milli: false) }
    let standard: Set<String> = ["cpu", "memory", "ephemeral-storage", "pods"]
    for name in names where !name.hasPrefix("hugepages-") && !standard.contains(name) {
      writer.write(1, "\(name)\t\(requests[name] ?? .zero)\t\(limits[name] ?? .zero)\n")
    }
  }

  /// `int64(float64(used) / float64(total) * 100)`, with Go's conversion of an infinite or NaN ratio on amd64.
  static func percent(_ used: Int64, _ total: Int64) -> Int64 {
    let ratio = Double(used) / Double(total) * 100
    guard ratio.isFinite, ratio < 9.2e18, ratio > -9.2e18 else { return .min }
    return Int64(ratio)
  }

  /// `addResourceList`: sums by name; a sum keeps the format of the first quantity.
  static func add(_ list: [String: Quantity], to total: inout [String: Quantity]) {
    for (name, quantity) in list { total[name] = total[name].map { $0 + quantity } ?? quantity }
  }

  /// `maxResourceList`: the larger quantity by name.
  static func max(_ list: [String: Quantity], into total: inout [String: Quantity]) {
    for (name, quantity) in list where total[name].map({ quantity > $0 }) ?? true { total[name] = quantity }
  }

  /// `PodRequests`: app containers and sidecars add up; an init container needs its own requests plus the
  /// sidecars started before it; the pod needs the larger of the two; pod-level requests replace cpu and memory;
  /// overhead is added.
  static func podRequests(_ pod: Pod) -> [String: Quantity] {
    total(pod, \.requests, podLevel: pod.spec.resources?.requests, addOverheadToAll: true)
  }

  /// `PodLimits`: as requests, but overhead is only added to limits that are set.
  static func podLimits(_ pod: Pod) -> [String: Quantity] {
    total(pod, \.limits, podLevel: pod.spec.resources?.limits, addOverheadToAll: false)
  }

  private static func total(
    _ pod: Pod, _ list: KeyPath<ResourceRequirements, [String: Quantity]>, podLevel: [String: Quantity]?,
    addOverheadToAll: Bool
  ) -> [String: Quantity] {
    var result: [String: Quantity] = [:]
    for container in pod.spec.containers { add(container.resources[keyPath: list], to: &result) }
    var sidecars: [String: Quantity] = [:]
    var initMaximum: [String: Quantity] = [:]
    for container in pod.spec.initContainers {
      var needed: [String: Quantity]
      if container.restartPolicy == "Always" {
        add(container.resources[keyPath: list], to: &result)
        add(container.resources[keyPath: list], to: &sidecars)
        needed = sidecars
      } else {
        needed = [:]
        add(container.resources[keyPath: list], to: &needed)
        add(sidecars, to: &needed)
      }
      max(needed, into: &initMaximum)
    }
    max(initMaximum, into: &result)
    if let podLevel, podLevel.keys.contains(where: { $0 == "cpu" || $0 == "memory" }) {
      for (name, quantity) in podLevel where name == "cpu" || name == "memory" { result[name] = quantity }
    }
    for (name, quantity) in pod.spec.overhead where addOverheadToAll || result[name] != nil {
      result[name] = result[name].map { $0 + quantity } ?? quantity
    }
    return result
  }
}
