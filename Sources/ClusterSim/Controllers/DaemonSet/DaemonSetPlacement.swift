import KubeModel

/// What the DaemonSet controller knows of one DaemonSet between syncs: per node, whether the daemon should run
/// there and how its pod is doing, the DaemonSet's pods by node, and the status counts over all nodes.
///
/// Upstream recomputes all of this from the node and pod listers on every sync. Here it is kept and updated node by
/// node, so a node or pod event costs the work of that node, not of the whole cluster: a DaemonSet on 5,000 nodes
/// does not rescan every node and pod when one node joins or one pod becomes ready. A change of the DaemonSet
/// itself (its generation or revision) rebuilds everything.
struct DaemonSetPlacement: Sendable {
  /// One node's part in the DaemonSet's status (`updateDaemonSetStatus`).
  struct NodeState: Hashable, Sendable {
    var shouldRun = false
    var shouldContinue = false
    /// A daemon pod is there (finished pods being deleted do not count).
    var scheduled = false
    /// The oldest pod there is ready, available, made from the current revision.
    var ready = false
    var available = false
    var updated = false
    /// Some pod there, not being deleted, is from an older revision: a rolling update has work.
    var hasOldPod = false
    /// For the rolling update (`findUpdatedPodsOnNode`): the pods not being deleted, current and old, whether the
    /// first of each kind is available, and the first old one's name.
    var newPods = 0
    var oldPods = 0
    var newAvailable = false
    var oldAvailable = false
    var oldPod: String?
  }

  /// The status counts, summed over the nodes.
  struct Totals: Hashable, Sendable {
    var desired = 0
    var current = 0
    var misscheduled = 0
    var ready = 0
    var available = 0
    var updated = 0
    var nodesWithOldPods = 0

    mutating func add(_ state: NodeState, sign: Int) {
      if state.shouldRun {
        desired += sign
        if state.scheduled {
          current += sign
          if state.ready { ready += sign }
          if state.available { available += sign }
          if state.updated { updated += sign }
        }
      } else if state.scheduled {
        misscheduled += sign
      }
      if state.hasOldPod { nodesWithOldPods += sign }
    }
  }

  /// The DaemonSet generation and revision hash this placement was built for.
  var generation: Int
  var hash: String
  var nodes: [String: NodeState] = [:]
  /// Pod names by the node they run on or are meant for.
  var podsByNode: [String: Set<String>] = [:]
  /// Nodes to look at again in the next sync.
  var dirty: Set<String> = []
  var totals = Totals()
  /// When a ready pod becomes available (minReadySeconds), by node.
  var availabilityDue: [String: Timestamp] = [:]
  /// The failed-pod deletion back-off per node (`failedPodsBackoff`: 1 s doubling to 15 min).
  var failedPodBackoff: [String: (delay: SimDuration, updated: Timestamp)] = [:]

  init(generation: Int, hash: String) {
    self.generation = generation
    self.hash = hash
  }

  /// Replaces a node's state, keeping the totals.
  mutating func set(_ node: String, _ state: NodeState?) {
    if let old = nodes[node] { totals.add(old, sign: -1) }
    nodes[node] = state
    if let state { totals.add(state, sign: 1) }
  }

  mutating func addPod(_ name: String, node: String) { podsByNode[node, default: []].insert(name) }

  mutating func removePod(_ name: String, node: String) {
    podsByNode[node]?.remove(name)
    if podsByNode[node]?.isEmpty == true { podsByNode[node] = nil }
  }

  /// Upstream `failedPodsBackoff.IsInBackOffSinceUpdate`, and `Next` when not: whether deleting a failed pod on
  /// the node must wait, and for how long.
  mutating func failedPodDelay(node: String, now: Timestamp) -> SimDuration? {
    let initial = SimDuration.seconds(1)
    let maximum = SimDuration.minutes(15)
    if let entry = failedPodBackoff[node] {
      let since = now - entry.updated
      if since < entry.delay { return entry.delay - since }
      let expired = since > maximum * 2
      failedPodBackoff[node] = (expired ? initial : min(entry.delay * 2, maximum), now)
    } else {
      failedPodBackoff[node] = (initial, now)
    }
    return nil
  }
}
