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
  /// examined, by which the caller advances the start for the next pod. `memo` keeps answers per node for like
  /// pods.
  ///
  /// `candidates` are the slots PreFilter narrowed the search to (nil: every node); the nodes left out count as
  /// rejected by NodeAffinity.
  static func place(
    _ pod: PodRequirements, in cache: SchedulerCache, candidates: [Int32]? = nil, startingAt start: Int,
    memo: inout SearchMemo, random: inout SeededRandom
  ) -> (placement: Placement, examined: Int) {
    let nodes = candidates ?? cache.order
    let count = nodes.count
    let wanted = numFeasibleNodesToFind(count)
    let fitClass = pod.hasScalarRequests ? nil : memo.fit.podClass(ResourceClassKey(pod.resources))
    let affinityClass = pod.affinityKey.map { memo.affinity.podClass($0) }
    memo.fit.reserve(cache.usage.count)
    if affinityClass != nil { memo.affinity.reserve(cache.usage.count) }
    // TaintToleration and NodeAffinity scores are normalized over all scored nodes, so they need a second pass;
    // without PreferNoSchedule taints or preferred terms they score every node alike and are left out.
    let normalizes = cache.softTaintedNodes > 0 || !pod.constraints.preferredTerms.isEmpty
    var diagnosis = Diagnosis()
    if candidates != nil { diagnosis.recordAbsent(cache.order.count - count) }
    var selector = HostSelector()
    var scored = normalizes ? ScoredNodes(capacity: wanted) : ScoredNodes(capacity: 0)
    var feasible = 0
    var examined = 0
    var index = count > 0 ? start % count : 0
    // The loop reads the cache's arrays through buffer pointers: it runs some 500 times per pod.
    nodes.withUnsafeBufferPointer { order in
      cache.flags.withUnsafeBufferPointer { flags in
        cache.usageVersions.withUnsafeBufferPointer { usageVersions in
          memo.fit.withEntries { fits in
            memo.affinity.withEntries { affinities in
              while examined < count && feasible < wanted {
                let slot = Int(order[index])
                index += 1
                if index == count { index = 0 }
                examined += 1
                let nodeFlags = flags[slot]
                if pod.restrictsNodes || !nodeFlags.isDisjoint(with: pod.constraintFlags) {
                  let verdict = Filters.constraintVerdict(pod, nodeFlags, slot: slot, in: cache) {
                    // NodeAffinity, from the memo while the node is unchanged.
                    guard let affinityClass else { return Filters.matchesAffinity(pod, slot: slot, in: cache) }
                    let version = cache.nodeVersions[slot]
                    if affinities[slot].version == version && affinities[slot].pods == affinityClass {
                      return affinities[slot].value
                    }
                    let matches = Filters.matchesAffinity(pod, slot: slot, in: cache)
                    affinities[slot] = .init(version: version, pods: affinityClass, value: matches)
                    return matches
                  }
                  guard case .fits = verdict else {
                    diagnosis.record(verdict, slot: slot)
                    continue
                  }
                }
                // NodeResourcesFit and the resource scores, from the memo while the node's usage is unchanged.
                let version = usageVersions[slot]
                var shortfall: Shortfall
                var score: Int64
                if let fitClass, fits[slot].version == version, fits[slot].pods == fitClass {
                  shortfall = fits[slot].value.shortfall
                  score = Int64(fits[slot].value.score)
                } else {
                  let node = cache.usage[slot]
                  shortfall = Filters.fit(pod, node, slot: slot, in: cache)
                  score = shortfall.isEmpty ? Scores.resourceScore(pod, node) : 0
                  if let fitClass {
                    fits[slot] = .init(
                      version: version, pods: fitClass, value: FitAndScore(shortfall: shortfall, score: Int32(score)))
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
            }
          }
        }
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
    taintScores.append(
      flags.contains(.softTaints) ? pod.intolerablePreferNoScheduleTaints(cache.details[slot].taints) : 0)
    // NodeAffinity: the weights of the preferred terms the node matches.
    affinityScores.append(
      pod.constraints.preferredTerms.isEmpty
        ? 0 : pod.constraints.preferredScore(labels: cache.details[slot].labels, name: cache.details[slot].name))
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
