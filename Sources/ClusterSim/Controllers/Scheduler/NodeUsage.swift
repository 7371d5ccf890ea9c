import KubeModel

/// Facts about a node the filter loop checks before looking any further.
struct NodeFlags: OptionSet, Hashable, Sendable {
  let rawValue: UInt8

  /// The Node object exists (a slot can outlive its node while pods bound to it remain, as upstream's cache
  /// keeps a `NodeInfo` without a node).
  static let exists = NodeFlags(rawValue: 1 << 0)
  /// `spec.unschedulable` (cordoned).
  static let unschedulable = NodeFlags(rawValue: 1 << 1)
  /// At least one `NoSchedule` or `NoExecute` taint.
  static let hardTaints = NodeFlags(rawValue: 1 << 2)
  /// At least one `PreferNoSchedule` taint.
  static let softTaints = NodeFlags(rawValue: 1 << 3)
  /// Pods on the node bind host ports.
  static let usedPorts = NodeFlags(rawValue: 1 << 4)
}

/// The numbers NodeResourcesFit and the resource scores read for one node (upstream `NodeInfo`'s `Allocatable`,
/// `Requested`, `NonZeroRequested` and pod count). A trivial struct kept in one contiguous array, so a pass over
/// thousands of nodes is a walk through memory without reference counting.
struct NodeUsage: Hashable, Sendable {
  var allocatable = ResourceAmounts()
  var allowedPodCount: Int64 = 0
  var requested = ResourceAmounts()
  var nonZeroMilliCPU: Int64 = 0
  var nonZeroMemory: Int64 = 0
  var podCount: Int64 = 0
}

/// The rest of what the scheduler knows of a node: read only for pods that need it.
struct NodeDetails: Sendable {
  var name: String
  var zone = ""
  var labels: [String: String] = [:]
  var taints: [Taint] = []
  /// Host ports bound by the node's pods, one entry per binding.
  var usedPorts: [HostPort] = []
  var allocatableScalars: [String: Int64] = [:]
  var requestedScalars: [String: Int64] = [:]

  init(name: String) { self.name = name }
}

/// What a node offers, from `status.allocatable` (upstream `NodeInfo.SetNode`): cpu in millicores, memory and
/// ephemeral storage in bytes, the pod count, and extended resources.
struct NodeAllocatable: Hashable, Sendable {
  var native: ResourceAmounts
  var pods: Int64
  var scalars: [String: Int64]

  init(_ node: Node) {
    let totals = ResourceTotals(node.status.allocatable)
    native = totals.native
    scalars = totals.scalars
    pods = node.status.allocatable["pods"]?.value ?? 0
  }
}
