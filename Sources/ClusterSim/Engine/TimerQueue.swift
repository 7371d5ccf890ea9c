import KubeModel

/// A request to sync one object in one controller at a moment of virtual time (upstream's `workqueue.AddAfter`).
public struct Wakeup: Hashable, Sendable, Codable {
  public var controller: ControllerID
  public var key: ObjectKey
}

/// Pending wakeups ordered by time, then by the order they were scheduled: the simulation's event queue.
///
/// A binary heap; equal times keep their scheduling order, so runs are deterministic.
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

  public init() {}

  public var count: Int { heap.count }
  public var isEmpty: Bool { heap.isEmpty }
  public var nextDue: Timestamp? { heap.first?.due }

  public mutating func schedule(_ wakeup: Wakeup, at due: Timestamp) {
    heap.append(Entry(due: due, sequence: nextSequence, wakeup: wakeup))
    nextSequence += 1
    siftUp(heap.count - 1)
  }

  /// Removes and returns the earliest wakeup if it is due at or before `time`.
  public mutating func popDue(atOrBefore time: Timestamp) -> Wakeup? {
    guard let first = heap.first, first.due <= time else { return nil }
    let last = heap.removeLast()
    if !heap.isEmpty {
      heap[0] = last
      siftDown(0)
    }
    return first.wakeup
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
