import KubeModel

/// The scheduler's own state, kept in ``ClusterState`` so snapshots and forks carry it: its cache of node usage,
/// the pods it has set aside, and where the next node search starts.
///
/// Encoding saves the queue, the search start and the node order; the cache's resource accounting is not saved
/// but rebuilt from the store before the scheduler next needs it (``ClusterState/prepareScheduler()``).
struct SchedulerState: Sendable {
  var cache = SchedulerCache()
  var queue = SchedulingQueue()
  /// Upstream `nextStartNodeIndex`: where in the node order the next search begins.
  var nextStartNodeIndex = 0
  /// Answers per node slot for like pods, reused while the node does not change (not saved).
  var memo = SearchMemo()
  /// The pod being bound, what it takes and where, handed to the watch event its binding causes (not saved).
  var binding: (key: ObjectKey, requests: PodRequests, slot: Int)?

  init() {}

  /// Drops everything kept for a pod that no longer waits to be scheduled.
  mutating func forget(_ key: ObjectKey) {
    queue.forget(key)
    if !cache.pendingRequirements.isEmpty { cache.pendingRequirements[key] = nil }
  }
}

extension SchedulerState: Codable {
  private enum CodingKeys: String, CodingKey { case nodeOrder, queue, nextStartNodeIndex }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    cache = SchedulerCache(unbuiltWithTree: try container.decode(NodeTree.self, forKey: .nodeOrder))
    queue = try container.decode(SchedulingQueue.self, forKey: .queue)
    nextStartNodeIndex = try container.decode(Int.self, forKey: .nextStartNodeIndex)
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(cache.tree, forKey: .nodeOrder)
    try container.encode(queue, forKey: .queue)
    try container.encode(nextStartNodeIndex, forKey: .nextStartNodeIndex)
  }
}

extension ClusterState {
  /// Rebuilds the scheduler's cache from the store if it came from a decoded snapshot.
  mutating func prepareScheduler() {
    if !scheduler.cache.isBuilt { scheduler.cache.rebuild(from: store) }
  }

  /// The requirements of a pod waiting as unschedulable, remembered from its last attempt or worked out again.
  mutating func schedulerRequirements(for key: ObjectKey) -> PodRequirements? {
    if let known = scheduler.cache.pendingRequirements[key] { return known }
    guard let pod = store.pods[key] else { return nil }
    let requirements = PodRequirements(pod.spec)
    scheduler.cache.pendingRequirements[key] = requirements
    return requirements
  }
}
