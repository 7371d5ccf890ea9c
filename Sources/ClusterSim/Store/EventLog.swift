import KubeModel

/// The cluster's events, aggregated and expired as the API server and event recorder do.
///
/// A repeat of the same event for the same object (same reason, message, type and source) increments `count` and
/// moves `lastTimestamp` instead of adding a record (client-go's EventCorrelator). Events live for an hour
/// (the API server's default `--event-ttl`), and the log keeps at most ``capacity`` records so a 150,000-pod
/// cluster does not spend its memory on history.
public struct EventLog: Sendable, Codable {
  public static let timeToLive = SimDuration.minutes(60)
  public static let capacity = 200_000

  private var events: [Int64: Event] = [:]
  /// Event ids in the order they last changed (oldest first); entries whose event changed again are skipped.
  private var changeOrder: [(sequence: Int64, id: Int64)] = []
  private var changeOrderStart = 0
  private var lastChange: [Int64: Int64] = [:]
  private var idsByObjectUID: [String: [Int64]] = [:]
  private var idsByAggregate: [Aggregate: Int64] = [:]
  private var aggregateByID: [Int64: Aggregate] = [:]

  /// What makes two events the same event (client-go's `getEventKey` without the timestamps).
  private struct Aggregate: Hashable {
    var uid: String
    var kind: String
    var name: String
    var reason: String
    var message: String
    var type: String
    var component: String
    var fieldPath: String
  }
  private var nextID: Int64 = 1
  private var nextSequence: Int64 = 1

  public init() {}

  public var count: Int { events.count }

  /// Records an event, or counts it against an identical earlier one.
  public mutating func record(_ event: Event) {
    let aggregate = Aggregate(
      uid: event.involvedObject.uid, kind: event.involvedObject.kind, name: event.involvedObject.name,
      reason: event.reason, message: event.message, type: event.type, component: event.source.component,
      fieldPath: event.involvedObject.fieldPath)
    if let id = idsByAggregate[aggregate], var existing = events[id] {
      existing.count += 1
      existing.lastTimestamp = event.lastTimestamp
      events[id] = existing
      touch(id)
      return
    }
    let id = nextID
    nextID += 1
    events[id] = event
    idsByAggregate[aggregate] = id
    aggregateByID[id] = aggregate
    idsByObjectUID[event.involvedObject.uid, default: []].append(id)
    touch(id)
    if events.count > Self.capacity { expire(before: nil) }
  }

  /// Drops events last seen before `cutoff` (or the oldest ones while over capacity when `cutoff` is nil).
  public mutating func expire(before cutoff: Timestamp?) {
    while changeOrderStart < changeOrder.count {
      let (sequence, id) = changeOrder[changeOrderStart]
      guard lastChange[id] == sequence, let event = events[id] else {
        changeOrderStart += 1
        continue
      }
      if let cutoff {
        guard (event.lastTimestamp ?? cutoff) < cutoff else { break }
      } else if events.count <= Self.capacity {
        break
      }
      remove(id)
      changeOrderStart += 1
    }
    if changeOrderStart > 4096 && changeOrderStart * 2 > changeOrder.count {
      changeOrder.removeFirst(changeOrderStart)
      changeOrderStart = 0
    }
  }

  /// Events about the object with this uid, oldest first.
  public func events(forObjectUID uid: String) -> [Event] {
    (idsByObjectUID[uid] ?? []).compactMap { events[$0] }.sorted(by: Self.chronological)
  }

  /// All events, oldest first by when they last happened.
  public var all: [Event] {
    events.values.sorted(by: Self.chronological)
  }

  /// The most recent `limit` events, oldest first: what the dashboard's events strip shows.
  public func newest(_ limit: Int, where include: (Event) -> Bool = { _ in true }) -> [Event] {
    var result: [Event] = []
    var index = changeOrder.count - 1
    while index >= changeOrderStart && result.count < limit {
      let (sequence, id) = changeOrder[index]
      if lastChange[id] == sequence, let event = events[id], include(event) { result.append(event) }
      index -= 1
    }
    return result.reversed()
  }

  /// Removes the events of objects in a namespace (when the namespace is deleted).
  public mutating func removeAll(inNamespace namespace: String) {
    for (id, event) in events where event.metadata.namespace == namespace { remove(id) }
  }

  private mutating func touch(_ id: Int64) {
    let sequence = nextSequence
    nextSequence += 1
    lastChange[id] = sequence
    changeOrder.append((sequence, id))
  }

  private mutating func remove(_ id: Int64) {
    guard let event = events.removeValue(forKey: id) else { return }
    lastChange[id] = nil
    idsByObjectUID[event.involvedObject.uid]?.removeAll { $0 == id }
    if idsByObjectUID[event.involvedObject.uid]?.isEmpty == true { idsByObjectUID[event.involvedObject.uid] = nil }
    if let aggregate = aggregateByID.removeValue(forKey: id) { idsByAggregate[aggregate] = nil }
  }

  private static func chronological(_ lhs: Event, _ rhs: Event) -> Bool {
    let left = lhs.lastTimestamp ?? lhs.firstTimestamp ?? Timestamp(milliseconds: 0)
    let right = rhs.lastTimestamp ?? rhs.firstTimestamp ?? Timestamp(milliseconds: 0)
    if left != right { return left < right }
    return lhs.metadata.name < rhs.metadata.name
  }

  private enum CodingKeys: String, CodingKey { case events }

  public init(from decoder: any Decoder) throws {
    self.init()
    let container = try decoder.container(keyedBy: CodingKeys.self)
    for event in try container.decode([Event].self, forKey: .events) { record(event) }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    let ordered = changeOrder[changeOrderStart...].compactMap { entry in
      lastChange[entry.id] == entry.sequence ? events[entry.id] : nil
    }
    try container.encode(ordered, forKey: .events)
  }
}
