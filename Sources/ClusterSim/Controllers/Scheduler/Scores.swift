import KubeModel

/// The default profile's score plugins the simulation runs, with its weights: NodeResourcesFit (LeastAllocated
/// strategy, cpu and memory weighted 1 each) ×1, NodeResourcesBalancedAllocation ×1, TaintToleration ×3,
/// NodeAffinity ×2. Every plugin scores 0–100 (`MaxNodeScore`); TaintToleration and NodeAffinity are normalized
/// over the nodes being scored (`DefaultNormalizeScore`); a node's total is the weighted sum.
enum Scores {
  static let maxNodeScore: Int64 = 100
  static let fitWeight: Int64 = 1
  static let balancedAllocationWeight: Int64 = 1
  static let taintTolerationWeight: Int64 = 3
  static let nodeAffinityWeight: Int64 = 2

  /// The two resource scores, weighted, for a node that passed the filters.
  @inline(__always)
  static func resourceScore(_ pod: PodRequirements, _ node: NodeUsage) -> Int64 {
    var total = fitWeight * leastAllocated(pod, node)
    if !pod.skipsBalancedAllocation { total += balancedAllocationWeight * balancedAllocation(pod, node) }
    return total
  }

  /// NodeResourcesFit with the LeastAllocated strategy (`leastResourceScorer`): for cpu and memory, the share of
  /// the node left free after the pod, `(allocatable - requested) * 100 / allocatable`, on the requests with
  /// the scoring defaults (`NonZeroRequested`); averaged over the resources the node has.
  @inline(__always)
  static func leastAllocated(_ pod: PodRequirements, _ node: NodeUsage) -> Int64 {
    let cpu = node.allocatable.milliCPU
    let memory = node.allocatable.memory
    if cpu != 0 && memory != 0 {
      // Both scores are non-negative, so halving is the integer division by the weight sum of 2.
      return
        (leastRequested(node.nonZeroMilliCPU + pod.resources.nonZeroMilliCPU, cpu)
        + leastRequested(node.nonZeroMemory + pod.resources.nonZeroMemory, memory)) >> 1
    }
    if cpu != 0 { return leastRequested(node.nonZeroMilliCPU + pod.resources.nonZeroMilliCPU, cpu) }
    if memory != 0 { return leastRequested(node.nonZeroMemory + pod.resources.nonZeroMemory, memory) }
    return 0
  }

  /// Upstream `leastRequestedScore`, `(capacity - requested) * 100 / capacity` in integers. The quotient is
  /// computed in floating point, which gives the same integer part while the capacity is below 2^46 (the true
  /// quotient is then never within a rounding step of the next integer), and is much faster than an integer
  /// division; larger capacities take the integer path.
  @inline(__always)
  static func leastRequested(_ requested: Int64, _ capacity: Int64) -> Int64 {
    if requested > capacity { return 0 }
    let free = capacity - requested
    if capacity < 1 << 46 { return Int64(Double(free * maxNodeScore) / Double(capacity)) }
    return capacity.dividingFullWidth(free.multipliedFullWidth(by: maxNodeScore)).quotient
  }

  /// NodeResourcesBalancedAllocation (`balancedResourceScorer`): how evenly the node's cpu and memory would be
  /// requested after the pod, on the plain requests: `(1 - |cpuFraction - memoryFraction| / 2) * 100`, fractions
  /// capped at 1; a node with only one of the two resources scores 100.
  @inline(__always)
  static func balancedAllocation(_ pod: PodRequirements, _ node: NodeUsage) -> Int64 {
    let cpu = node.allocatable.milliCPU
    let memory = node.allocatable.memory
    guard cpu != 0 && memory != 0 else { return maxNodeScore }
    let request = pod.resources.requests.native
    let cpuFraction = min(Double(node.requested.milliCPU + request.milliCPU) / Double(cpu), 1)
    let memoryFraction = min(Double(node.requested.memory + request.memory) / Double(memory), 1)
    let deviation = abs((cpuFraction - memoryFraction) / 2)
    return Int64((1 - deviation) * Double(maxNodeScore))
  }

  /// Upstream `helper.DefaultNormalizeScore`: scales scores so the highest becomes 100 (or, reversed, so the
  /// highest becomes 0 and a zero becomes 100). When every score is 0, reversed scores all become 100.
  static func normalize(_ scores: inout [Int64], reverse: Bool) {
    let highest = scores.max() ?? 0
    if highest == 0 {
      if reverse { for index in scores.indices { scores[index] = maxNodeScore } }
      return
    }
    for index in scores.indices {
      let scaled = maxNodeScore * scores[index] / highest
      scores[index] = reverse ? maxNodeScore - scaled : scaled
    }
  }
}
