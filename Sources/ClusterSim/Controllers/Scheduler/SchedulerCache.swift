import KubeModel

/// The scheduler's cache (upstream `pkg/scheduler/backend/cache`): for every node, what it offers and what the
/// pods bound to it request, kept current one change at a time — a pod bound, finished or deleted, a node added,
/// changed or removed — and never recomputed from all pods.
///
/// Nodes live in slots: `flags[slot]` and the versions are what every search reads, `usage[slot]` the numbers for
/// fitting and scoring, `details[slot]` the rest; `order` lists the slots of existing nodes in the node tree's
/// order. `usageVersions[slot]` changes with anything NodeResourcesFit or the resource scores read,
/// `nodeVersions[slot]` with the Node object, so results computed for a slot can be reused until then
/// (``SlotMemo``). Pods are counted from binding until they are
/// deleted or finish (the scheduler's pod informer drops `Succeeded` and `Failed` pods); what a pod takes is
/// computed from its spec when it arrives and again when it leaves, so no record is kept per pod.
///
/// Only the node tree is saved with a snapshot; after decoding, ``isBuilt`` is false and the rest is rebuilt from
/// the store before the first use (``rebuild(from:)``).
struct SchedulerCache: Sendable {
  private(set) var flags: [NodeFlags] = []
  private(set) var usageVersions: [UInt64] = []
  private(set) var nodeVersions: [UInt64] = []
  private(set) var usage: [NodeUsage] = []
  private(set) var details: [NodeDetails] = []
  private var slotByName: [String: Int] = [:]
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

  /// The slots of the named nodes that exist, in name order (names that are not nodes are left out, as upstream
  /// drops PreFilter's names missing from the snapshot).
  func existingSlots(named names: Set<String>) -> [Int32] {
    names.sorted().compactMap { name in
      slotByName[name].flatMap { flags[$0].contains(.exists) ? Int32($0) : nil }
    }
  }

  /// The node a pod takes room on, if it does: it is bound, and neither succeeded nor failed. `spec` is `pod.spec`.
  static func occupiedNode(_ pod: Pod, spec: PodSpec) -> String? {
    guard pod.status.phase != "Succeeded" && pod.status.phase != "Failed" else { return nil }
    return spec.nodeName.isEmpty ? nil : spec.nodeName
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
    usageVersions[slot] &+= 1
    nodeVersions[slot] &+= 1
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
    usageVersions[slot] &+= 1
    nodeVersions[slot] &+= 1
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
    usageVersions.append(1)
    nodeVersions.append(1)
    usage.append(NodeUsage())
    details.append(NodeDetails(name: name))
    return usage.count - 1
  }

  // MARK: Pods

  /// Follows a pod change (upstream's assigned-pod add, update and delete handlers) from the old and the new object
  /// alone: what a pod takes is worked out from its spec, so the cache keeps no record per pod. `newSpec` is
  /// `new.spec`; `bound` is what the new pod takes and the slot of its node when the caller already knows (the
  /// scheduler binding it).
  /// With `accounting` false (a cache just rebuilt from a store that already holds the change) nothing is counted.
  /// Returns what the old pod took when it stopped taking room on its node (deleted, finished), which may let
  /// waiting pods in.
  mutating func podChanged(
    old: Pod?, new: Pod?, newSpec: PodSpec?, bound: (requests: PodRequests, slot: Int)? = nil,
    accounting: Bool = true
  ) -> PodRequests? {
    let oldSpec = old?.spec
    let oldNode = old.flatMap { Self.occupiedNode($0, spec: oldSpec!) }
    let newNode = new.flatMap { Self.occupiedNode($0, spec: newSpec!) }
    guard oldNode != nil || newNode != nil else { return nil }
    if let oldSpec, let newSpec, oldNode == newNode {
      // Still on its node: only a change to the containers' resources (an in-place resize) changes what it takes.
      guard accounting, Self.resourcesMayDiffer(oldSpec, newSpec) else { return nil }
      let before = PodRequests(oldSpec)
      let after = PodRequests(newSpec)
      if before != after, let slot = slotByName[oldNode!] {
        account(before, slot: slot, sign: -1)
        account(after, slot: slot, sign: 1)
      }
      return nil
    }
    var freed: PodRequests?
    if let oldNode, let oldSpec {
      let requests = PodRequests(oldSpec)
      if accounting { account(requests, slot: slotFor(oldNode), sign: -1) }
      freed = requests
    }
    if let newNode, let newSpec, accounting {
      if let bound, details[bound.slot].name == newNode {
        account(bound.requests, slot: bound.slot, sign: 1)
      } else {
        account(PodRequests(newSpec), slot: slotFor(newNode), sign: 1)
      }
    }
    return freed
  }

  /// Whether two specs of one pod may request different resources (array and dictionary comparisons are
  /// immediate when the spec was not touched).
  private static func resourcesMayDiffer(_ old: PodSpec, _ new: PodSpec) -> Bool {
    old.containers != new.containers || old.initContainers != new.initContainers || old.overhead != new.overhead
      || old.resources != new.resources
  }

  /// Upstream `NodeInfo.update`: adds (`sign` 1) or takes away (-1) a pod's requests, count and host ports.
  private mutating func account(_ resources: PodRequests, slot: Int, sign: Int64) {
    let native = resources.requests.native
    usage[slot].requested.milliCPU += sign * native.milliCPU
    usage[slot].requested.memory += sign * native.memory
    usage[slot].requested.ephemeralStorage += sign * native.ephemeralStorage
    usage[slot].nonZeroMilliCPU += sign * resources.nonZeroMilliCPU
    usage[slot].nonZeroMemory += sign * resources.nonZeroMemory
    usage[slot].podCount += sign
    usageVersions[slot] &+= 1
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
    for pod in store.pods.objects.values {
      let spec = pod.spec
      if let nodeName = Self.occupiedNode(pod, spec: spec) {
        account(PodRequests(spec), slot: slotFor(nodeName), sign: 1)
      }
    }
  }
}
