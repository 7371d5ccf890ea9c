import KubeModel

/// Why the nodes a scheduling attempt examined were rejected (upstream `framework.Diagnosis`), counted cheaply
/// while filtering; the reason texts are only written when no node fits.
struct Diagnosis: Sendable {
  var unschedulable = 0
  var affinityMismatch = 0
  var portsTaken = 0
  var tooManyPods = 0
  var insufficientCPU = 0
  var insufficientMemory = 0
  var insufficientEphemeralStorage = 0
  /// Nodes NodeAffinity's PreFilter left out of the search.
  var notPreFiltered = 0
  /// Nodes rejected with `UnschedulableAndUnresolvable`: preemption cannot help there.
  var unresolvableNodes = 0
  /// Nodes rejected with `Unschedulable`: preemption would look for victims there.
  var resolvableNodes = 0
  /// The plugins that rejected some node (upstream `UnschedulablePlugins`).
  var rejectors: FilterPlugins = []
  /// Nodes rejected for a taint: the slot and the taint's index, turned into text only on failure.
  var taintRejections: [(slot: Int32, taint: Int32)] = []
  /// Nodes short of an extended resource.
  var scalarRejections: [Int32] = []

  /// Upstream `SetAbsentNodesStatus`: the nodes PreFilter left out are unresolvable for NodeAffinity.
  mutating func recordAbsent(_ nodes: Int) {
    guard nodes > 0 else { return }
    notPreFiltered += nodes
    unresolvableNodes += nodes
    rejectors.insert(.nodeAffinity)
  }

  @inline(__always)
  mutating func record(_ verdict: FilterVerdict, slot: Int) {
    switch verdict {
    case .fits:
      return
    case .unschedulable:
      unschedulable += 1
      unresolvableNodes += 1
      rejectors.insert(.nodeUnschedulable)
    case .untoleratedTaint(let index):
      taintRejections.append((Int32(slot), Int32(index)))
      unresolvableNodes += 1
      rejectors.insert(.taintToleration)
    case .affinityMismatch:
      affinityMismatch += 1
      unresolvableNodes += 1
      rejectors.insert(.nodeAffinity)
    case .portsTaken:
      portsTaken += 1
      resolvableNodes += 1
      rejectors.insert(.nodePorts)
    case .insufficient(let shortfall):
      if shortfall.contains(.pods) { tooManyPods += 1 }
      if shortfall.contains(.cpu) { insufficientCPU += 1 }
      if shortfall.contains(.memory) { insufficientMemory += 1 }
      if shortfall.contains(.ephemeralStorage) { insufficientEphemeralStorage += 1 }
      if shortfall.contains(.scalar) { scalarRejections.append(Int32(slot)) }
      if shortfall.contains(.exceedsNode) {
        unresolvableNodes += 1
      } else {
        resolvableNodes += 1
      }
      rejectors.insert(.nodeResourcesFit)
    }
  }
}

/// The message of a failed scheduling attempt, as upstream's `FitError.Error()` writes it, followed by
/// DefaultPreemption's PostFilter message.
enum FitError {
  /// `ErrNoNodesAvailable`.
  static let noNodesAvailable = "no nodes available to schedule pods"

  /// `0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: },
  /// 3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling,
  /// 3 No preemption victims found for incoming pod.`
  ///
  /// Each reason is counted over the nodes (a node may give several), written `<count> <reason>`, and the list is
  /// sorted as Go's `sort.Strings` sorts (bytewise, so `10 …` comes before `2 …`).
  static func message(
    _ diagnosis: Diagnosis, numAllNodes: Int, pod: PodRequirements, cache: SchedulerCache
  ) -> String {
    var reasons: [String: Int] = [:]
    func count(_ reason: String, _ times: Int) {
      if times > 0 { reasons[reason, default: 0] += times }
    }
    count("node(s) were unschedulable", diagnosis.unschedulable)
    count("node(s) didn't match Pod's node affinity/selector", diagnosis.affinityMismatch)
    count("node(s) didn't satisfy plugin(s) [NodeAffinity]", diagnosis.notPreFiltered)
    count("node(s) didn't have free ports for the requested pod ports", diagnosis.portsTaken)
    count("Too many pods", diagnosis.tooManyPods)
    count("Insufficient cpu", diagnosis.insufficientCPU)
    count("Insufficient memory", diagnosis.insufficientMemory)
    count("Insufficient ephemeral-storage", diagnosis.insufficientEphemeralStorage)
    for (slot, index) in diagnosis.taintRejections {
      let taint = cache.details[Int(slot)].taints[Int(index)]
      count("node(s) had untolerated taint {\(taint.key): \(taint.value)}", 1)
    }
    for slot in diagnosis.scalarRejections {
      for name in Filters.insufficientScalars(pod, details: cache.details[Int(slot)]).names {
        count("Insufficient \(name)", 1)
      }
    }
    return available(numAllNodes, reasons) + " preemption: "
      + preemptionMessage(diagnosis, numAllNodes: numAllNodes, pod: pod)
  }

  /// DefaultPreemption's PostFilter message. Nodes rejected as unresolvable are not worth preempting on
  /// (`nodesWherePreemptionMightHelp`); on the others the dry run finds no victims, because every simulated pod has
  /// the same priority (`SelectVictimsOnNode` with no lower-priority pods).
  static func preemptionMessage(_ diagnosis: Diagnosis, numAllNodes: Int, pod: PodRequirements) -> String {
    if pod.neverPreempts { return "not eligible due to preemptionPolicy=Never." }
    var reasons: [String: Int] = [:]
    if diagnosis.unresolvableNodes > 0 {
      reasons["Preemption is not helpful for scheduling"] = diagnosis.unresolvableNodes
    }
    if diagnosis.resolvableNodes > 0 {
      reasons["No preemption victims found for incoming pod"] = diagnosis.resolvableNodes
    }
    return available(numAllNodes, reasons)
  }

  /// `0/<N> nodes are available:` and, if there are reasons, ` <count> <reason>, ....`, the reasons sorted
  /// bytewise.
  static func available(_ numAllNodes: Int, _ reasons: [String: Int]) -> String {
    let text = "0/\(numAllNodes) nodes are available:"
    guard !reasons.isEmpty else { return text }
    let sorted = reasons.map { "\($0.value) \($0.key)" }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return text + " " + sorted.joined(separator: ", ") + "."
  }

  /// Upstream `truncateMessage`: an event note is at most 1024 bytes, cut with ` ...`.
  static func truncatedForEvent(_ message: String) -> String {
    let limit = 1024
    guard message.utf8.count > limit else { return message }
    let kept = message.utf8.prefix(limit - 4)
    return String(decoding: kept, as: UTF8.self) + " ..."
  }
}
