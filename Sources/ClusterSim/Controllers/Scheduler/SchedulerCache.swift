import KubeModel

/// The scheduler's cache (upstream `pkg/scheduler/backend/cache`): for every node, what it offers and what the
/// pods bound to it request, kept current one change at a time — a pod bound, finished or deleted, a node added,
/// changed or removed — and never recomputed from all pods.
///
/// Nodes live in slots: `flags[slot]` and `versions[slot]` are what every search reads, `usage[slot]` the
/// numbers for fitting and scoring, `details[slot]` the rest; `order` lists the slots of existing nodes in the node
/// tree's order. A slot's version changes with anything NodeResourcesFit or the resource scores read, so a result
/// computed for it can be reused until then (``ScoreMemoTable``). Pods are counted from binding until they are
/// deleted or finish (the scheduler's pod informer drops `Succeeded` and `Failed` pods).
///
/// Only the node tree is saved with a snapshot; after decoding, ``isBuilt`` is false and the rest is rebuilt from
/// the store before the first use (``rebuild(from:)``).
struct SchedulerCache: Sendable {
  private(set) var flags: [NodeFlags] = []
  private(set) var versions: [UInt64] = []
  private(set) var usage: [NodeUsage] = []
  private(set) var details: [NodeDetails] = []
  private var slotByName: [String: Int] = [:]
  private var assigned: [ObjectKey: AssignedPod] = [:]
  private(set) var tree = NodeTree()
  /// Slots of the existing nodes in `tree.list()` order, refreshed by ``refreshOrder()`` after nodes come or go.
  private(set) var order: [Int32] = []
  private var orderIsCurrent = true
  /// How many existing nodes have a `PreferNoSchedule` taint; while none do, TaintToleration scores every node
  /// alike and selection can skip it.
  private(set) var softTaintedNodes = 0
  /// Requirements of pods waiting as unschedulable, for the queueing hints (recomputed when missing).
  var pendingRequirements: [ObjectKey: PodRequirements] = [:]
  /// False after decoding, until ``rebuild(from:)`` ran.
  private(set) var isBuilt = true

  init() {}

  /// A cache to be rebuilt from the store, keeping the node order a snapshot saved.
  init(unbuiltWithTree tree: NodeTree) {
    self.tree = tree
    isBuilt = false
  }

  /// The number of nodes the scheduler sees (upstream `nodeTree.numNodes`).
  var nodeCount: Int { tree.count }

  func slot(named name: String) -> Int? { slotByName[name] }

  /// Whether a pod takes room on its node: bound, and neither succeeded nor failed.
  static func occupiesNode(_ pod: Pod) -> Bool { occupiedNode(pod) != nil }

  /// The node a pod takes room on, if it does.
  static func occupiedNode(_ pod: Pod) -> String? {
    guard pod.status.phase != "Succeeded" && pod.status.phase != "Failed" else { return nil }
    let nodeName = pod.spec.nodeName
    return nodeName.isEmpty ? nil : nodeName
  }

  // MARK: Nodes

  /// Adds a node or takes in its changes (upstream `cache.AddNode`/`UpdateNode`).
  mutating func upsertNode(_ node: Node) {
    let name = node.metadata.name
    let slot = slotFor(name)
    let wasPresent = flags[slot].contains(.exists)
    let wasSoftTainted = wasPresent && flags[slot].contains(.softTaints)
    let oldZone = details[slot].zone
    let allocatable = NodeAllocatable(node)
    let zone = NodeTree.zoneKey(node.metadata.labels)
    usage[slot].allocatable = allocatable.native
    usage[slot].allowedPodCount = allocatable.pods
    details[slot].allocatableScalars = allocatable.scalars
    details[slot].labels = node.metadata.labels
    details[slot].taints = node.spec.taints
    details[slot].zone = zone
    var newFlags = flags[slot].intersection(.usedPorts)
    newFlags.insert(.exists)
    if node.spec.unschedulable { newFlags.insert(.unschedulable) }
    for taint in node.spec.taints {
      newFlags.insert(taint.effect == "PreferNoSchedule" ? .softTaints : .hardTaints)
    }
    flags[slot] = newFlags
    versions[slot] &+= 1
    if !wasPresent {
      tree.add(name, zone: zone)
      orderIsCurrent = false
    } else if oldZone != zone {
      tree.remove(name, zone: oldZone)
      tree.add(name, zone: zone)
      orderIsCurrent = false
    }
    softTaintedNodes += (newFlags.contains(.softTaints) ? 1 : 0) - (wasSoftTainted ? 1 : 0)
  }

  /// Forgets a deleted node (upstream `cache.RemoveNode`); the pods still bound to it stay counted in its slot
  /// until they go, and count again if a node of that name returns.
  mutating func removeNode(named name: String) {
    guard let slot = slotByName[name], flags[slot].contains(.exists) else { return }
    if flags[slot].contains(.softTaints) { softTaintedNodes -= 1 }
    tree.remove(name, zone: details[slot].zone)
    orderIsCurrent = false
    flags[slot] = flags[slot].intersection(.usedPorts)
    versions[slot] &+= 1
    usage[slot].allocatable = ResourceAmounts()
    usage[slot].allowedPodCount = 0
    details[slot].labels = [:]
    details[slot].taints = []
    details[slot].allocatableScalars = [:]
  }

  /// Brings `order` up to date with the node tree (upstream `updateNodeInfoSnapshotList`).
  mutating func refreshOrder() {
    guard !orderIsCurrent else { return }
    order = tree.list().map { Int32(slotByName[$0]!) }
    orderIsCurrent = true
  }

  private mutating func slotFor(_ name: String) -> Int {
    if let slot = slotByName[name] { return slot }
    slotByName[name] = usage.count
    flags.append([])
    versions.append(1)
    usage.append(NodeUsage())
    details.append(NodeDetails(name: name))
    return usage.count - 1
  }

  // MARK: Pods

  /// Counts a pod the scheduler has just placed, before the binding is written (upstream `AssumePod`); the watch
  /// event that follows finds it already counted.
  mutating func assume(_ key: ObjectKey, resources: PodRequests, slot: Int) {
    let record = AssignedPod(slot: slot, resources: resources)
    if let old = assigned.updateValue(record, forKey: key) { account(old, sign: -1) }
    account(record, sign: 1)
  }

  /// Follows a pod change (upstream's assigned-pod event handlers). Returns the pod's old record when the pod
  /// stopped counting on its node (deleted, finished, or moved), which may make room for pods waiting.
  @discardableResult
  mutating func podChanged(_ key: ObjectKey, new: Pod?) -> AssignedPod? {
    let nodeName = new.flatMap(Self.occupiedNode)
    if let existing = assigned[key] {
      if let nodeName, details[existing.slot].name == nodeName { return nil }
      account(existing, sign: -1)
      assigned[key] = nil
      if let nodeName, let new { add(key, new, nodeName: nodeName) }
      return existing
    }
    if let nodeName, let new { add(key, new, nodeName: nodeName) }
    return nil
  }

  private mutating func add(_ key: ObjectKey, _ pod: Pod, nodeName: String) {
    let record = AssignedPod(slot: slotFor(nodeName), resources: PodRequests(pod.spec))
    assigned[key] = record
    account(record, sign: 1)
  }

  /// Upstream `NodeInfo.update`: adds (`sign` 1) or takes away (-1) a pod's requests, count and host ports.
  private mutating func account(_ record: AssignedPod, sign: Int64) {
    let slot = record.slot
    let resources = record.resources
    let native = resources.requests.native
    usage[slot].requested.milliCPU += sign * native.milliCPU
    usage[slot].requested.memory += sign * native.memory
    usage[slot].requested.ephemeralStorage += sign * native.ephemeralStorage
    usage[slot].nonZeroMilliCPU += sign * resources.nonZeroMilliCPU
    usage[slot].nonZeroMemory += sign * resources.nonZeroMemory
    usage[slot].podCount += sign
    versions[slot] &+= 1
    for (name, value) in resources.requests.scalars {
      let total = details[slot].requestedScalars[name, default: 0] + sign * value
      details[slot].requestedScalars[name] = total == 0 ? nil : total
    }
    guard !resources.hostPorts.isEmpty else { return }
    for port in resources.hostPorts {
      if sign > 0 {
        details[slot].usedPorts.append(port)
      } else if let index = details[slot].usedPorts.firstIndex(of: port) {
        details[slot].usedPorts.remove(at: index)
      }
    }
    if details[slot].usedPorts.isEmpty {
      flags[slot].remove(.usedPorts)
    } else {
      flags[slot].insert(.usedPorts)
    }
  }

  // MARK: Rebuilding

  /// Recomputes the cache from the store after a snapshot was decoded: nodes in the saved tree order (nodes the
  /// tree does not name follow, sorted), then every pod that occupies a node. Sums do not depend on the order in
  /// which pods are visited.
  mutating func rebuild(from store: Store) {
    let saved = tree
    self = SchedulerCache()
    for zone in saved.zones {
      for name in saved.nodes(inZone: zone) {
        if let node = store.nodes["", name] { upsertNode(node) }
      }
    }
    for node in store.nodes.list() {
      if let slot = slotByName[node.metadata.name], flags[slot].contains(.exists) { continue }
      upsertNode(node)
    }
    for (key, pod) in store.pods.objects where Self.occupiesNode(pod) {
      add(key, pod, nodeName: pod.spec.nodeName)
    }
  }

  /// Sets one pod's record back to what it was before a change the store already holds, so that the change
  /// can be applied to a freshly rebuilt cache as if the cache had been there all along.
  mutating func restoreRecord(_ key: ObjectKey, before old: Pod?) {
    if let existing = assigned.removeValue(forKey: key) { account(existing, sign: -1) }
    if let old, Self.occupiesNode(old) { add(key, old, nodeName: old.spec.nodeName) }
  }
}
