import KubeModel

/// Where a scheduling attempt put the pod, or why it could not.
enum Placement: Sendable {
  case node(slot: Int)
  case unschedulable(Diagnosis)
}

/// One scheduling cycle's search (upstream `schedule_one.go`: `findNodesThatPassFilters`, `prioritizeNodes` and
/// `selectHost`), run over the cache without allocating per node.
enum NodeSelection {
  /// Upstream `minFeasibleNodesToFind`.
  static let minFeasibleNodesToFind = 100
  /// Upstream `minFeasibleNodesPercentageToFind`.
  static let minFeasibleNodesPercentageToFind = 5

  /// Upstream `numFeasibleNodesToFind` with the adaptive default of `percentageOfNodesToScore`: every node in a
  /// cluster of fewer than 100; otherwise `50 - nodes/125` percent (at least 5%), and at least 100 nodes.
  static func numFeasibleNodesToFind(_ numAllNodes: Int) -> Int {
    if numAllNodes < minFeasibleNodesToFind { return numAllNodes }
    let percentage = max(50 - numAllNodes / 125, minFeasibleNodesPercentageToFind)
    return max(numAllNodes * percentage / 100, minFeasibleNodesToFind)
  }

  /// Filters nodes in the cache's order starting at `start` (upstream `nextStartNodeIndex`), stopping once
  /// ``numFeasibleNodesToFind(_:)`` nodes fit; scores those and picks the best, breaking ties uniformly at random
  /// with reservoir sampling as `selectHost` does (one draw per tie, from `random`). Returns how many nodes were
  /// examined, by which the caller advances the start for the next pod. `memo` keeps fit results and resource
  /// scores per node.
  static func place(
    _ pod: PodRequirements, in cache: SchedulerCache, startingAt start: Int, memo: inout ScoreMemoTable,
    random: inout SeededRandom
  ) -> (placement: Placement, examined: Int) {
    let order = cache.order
    let flags = cache.flags
    let versions = cache.versions
    let usage = cache.usage
    let count = order.count
    let wanted = numFeasibleNodesToFind(count)
    memo.reserve(usage.count)
    let resourceClass = memo.resourceClass(of: pod)
    // TaintToleration and NodeAffinity scores are normalized over all scored nodes, so they need a second pass;
    // without PreferNoSchedule taints or preferred terms they score every node alike and are left out.
    let normalizes = cache.softTaintedNodes > 0 || !pod.constraints.preferredTerms.isEmpty
    var diagnosis = Diagnosis()
    var selector = HostSelector()
    var scored = normalizes ? ScoredNodes(capacity: wanted) : ScoredNodes(capacity: 0)
    var feasible = 0
    var examined = 0
    var index = start
    while examined < count && feasible < wanted {
      let slot = Int(order[index])
      index += 1
      if index == count { index = 0 }
      examined += 1
      let nodeFlags = flags[slot]
      let verdict = Filters.constraintVerdict(pod, nodeFlags, slot: slot, in: cache)
      guard case .fits = verdict else {
        diagnosis.record(verdict, slot: slot)
        continue
      }
      // NodeResourcesFit and the resource scores, from the memo when the node has not changed.
      let shortfall: Shortfall
      let score: Int64
      if let resourceClass, let known = memo.lookup(slot: slot, version: versions[slot], resourceClass: resourceClass) {
        shortfall = known.shortfall
        score = Int64(known.score)
      } else {
        let node = usage[slot]
        shortfall = Filters.fit(pod, node, slot: slot, in: cache)
        score = shortfall.isEmpty ? Scores.resourceScore(pod, node) : 0
        if let resourceClass {
          memo.remember(
            ScoreMemo(version: versions[slot], resourceClass: resourceClass, shortfall: shortfall, score: Int32(score)),
            slot: slot)
        }
      }
      guard shortfall.isEmpty else {
        diagnosis.record(.insufficient(shortfall), slot: slot)
        continue
      }
      feasible += 1
      if normalizes {
        scored.append(slot: slot, score: score, pod: pod, flags: nodeFlags, cache: cache)
      } else {
        selector.consider(slot: slot, score: score, random: &random)
      }
    }
    if feasible == 0 { return (.unschedulable(diagnosis), examined) }
    if normalizes { scored.select(into: &selector, random: &random) }
    return (.node(slot: selector.selected), examined)
  }
}

/// Upstream `selectHost`: keeps the highest score seen, and among equal highest scores replaces the choice with
/// probability 1/n for the n-th, so each is chosen with equal chance.
struct HostSelector {
  private(set) var selected = -1
  private var best = Int64.min
  private var ties = 0

  @inline(__always)
  mutating func consider(slot: Int, score: Int64, random: inout SeededRandom) {
    if score > best {
      best = score
      selected = slot
      ties = 1
    } else if score == best {
      ties += 1
      // True with probability 1/ties: the high word of a uniform 64-bit draw times `ties` is 0.
      if random.next().multipliedFullWidth(by: UInt64(ties)).high == 0 { selected = slot }
    }
  }
}

/// The feasible nodes with their raw scores, for the plugins whose scores are normalized over all of them.
struct ScoredNodes {
  private var slots: [Int] = []
  private var resourceScores: [Int64] = []
  private var taintScores: [Int64] = []
  private var affinityScores: [Int64] = []

  init(capacity: Int) {
    slots.reserveCapacity(capacity)
    resourceScores.reserveCapacity(capacity)
    taintScores.reserveCapacity(capacity)
    affinityScores.reserveCapacity(capacity)
  }

  mutating func append(slot: Int, score: Int64, pod: PodRequirements, flags: NodeFlags, cache: SchedulerCache) {
    slots.append(slot)
    resourceScores.append(score)
    // TaintToleration: the PreferNoSchedule taints the pod does not tolerate (fewer is better).
    let details = cache.details[slot]
    taintScores.append(
      flags.contains(.softTaints) ? pod.intolerablePreferNoScheduleTaints(details.taints) : 0)
    // NodeAffinity: the weights of the preferred terms the node matches.
    affinityScores.append(
      pod.constraints.preferredTerms.isEmpty
        ? 0 : pod.constraints.preferredScore(labels: details.labels, name: details.name))
  }

  /// Normalizes the TaintToleration (reversed) and NodeAffinity scores, adds the weighted totals and feeds them
  /// to `selector` in the order the nodes were found.
  mutating func select(into selector: inout HostSelector, random: inout SeededRandom) {
    Scores.normalize(&taintScores, reverse: true)
    Scores.normalize(&affinityScores, reverse: false)
    for index in slots.indices {
      let total =
        resourceScores[index] + Scores.taintTolerationWeight * taintScores[index]
        + Scores.nodeAffinityWeight * affinityScores[index]
      selector.consider(slot: slots[index], score: total, random: &random)
    }
  }
}
