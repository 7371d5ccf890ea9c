import KubeModel

/// The scheduler's informer event handlers (upstream `eventhandlers.go`): pod and node changes keep the cache
/// current, queue new pods, and move waiting pods back when a change may help them.
extension Scheduler {
  /// Every pod change. Bound pods update the cache; a bound pod that goes away or finishes may make room for
  /// waiting pods. Pods without a node are queued when they appear, and moved back from waiting when their spec
  /// changes (a toleration added, scheduling gates removed); the scheduler's own status writes move nothing.
  static func podChanged(old: Pod?, new: Pod?, in cluster: inout ClusterState) {
    let key = (new ?? old)!.key
    // A cache rebuilt now already holds this change, which the store holds; it is not counted again.
    let accounting = cluster.scheduler.cache.isBuilt
    cluster.prepareScheduler()
    let spec = new?.spec  // Read once: each read of `pod.spec` copies the whole spec.
    var bound: (requests: PodRequests, slot: Int)?
    if let binding = cluster.scheduler.binding, binding.key == key {
      bound = (binding.requests, binding.slot)
      cluster.scheduler.binding = nil
    }
    if let freed = cluster.scheduler.cache.podChanged(
      old: old, new: new, newSpec: spec, bound: bound, accounting: accounting)
    {
      retryWaitingPods(after: .assignedPodRemoved(freed), in: &cluster)
    }
    guard let new, let spec, isCandidate(new, spec: spec) else {
      if cluster.scheduler.queue.state(of: key) != nil { cluster.scheduler.forget(key) }
      return
    }
    switch cluster.scheduler.queue.state(of: key) {
    case nil:
      cluster.enqueue(.scheduler, key)
    case .requeued:
      break
    case .unschedulable, .gated:
      if let old, old.spec != spec {
        cluster.scheduler.queue.markRequeued(key)
        cluster.scheduler.cache.pendingRequirements[key] = nil
        cluster.enqueue(.scheduler, key)
      }
    }
  }

  /// Every node change: the cache takes it in; an added node, or an update to what the filters look at, may let
  /// waiting pods fit.
  static func nodeChanged(old: Node?, new: Node?, in cluster: inout ClusterState) {
    cluster.prepareScheduler()
    guard let new else {
      if let old { cluster.scheduler.cache.removeNode(named: old.metadata.name) }
      return
    }
    if let old {
      // Status heartbeats and other changes the scheduler does not read leave the cache (and its memo) alone.
      guard QueueingHints.nodeUpdateMatters(old: old, new: new) else { return }
      cluster.scheduler.cache.upsertNode(new)
      retryWaitingPods(after: .nodeUpdated(old: old, new: new), in: &cluster)
    } else {
      cluster.scheduler.cache.upsertNode(new)
      retryWaitingPods(after: .nodeAdded(new), in: &cluster)
    }
  }

  /// Upstream `MoveAllToActiveOrBackoffQueue` with queueing hints: each pod waiting as unschedulable whose
  /// rejecting plugins say the event may help goes back to the queue, in the order the pods were set aside.
  static func retryWaitingPods(after event: SchedulingEvent, in cluster: inout ClusterState) {
    let waiting = cluster.scheduler.queue.unschedulableKeys()
    guard !waiting.isEmpty else { return }
    for key in waiting {
      guard let entry = cluster.scheduler.queue.entries[key],
        let requirements = cluster.schedulerRequirements(for: key)
      else { continue }
      if QueueingHints.worthRequeuing(requirements, rejectors: entry.rejectors, after: event) {
        cluster.scheduler.queue.markRequeued(key)
        cluster.enqueue(.scheduler, key)
      }
    }
  }
}
