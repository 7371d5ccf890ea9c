import KubeModel

/// The keys a table wrote, in order, so a view of 150,000 pods can follow what changed instead of re-reading the
/// table on every frame (the dashboard's panes; a watch's resourceVersion in miniature).
///
/// Every upsert and removal appends its key and takes the next sequence number. The journal keeps only the
/// newest entries: a reader that fell further behind than ``capacity`` learns so from ``changes(since:)`` returning
/// nil, and reads the table again, as a watch that gets "410 Gone" relists.
public struct ChangeJournal: Sendable {
  /// How many keys the journal keeps at least; older ones are dropped in halves, so appending stays O(1) amortized.
  public static let capacity = 1 << 17

  private var keys: [ObjectKey] = []
  /// The sequence number of `keys[0]`.
  private var firstSequence: Int64 = 0

  public init() {}

  /// The sequence number the next change will take: a reader remembers it to ask for what came after.
  public var endSequence: Int64 { firstSequence + Int64(keys.count) }

  /// The keys changed from `sequence` (inclusive) to now, oldest first, repeats included; nil when the journal no
  /// longer reaches that far back.
  public func changes(since sequence: Int64) -> ArraySlice<ObjectKey>? {
    guard sequence >= firstSequence, sequence <= endSequence else { return nil }
    return keys[Int(sequence - firstSequence)...]
  }

  mutating func record(_ key: ObjectKey) {
    keys.append(key)
    if keys.count >= 2 * Self.capacity {
      keys.removeFirst(Self.capacity)
      firstSequence += Int64(Self.capacity)
    }
  }
}
