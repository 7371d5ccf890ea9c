import KubeModel

/// The pods the scheduler has tried and set aside (upstream `internal/queue`'s `unschedulablePods`), with what it
/// needs to decide when to try them again.
///
/// The controller's work queue plays the active queue. A pod that fails waits here as unschedulable until a
/// cluster event that may help it (see ``QueueingHints``) or until it has waited longer than
/// ``maxUnschedulableDuration``, checked every ``flushInterval`` (`flushUnschedulablePodsLeftover`). Moved pods go
/// straight back to the work queue: the backoff queue only delays pods while the active queue is busy
/// (`SchedulerPopFromBackoffQ`), and between instants the simulated scheduler is never busy.
struct SchedulingQueue: Sendable {
  /// Upstream `podMaxInUnschedulablePodsDuration`.
  static let maxUnschedulableDuration = SimDuration.minutes(5)
  /// How often upstream flushes unschedulable pods that waited too long.
  static let flushInterval = SimDuration.seconds(30)

  enum State: String, Hashable, Sendable, Codable {
    /// Tried and rejected; waits for a helpful event or the flush.
    case unschedulable
    /// Moved back to the work queue; will be tried.
    case requeued
    /// Has scheduling gates; waits for an update that removes them.
    case gated
  }

  struct Entry: Hashable, Sendable {
    /// The order pods were set aside in, which is the order they are moved back in (upstream's active queue
    /// orders equal-priority pods by when they were queued).
    var sequence: UInt64
    var state: State
    /// When the pod last failed.
    var since: Timestamp
    /// The plugins that rejected it (upstream `UnschedulablePlugins`); empty when there were no nodes.
    var rejectors: FilterPlugins
  }

  private(set) var entries: [ObjectKey: Entry] = [:]
  private var nextSequence: UInt64 = 0
  /// When the pending flush wakeup fires, if one is scheduled.
  var flushWakeup: Timestamp?

  init() {}

  func state(of key: ObjectKey) -> State? { entries.isEmpty ? nil : entries[key]?.state }

  /// Whether a wakeup for this pod is stale: it waits for an event, a flush, or its gates to go.
  func isWaiting(_ key: ObjectKey) -> Bool {
    guard !entries.isEmpty, let state = entries[key]?.state else { return false }
    return state != .requeued
  }

  mutating func markUnschedulable(_ key: ObjectKey, rejectors: FilterPlugins, at now: Timestamp) {
    entries[key] = Entry(sequence: takeSequence(), state: .unschedulable, since: now, rejectors: rejectors)
  }

  mutating func markGated(_ key: ObjectKey, at now: Timestamp) {
    entries[key] = Entry(sequence: takeSequence(), state: .gated, since: now, rejectors: [])
  }

  mutating func markRequeued(_ key: ObjectKey) {
    entries[key]?.state = .requeued
  }

  mutating func forget(_ key: ObjectKey) {
    if !entries.isEmpty { entries[key] = nil }
  }

  /// The pods waiting as unschedulable, in the order they were set aside.
  func unschedulableKeys() -> [ObjectKey] {
    entries.filter { $0.value.state == .unschedulable }
      .sorted { $0.value.sequence < $1.value.sequence }
      .map(\.key)
  }

  /// The first flush tick (every 30 seconds from `start`) at which a pod that failed at `since` has waited longer
  /// than five minutes.
  static func flushTime(since: Timestamp, start: Timestamp) -> Timestamp {
    let interval = flushInterval.milliseconds
    let waited = since.milliseconds + maxUnschedulableDuration.milliseconds - start.milliseconds
    let ticks = waited >= 0 ? waited / interval + 1 : 1
    return Timestamp(milliseconds: start.milliseconds + ticks * interval)
  }

  /// Unschedulable pods whose flush time has come, in order.
  func keysDueForFlush(at now: Timestamp, start: Timestamp) -> [ObjectKey] {
    unschedulableKeys().filter { Self.flushTime(since: entries[$0]!.since, start: start) <= now }
  }

  /// The next flush tick any unschedulable pod is waiting for.
  func nextFlush(start: Timestamp) -> Timestamp? {
    entries.values.filter { $0.state == .unschedulable }.map { Self.flushTime(since: $0.since, start: start) }.min()
  }

  private mutating func takeSequence() -> UInt64 {
    nextSequence += 1
    return nextSequence
  }
}

extension SchedulingQueue: Codable {
  private struct SavedEntry: Codable {
    var namespace: String
    var name: String
    var sequence: UInt64
    var state: State
    var sinceMilliseconds: Int64
    var rejectors: FilterPlugins
  }

  private enum CodingKeys: String, CodingKey { case entries, nextSequence, flushWakeupMilliseconds }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    for saved in try container.decode([SavedEntry].self, forKey: .entries) {
      entries[ObjectKey(namespace: saved.namespace, name: saved.name)] = Entry(
        sequence: saved.sequence, state: saved.state, since: Timestamp(milliseconds: saved.sinceMilliseconds),
        rejectors: saved.rejectors)
    }
    nextSequence = try container.decode(UInt64.self, forKey: .nextSequence)
    flushWakeup = try container.decodeIfPresent(Int64.self, forKey: .flushWakeupMilliseconds).map {
      Timestamp(milliseconds: $0)
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    let saved = entries.sorted { $0.value.sequence < $1.value.sequence }.map { key, entry in
      SavedEntry(
        namespace: key.namespace, name: key.name, sequence: entry.sequence, state: entry.state,
        sinceMilliseconds: entry.since.milliseconds, rejectors: entry.rejectors)
    }
    try container.encode(saved, forKey: .entries)
    try container.encode(nextSequence, forKey: .nextSequence)
    try container.encodeIfPresent(flushWakeup?.milliseconds, forKey: .flushWakeupMilliseconds)
  }
}
