import DequeModule
import KubeModel

/// The cluster's events, aggregated and expired as the API server and event recorder do.
///
/// A repeat of the same event for the same object (same reason, message, type and source) increments `count` and
/// moves `lastTimestamp` instead of adding a record (client-go's EventCorrelator). Events live for an hour
/// (the API server's default `--event-ttl`), and the log keeps at most ``capacity`` so a 150,000-pod cluster does
/// not spend its memory on history. Records are compact and kept in a ring in the order they were created;
/// ``Event`` values are made when read.
public struct EventLog: Sendable {
  public static let timeToLive = SimDuration.minutes(60)
  public static let capacity = 200_000

  /// Records by id − `firstID`; nil where a record was removed.
  private var ring = Deque<EventRecord?>()
  private var firstID: Int64 = 1
  private var live = 0
  /// Record ids in the order they last changed (oldest first); an entry is current when its sequence matches the
  /// record's.
  private var changeOrder = Deque<(sequence: Int64, id: Int64)>()
  private var nextSequence: Int64 = 1
  private var idsByObjectUID: [String: [Int64]] = [:]
  /// How many of an object's latest events a new one is compared with. client-go's correlator also forgets: it
  /// keeps a bounded cache of recent events.
  static let correlationWindow = 32

  public init() {}

  public var count: Int { live }

  /// Records an event, or counts it against an identical earlier one.
  public mutating func record(_ event: Event) {
    record(EventRecord(event))
  }

  mutating func record(_ record: EventRecord) {
    for earlier in (idsByObjectUID[record.involved.uid] ?? []).suffix(Self.correlationWindow).reversed() {
      guard let index = index(of: earlier), var existing = ring[index], existing.isSameEvent(as: record) else {
        continue
      }
      existing.count += record.count
      existing.last = record.last
      existing.sequence = touch(earlier)
      ring[index] = existing
      return
    }
    let id = firstID + Int64(ring.count)
    var stored = record
    stored.sequence = touch(id)
    ring.append(stored)
    live += 1
    idsByObjectUID[record.involved.uid, default: []].append(id)
    if live > Self.capacity { expire(before: nil) }
  }

  /// Drops events last seen before `cutoff` (or the oldest ones while over capacity when `cutoff` is nil).
  public mutating func expire(before cutoff: Timestamp?) {
    while let (sequence, id) = changeOrder.first {
      guard let index = index(of: id), let record = ring[index], record.sequence == sequence else {
        changeOrder.removeFirst()
        continue
      }
      if let cutoff {
        guard record.last < cutoff else { break }
      } else if live <= Self.capacity {
        break
      }
      changeOrder.removeFirst()
      remove(id)
    }
  }

  /// Events about the object with this uid, oldest first.
  public func events(forObjectUID uid: String) -> [Event] {
    (idsByObjectUID[uid] ?? []).compactMap { record($0)?.event }.sorted(by: Self.chronological)
  }

  /// All events, oldest first by when they last happened.
  public var all: [Event] {
    ring.compactMap { $0?.event }.sorted(by: Self.chronological)
  }

  /// The most recent `limit` events, oldest first: what the dashboard's events strip shows.
  public func newest(_ limit: Int, where include: (Event) -> Bool = { _ in true }) -> [Event] {
    var result: [Event] = []
    var index = changeOrder.count - 1
    while index >= 0 && result.count < limit {
      let (sequence, id) = changeOrder[index]
      if let record = record(id), record.sequence == sequence {
        let event = record.event
        if include(event) { result.append(event) }
      }
      index -= 1
    }
    return result.reversed()
  }

  /// Removes the events of objects in a namespace (when the namespace is deleted).
  public mutating func removeAll(inNamespace namespace: String) {
    let ids = ring.indices.filter { ring[$0]?.namespace == namespace }.map { firstID + Int64($0) }
    for id in ids { remove(id) }
  }

  private func index(of id: Int64) -> Int? {
    let index = Int(id - firstID)
    return index >= 0 && index < ring.count ? index : nil
  }

  private func record(_ id: Int64) -> EventRecord? { index(of: id).flatMap { ring[$0] } }

  private mutating func touch(_ id: Int64) -> Int64 {
    let sequence = nextSequence
    nextSequence += 1
    changeOrder.append((sequence, id))
    return sequence
  }

  private mutating func remove(_ id: Int64) {
    guard let index = index(of: id), let record = ring[index] else { return }
    ring[index] = nil
    live -= 1
    idsByObjectUID[record.involved.uid]?.removeAll { $0 == id }
    if idsByObjectUID[record.involved.uid]?.isEmpty == true { idsByObjectUID[record.involved.uid] = nil }
    while let first = ring.first, first == nil {
      ring.removeFirst()
      firstID += 1
    }
  }

  private static func chronological(_ lhs: Event, _ rhs: Event) -> Bool {
    let left = lhs.lastTimestamp ?? lhs.firstTimestamp ?? Timestamp(milliseconds: 0)
    let right = rhs.lastTimestamp ?? rhs.firstTimestamp ?? Timestamp(milliseconds: 0)
    if left != right { return left < right }
    return lhs.metadata.name < rhs.metadata.name
  }
}

extension EventLog: Codable {
  private enum CodingKeys: String, CodingKey { case events }

  public init(from decoder: any Decoder) throws {
    self.init()
    let container = try decoder.container(keyedBy: CodingKeys.self)
    for event in try container.decode([Event].self, forKey: .events) { record(event) }
  }

  /// Events in the order they last changed, so a restored log shows the same newest events.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    let ordered = changeOrder.compactMap { entry -> Event? in
      guard let record = record(entry.id), record.sequence == entry.sequence else { return nil }
      return record.event
    }
    try container.encode(ordered, forKey: .events)
  }
}

/// One event as the log keeps it: only what `get events` and `describe` show.
struct EventRecord: Sendable, Equatable {
  /// The event's name: given, or made when read from the object's name and the time, as client-go names events
  /// (`<object>.<unix nanoseconds in hex>`), with a counter keeping same-instant events apart.
  enum Name: Sendable, Equatable {
    case given(String)
    case generated(counter: Int64)
  }

  var name: Name
  var namespace: String
  var involved: ObjectReference
  var reason: String
  var message: String
  var type: String
  var component: String
  var host: String
  var first: Timestamp
  var last: Timestamp
  var count: Int
  var sequence: Int64 = 0

  init(
    nameSuffix counter: Int64, namespace: String, involved: ObjectReference, reason: String, message: String,
    type: String, component: String, host: String, at time: Timestamp
  ) {
    name = .generated(counter: counter)
    self.namespace = namespace
    self.involved = involved
    self.reason = reason
    self.message = message
    self.type = type
    self.component = component
    self.host = host
    first = time
    last = time
    count = 1
  }

  init(_ event: Event) {
    name = .given(event.metadata.name)
    namespace = event.metadata.namespace
    involved = event.involvedObject
    reason = event.reason
    message = event.message
    type = event.type
    component = event.source.component.isEmpty ? event.reportingComponent : event.source.component
    host = event.source.host.isEmpty ? event.reportingInstance : event.source.host
    first = event.firstTimestamp ?? event.lastTimestamp ?? Timestamp(milliseconds: 0)
    last = event.lastTimestamp ?? first
    count = max(1, event.count)
  }

  /// Whether the two are the same event, counted rather than repeated (client-go's `getEventKey` without the
  /// timestamps).
  func isSameEvent(as other: EventRecord) -> Bool {
    reason == other.reason && message == other.message && involved.uid == other.involved.uid
      && involved.name == other.involved.name && involved.fieldPath == other.involved.fieldPath
      && type == other.type && component == other.component
  }

  var eventName: String {
    switch name {
    case .given(let name): return name
    case .generated(let counter):
      let nanos = UInt64(max(0, first.milliseconds)) &* 1_000_000 &+ UInt64(counter % 1_000_000)
      return "\(involved.name).\(String(nanos, radix: 16))"
    }
  }

  var event: Event {
    var event = Event()
    event.metadata.name = eventName
    event.metadata.namespace = namespace
    event.metadata.creationTimestamp = first
    event.involvedObject = involved
    event.reason = reason
    event.message = message
    event.type = type
    event.source = EventSource(component: component, host: host)
    event.reportingComponent = component
    event.reportingInstance = host
    event.firstTimestamp = first
    event.lastTimestamp = last
    event.count = count
    return event
  }
}
