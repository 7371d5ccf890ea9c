import KubeModel

/// One node's requests against what it can allocate, as the scheduler's cache counts them (the numbers
/// `kubectl describe node` shows under "Allocated resources"). Read-only, for views such as the dashboard's
/// Nodes pane, which would otherwise sum every pod of every visible node on every frame.
public struct NodeAllocation: Hashable, Sendable {
  public var requestedMilliCPU: Int64
  public var requestedMemory: Int64
  public var allocatableMilliCPU: Int64
  public var allocatableMemory: Int64
  public var podCount: Int64
  public var allowedPodCount: Int64
}

extension ClusterState {
  /// What the scheduler's cache holds for a node; nil before the cache is built (after loading a snapshot, until
  /// the scheduler's first sync) or for a node it does not know.
  public func nodeAllocation(_ name: String) -> NodeAllocation? {
    let cache = scheduler.cache
    guard cache.isBuilt, let slot = cache.slot(named: name), cache.flags[slot].contains(.exists) else { return nil }
    let usage = cache.usage[slot]
    return NodeAllocation(
      requestedMilliCPU: usage.requested.milliCPU, requestedMemory: usage.requested.memory,
      allocatableMilliCPU: usage.allocatable.milliCPU, allocatableMemory: usage.allocatable.memory,
      podCount: usage.podCount, allowedPodCount: usage.allowedPodCount)
  }
}
