import KubeModel

/// The order in which a ReplicaSet gives up pods when it scales down (`controller.ActivePodsWithRanks.Less` with
/// LogarithmicScaleDown): the cheapest pods to lose go first.
///
/// 1. not yet scheduled before scheduled;
/// 2. Pending before Unknown before Running;
/// 3. not ready before ready;
/// 4. lower `controller.kubernetes.io/pod-deletion-cost` first;
/// 5. pods sharing a node with more pods of the set first (spreads the survivors);
/// 6. ready for less time first (compared on a logarithmic scale);
/// 7. more restarts first;
/// 8. newer first (compared on a logarithmic scale);
/// and, so the simulation is deterministic, by name.
enum PodDeletionRanking {
  static func ordered(_ pods: [Pod], relatedPodsPerNode: [String: Int], now: Timestamp) -> [Pod] {
    pods.sorted { precedes($0, $1, relatedPodsPerNode, now) }
  }

  private static func precedes(_ left: Pod, _ right: Pod, _ perNode: [String: Int], _ now: Timestamp) -> Bool {
    if left.spec.nodeName.isEmpty != right.spec.nodeName.isEmpty { return left.spec.nodeName.isEmpty }
    let phaseRank = ["Pending": 0, "Unknown": 1, "Running": 2]
    let leftPhase = phaseRank[left.status.phase] ?? 0
    let rightPhase = phaseRank[right.status.phase] ?? 0
    if leftPhase != rightPhase { return leftPhase < rightPhase }
    let leftReady = PodReadiness.isReady(left)
    let rightReady = PodReadiness.isReady(right)
    if leftReady != rightReady { return !leftReady }
    let leftCost = deletionCost(left)
    let rightCost = deletionCost(right)
    if leftCost != rightCost { return leftCost < rightCost }
    let leftRank = perNode[left.spec.nodeName] ?? 0
    let rightRank = perNode[right.spec.nodeName] ?? 0
    if leftRank != rightRank { return leftRank > rightRank }
    if leftReady && rightReady {
      let leftSince = left.status.conditions[type: "Ready"]?.lastTransitionTime
      let rightSince = right.status.conditions[type: "Ready"]?.lastTransitionTime
      let leftBucket = logBucket(leftSince, now)
      let rightBucket = logBucket(rightSince, now)
      if leftBucket != rightBucket { return leftBucket < rightBucket }
    }
    let leftRestarts = left.status.containerStatuses.map(\.restartCount).max() ?? 0
    let rightRestarts = right.status.containerStatuses.map(\.restartCount).max() ?? 0
    if leftRestarts != rightRestarts { return leftRestarts > rightRestarts }
    let leftAge = logBucket(left.metadata.creationTimestamp, now)
    let rightAge = logBucket(right.metadata.creationTimestamp, now)
    if leftAge != rightAge { return leftAge < rightAge }
    return left.metadata.name < right.metadata.name
  }

  private static func deletionCost(_ pod: Pod) -> Int {
    Int(pod.metadata.annotations["controller.kubernetes.io/pod-deletion-cost"] ?? "") ?? 0
  }

  /// Upstream compares durations by `int(math.Log2(seconds))` so pods of similar age count as equal.
  private static func logBucket(_ since: Timestamp?, _ now: Timestamp) -> Int {
    guard let since else { return Int.min }
    let seconds = max(0, (now - since).milliseconds / 1000)
    return seconds == 0 ? -1 : Int.bitWidth - 1 - Int(seconds).leadingZeroBitCount
  }
}
