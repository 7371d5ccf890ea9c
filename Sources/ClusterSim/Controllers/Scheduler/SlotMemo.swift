import KubeModel

/// Results computed for a node and a class of like pods, kept per node slot and reused while the node's version is
/// unchanged.
///
/// Nodes change far less often than pods are scheduled: a node's usage changes only when a pod lands on it or
/// leaves it, its labels almost never. When many like pods are scheduled (the replicas of one ReplicaSet), most
/// nodes a search visits give the same answer as the last time they were visited; the search then reads one small
/// entry instead of recomputing. Pods are grouped into classes by `Key`. A memo only saves work: it is not saved
/// with a snapshot and may be dropped at any time.
struct SlotMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  struct Entry: Sendable {
    var version: UInt64
    var pods: UInt32
    var value: Value
  }

  private(set) var entries: [Entry] = []
  private var classes: [Key: UInt32] = [:]
  private let placeholder: Value
  /// How many classes are numbered before the memo starts over.
  static var classLimit: Int { 1 << 16 }

  init(placeholder: Value) { self.placeholder = placeholder }

  /// The number of a class of pods, from 1.
  mutating func podClass(_ key: Key) -> UInt32 {
    if let known = classes[key] { return known }
    if classes.count >= Self.classLimit {
      classes = [:]
      entries = Array(repeating: Entry(version: 0, pods: 0, value: placeholder), count: entries.count)
    }
    let number = UInt32(classes.count + 1)
    classes[key] = number
    return number
  }

  /// Makes room for `count` slots.
  mutating func reserve(_ count: Int) {
    guard entries.count < count else { return }
    let blank = Entry(version: 0, pods: 0, value: placeholder)
    entries.append(contentsOf: repeatElement(blank, count: count - entries.count))
  }

  /// Gives a search direct access to the entries, one per slot.
  mutating func withEntries<Result>(_ body: (UnsafeMutableBufferPointer<Entry>) -> Result) -> Result {
    entries.withUnsafeMutableBufferPointer { body($0) }
  }
}

/// What NodeResourcesFit and the resource scores depend on in a pod: its requests as they read them.
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

/// A node's NodeResourcesFit result and resource score for a class of pods, valid for one version of its usage.
/// Pods requesting extended resources are not memoized.
struct FitAndScore: Sendable {
  var shortfall: Shortfall
  var score: Int32
}

/// What NodeAffinity's filter depends on in a pod: its nodeSelector and required node affinity.
struct AffinityClassKey: Hashable, Sendable {
  var nodeSelector: [String: String]
  var required: NodeSelector?
}

/// The memos a search uses: fit and score by node usage, NodeAffinity by node labels.
struct SearchMemo: Sendable {
  var fit = SlotMemo<ResourceClassKey, FitAndScore>(placeholder: FitAndScore(shortfall: [], score: 0))
  var affinity = SlotMemo<AffinityClassKey, Bool>(placeholder: false)
}
