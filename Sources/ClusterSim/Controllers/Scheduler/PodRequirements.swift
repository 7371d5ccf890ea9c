import KubeModel

/// Everything the filters and scores ask of one pod, worked out once per scheduling attempt (upstream's PreFilter
/// and PreScore cycle state), so the per-node loops do no string or dictionary work for ordinary pods.
struct PodRequirements: Sendable {
  /// The well-known `node.kubernetes.io/unschedulable:NoSchedule` taint a cordoned node stands for.
  static let unschedulableTaint = Taint(key: "node.kubernetes.io/unschedulable", effect: "NoSchedule")

  var resources: PodRequests
  var tolerations: [Toleration]
  /// Whether the pod tolerates the unschedulable taint, so it may land on a cordoned node (NodeUnschedulable).
  var toleratesUnschedulable: Bool
  var constraints: NodeConstraints
  /// Whether NodeAffinity's filter has anything to check (`constraints.restrictsNodes`).
  var restrictsNodes: Bool
  /// What NodeAffinity's filter reads, to reuse its answers for like pods; nil when it has nothing to check.
  var affinityKey: AffinityClassKey?
  /// Whether the pod binds host ports, so NodePorts has anything to check.
  var hasHostPorts: Bool
  /// The node flags that send a node through the filters before NodeResourcesFit for this pod; a node with none
  /// of them (and a pod without node constraints) passes those filters.
  var constraintFlags: NodeFlags
  /// Whether the pod requests an extended resource or hugepages.
  var hasScalarRequests: Bool
  /// Upstream `isBestEffortPod` for BalancedAllocation: no cpu and no memory request, so that score is skipped.
  var skipsBalancedAllocation: Bool
  /// `spec.preemptionPolicy: Never`: the pod may not preempt (DefaultPreemption's eligibility check).
  var neverPreempts: Bool

  init(_ spec: PodSpec) {
    resources = PodRequests(spec)
    tolerations = spec.tolerations
    toleratesUnschedulable = Self.tolerates(spec.tolerations, Self.unschedulableTaint)
    constraints = NodeConstraints(spec)
    restrictsNodes = constraints.restrictsNodes
    let required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
    affinityKey = restrictsNodes ? AffinityClassKey(nodeSelector: spec.nodeSelector, required: required) : nil
    hasHostPorts = !resources.hostPorts.isEmpty
    constraintFlags = [.hardTaints]
    if !toleratesUnschedulable { constraintFlags.insert(.unschedulable) }
    if hasHostPorts { constraintFlags.insert(.usedPorts) }
    hasScalarRequests = resources.requests.scalars.values.contains { $0 > 0 }
    skipsBalancedAllocation = resources.requests.native.milliCPU == 0 && resources.requests.native.memory == 0
    neverPreempts = spec.preemptionPolicy == "Never"
  }

  /// Upstream `TolerationsTolerateTaint`.
  static func tolerates(_ tolerations: [Toleration], _ taint: Taint) -> Bool {
    tolerations.contains { $0.tolerates(taint) }
  }

  /// Upstream `FindMatchingUntoleratedTaint` with `DoNotScheduleTaintsFilterFunc`: the index of the first
  /// `NoSchedule` or `NoExecute` taint no toleration tolerates.
  func firstUntoleratedHardTaint(_ taints: [Taint]) -> Int? {
    for (index, taint) in taints.enumerated() where taint.effect == "NoSchedule" || taint.effect == "NoExecute" {
      if !Self.tolerates(tolerations, taint) { return index }
    }
    return nil
  }

  /// Upstream `countIntolerableTaintsPreferNoSchedule`: the `PreferNoSchedule` taints the pod does not tolerate.
  func intolerablePreferNoScheduleTaints(_ taints: [Taint]) -> Int64 {
    var count: Int64 = 0
    for taint in taints where taint.effect == "PreferNoSchedule" && !Self.tolerates(tolerations, taint) { count += 1 }
    return count
  }

  /// NodePorts' `fitsPorts`: none of the pod's host ports is taken on the node.
  func portsFit(_ used: [HostPort]) -> Bool {
    for wanted in resources.hostPorts {
      for taken in used where wanted.conflicts(with: taken) { return false }
    }
    return true
  }
}
