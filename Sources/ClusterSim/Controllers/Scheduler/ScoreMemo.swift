import KubeModel

/// What NodeResourcesFit and the resource scores depend on in a pod: its requests as they read them. The pods of one
/// ReplicaSet share it.
struct ResourceClassKey: Hashable, Sendable {
  var milliCPU: Int64
  var memory: Int64
  var ephemeralStorage: Int64
  var nonZeroMilliCPU: Int64
  var nonZeroMemory: Int64

  init(_ resources: PodRequests) {
    milliCPU = resources.requests.native.milliCPU
    memory = resources.requests.native.memory
    ephemeralStorage = resources.requests.native.ephemeralStorage
    nonZeroMilliCPU = resources.nonZeroMilliCPU
    nonZeroMemory = resources.nonZeroMemory
  }
}

/// One node's last NodeResourcesFit result and resource score, for pods of one resource class, valid while the
/// node's version is unchanged.
struct ScoreMemo: Sendable {
  var version: UInt64 = 0
  var resourceClass: UInt32 = 0
  var shortfall: Shortfall = []
  var score: Int32 = 0
}

/// Fit results and resource scores per node slot, reused across pods.
///
/// A node's usage changes only when a pod lands on it or leaves it, so when many like pods are scheduled, most
/// nodes a search visits fit and score as they did the last time they were visited; the search then reads one small
/// entry instead of the node's numbers, and divides nothing. Pods are grouped into resource classes by
/// ``ResourceClassKey``; pods requesting extended resources are not memoized. The table only saves work: it is not
/// saved with a snapshot and may be dropped at any time.
struct ScoreMemoTable: Sendable {
  private(set) var entries: [ScoreMemo] = []
  private var classes: [ResourceClassKey: UInt32] = [:]
  /// How many classes are numbered before the table starts over.
  static let classLimit = 1 << 16

  init() {}

  /// The pod's resource class, numbered from 1, or nil when its results are not memoized.
  mutating func resourceClass(of pod: PodRequirements) -> UInt32? {
    guard !pod.hasScalarRequests else { return nil }
    let key = ResourceClassKey(pod.resources)
    if let known = classes[key] { return known }
    if classes.count >= Self.classLimit {
      classes = [:]
      entries = Array(repeating: ScoreMemo(), count: entries.count)
    }
    let number = UInt32(classes.count + 1)
    classes[key] = number
    return number
  }

  /// Makes room for `count` slots.
  mutating func reserve(_ count: Int) {
    if entries.count < count { entries.append(contentsOf: repeatElement(ScoreMemo(), count: count - entries.count)) }
  }

  @inline(__always)
  func lookup(slot: Int, version: UInt64, resourceClass: UInt32) -> ScoreMemo? {
    let entry = entries[slot]
    return entry.version == version && entry.resourceClass == resourceClass ? entry : nil
  }

  @inline(__always)
  mutating func remember(_ entry: ScoreMemo, slot: Int) {
    entries[slot] = entry
  }
}
