import KubeModel

/// A request to sync one object in one controller at a moment of virtual time (upstream's `workqueue.AddAfter`).
public struct Wakeup: Hashable, Sendable, Codable {
  public var controller: ControllerID
  public var key: ObjectKey
}

/// Pending wakeups ordered by time, then by the order they were scheduled: the simulation's event queue.
///
/// A binary heap; equal times keep their scheduling order, so runs are deterministic. Like upstream's delaying
/// queue, a key waits at most once: asking for a later wakeup of a key that already waits is dropped (its sync
/// will ask again), and an earlier one replaces the later (which is skipped when it comes up).
public struct TimerQueue: Sendable, Codable {
  struct Entry: Sendable, Codable {
    var due: Timestamp
    var sequence: UInt64
    var wakeup: Wakeup

    func precedes(_ other: Entry) -> Bool {
      due != other.due ? due < other.due : sequence < other.sequence
    }
  }

  private var heap: [Entry] = []
  private var nextSequence: UInt64 = 0
  /// The one live due time of each waiting key.
  private var pending: [Wakeup: Timestamp] = [:]

  public init() {}

  /// Waiting keys.
  public var count: Int { pending.count }
  public var isEmpty: Bool { pending.isEmpty }

  /// The earliest due time. The heap's top is never stale: a replaced entry is always later than its key's live
  /// one, and popping drops stale entries that come up.
  public var nextDue: Timestamp? { heap.first?.due }

  public mutating func schedule(_ wakeup: Wakeup, at due: Timestamp) {
    if let existing = pending[wakeup], existing <= due { return }
    pending[wakeup] = due
    heap.append(Entry(due: due, sequence: nextSequence, wakeup: wakeup))
    nextSequence += 1
    siftUp(heap.count - 1)
  }

  /// Removes and returns the earliest wakeup if it is due at or before `time`.
  public mutating func popDue(atOrBefore time: Timestamp) -> Wakeup? {
    guard let first = heap.first, first.due <= time else { return nil }
    removeFirst()
    pending[first.wakeup] = nil
    dropStale()
    return first.wakeup
  }

  /// Discards entries replaced by an earlier wakeup of the same key.
  private mutating func dropStale() {
    while let first = heap.first, pending[first.wakeup] != first.due { removeFirst() }
  }

  private mutating func removeFirst() {
    let last = heap.removeLast()
    if !heap.isEmpty {
      heap[0] = last
      siftDown(0)
    }
  }

  private mutating func siftUp(_ start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[child].precedes(heap[parent]) else { return }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var first = parent
      if left < heap.count && heap[left].precedes(heap[first]) { first = left }
      if right < heap.count && heap[right].precedes(heap[first]) { first = right }
      if first == parent { return }
      heap.swapAt(parent, first)
      parent = first
    }
  }
}
