import KubeModel

/// The filter plugins of the default profile that the simulation runs, as a set (a pod's "unschedulable plugins",
/// which decide which cluster events may help it).
struct FilterPlugins: OptionSet, Hashable, Sendable, Codable {
  let rawValue: UInt8

  static let nodeUnschedulable = FilterPlugins(rawValue: 1 << 0)
  static let taintToleration = FilterPlugins(rawValue: 1 << 1)
  static let nodeAffinity = FilterPlugins(rawValue: 1 << 2)
  static let nodePorts = FilterPlugins(rawValue: 1 << 3)
  static let nodeResourcesFit = FilterPlugins(rawValue: 1 << 4)
  static let volumeBinding = FilterPlugins(rawValue: 1 << 5)
}

/// Which of the native resources (and the pod count) a node lacks, as NodeResourcesFit reports them.
struct Shortfall: OptionSet, Hashable, Sendable {
  let rawValue: UInt8

  static let pods = Shortfall(rawValue: 1 << 0)
  static let cpu = Shortfall(rawValue: 1 << 1)
  static let memory = Shortfall(rawValue: 1 << 2)
  static let ephemeralStorage = Shortfall(rawValue: 1 << 3)
  /// Some extended resource; which ones is worked out again when the message is written.
  static let scalar = Shortfall(rawValue: 1 << 4)
  /// A request exceeds the node's whole allocatable, so preemption cannot help (upstream `Unresolvable`).
  static let exceedsNode = Shortfall(rawValue: 1 << 5)
}

/// The first filter that rejected a node, as the framework stops at the first failing filter plugin (for
/// NodeResourcesFit, every resource the node lacks).
enum FilterVerdict: Hashable, Sendable {
  case fits
  case unschedulable
  case untoleratedTaint(index: Int)
  case affinityMismatch
  case portsTaken
  case insufficient(Shortfall)
}

/// The default profile's filter plugins, in its order: NodeUnschedulable, NodeName, TaintToleration, NodeAffinity,
/// NodePorts, NodeResourcesFit. NodeName always passes here, because the scheduler only sees pods without a node.
/// Nodes that are NotReady or unreachable are filtered by the taints the node lifecycle controller puts on them.
enum Filters {
  /// Runs the filters before NodeResourcesFit for one pod on one node: `.fits` means the node passed them. Reads
  /// `details` only when the node's flags or the pod call for it; NodeAffinity's answer comes from `matchesAffinity`
  /// (which may remember it), asked only when the pod restricts nodes.
  @inline(__always)
  static func constraintVerdict(
    _ pod: PodRequirements, _ flags: NodeFlags, slot: Int, in cache: SchedulerCache, matchesAffinity: () -> Bool
  ) -> FilterVerdict {
    // NodeUnschedulable: a cordoned node takes only pods that tolerate the unschedulable taint.
    if flags.contains(.unschedulable) && !pod.toleratesUnschedulable { return .unschedulable }
    // TaintToleration: every NoSchedule and NoExecute taint must be tolerated.
    if flags.contains(.hardTaints), let index = pod.firstUntoleratedHardTaint(cache.details[slot].taints) {
      return .untoleratedTaint(index: index)
    }
    // NodeAffinity: spec.nodeSelector and the required node affinity.
    if pod.restrictsNodes && !matchesAffinity() { return .affinityMismatch }
    // NodePorts: the pod's host ports must be free.
    if pod.hasHostPorts && flags.contains(.usedPorts) && !pod.portsFit(cache.details[slot].usedPorts) {
      return .portsTaken
    }
    return .fits
  }

  /// NodeAffinity's filter (upstream `RequiredNodeAffinity.Match`) on one node.
  static func matchesAffinity(_ pod: PodRequirements, slot: Int, in cache: SchedulerCache) -> Bool {
    pod.constraints.matches(labels: cache.details[slot].labels, name: cache.details[slot].name)
  }

  /// NodeResourcesFit's `fitsRequest`: room for one more pod, and for each requested resource the request must fit
  /// in what is allocatable and not yet requested. A request larger than the node's whole allocatable is marked
  /// unresolvable.
  @inline(__always)
  static func fit(_ pod: PodRequirements, _ node: NodeUsage, slot: Int, in cache: SchedulerCache) -> Shortfall {
    var shortfall: Shortfall = []
    if node.podCount &+ 1 > node.allowedPodCount { shortfall.insert(.pods) }
    let request = pod.resources.requests.native
    if request.milliCPU > 0 && request.milliCPU > node.allocatable.milliCPU &- node.requested.milliCPU {
      shortfall.insert(.cpu)
      if request.milliCPU > node.allocatable.milliCPU { shortfall.insert(.exceedsNode) }
    }
    if request.memory > 0 && request.memory > node.allocatable.memory &- node.requested.memory {
      shortfall.insert(.memory)
      if request.memory > node.allocatable.memory { shortfall.insert(.exceedsNode) }
    }
    if request.ephemeralStorage > 0
      && request.ephemeralStorage > node.allocatable.ephemeralStorage &- node.requested.ephemeralStorage
    {
      shortfall.insert(.ephemeralStorage)
      if request.ephemeralStorage > node.allocatable.ephemeralStorage { shortfall.insert(.exceedsNode) }
    }
    if pod.hasScalarRequests {
      let (short, exceeds) = insufficientScalars(pod, details: cache.details[slot])
      if !short.isEmpty { shortfall.insert(.scalar) }
      if exceeds { shortfall.insert(.exceedsNode) }
    }
    return shortfall
  }

  /// The extended resources a node lacks for a pod, sorted by name, and whether one exceeds the node's whole
  /// allocatable.
  static func insufficientScalars(_ pod: PodRequirements, details: NodeDetails) -> (names: [String], exceeds: Bool) {
    var names: [String] = []
    var exceeds = false
    for name in pod.resources.requests.scalars.keys.sorted() {
      let request = pod.resources.requests.scalars[name]!
      guard request > 0 else { continue }
      let allocatable = details.allocatableScalars[name, default: 0]
      if request > allocatable - details.requestedScalars[name, default: 0] {
        names.append(name)
        if request > allocatable { exceeds = true }
      }
    }
    return (names, exceeds)
  }
}
