import KubeModel

extension DescribeWriter {
  /// `DescribeEvents`: `Events:⇥<none>`, or the tabwriter is flushed and a table follows, sorted by last time seen
  /// with Go's unstable sort (events without a last time, such as the scheduler's, come first). Ages count from
  /// `eventTime` or `firstTimestamp`; repeats show `<last> (x<count> over <first>)`; the message is prefixed with
  /// the involved object's field path when there is one (kubectl 1.35+).
  mutating func events(_ events: [Event], now: Timestamp) {
    guard !events.isEmpty else {
      line(0, "Events:", "<none>")
      return
    }
    flush()
    let sorted = GoSort.sorted(events) { lhs, rhs in
      (lhs.lastTimestamp?.milliseconds ?? .min) < (rhs.lastTimestamp?.milliseconds ?? .min)
    }
    write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n")
    write(1, "----\t------\t----\t----\t-------\n")
    for event in sorted {
      let eventTime = event.eventTime?.stringValue.flatMap { Timestamp(rfc3339: $0) }
      let first = HumanDuration.age(since: eventTime ?? event.firstTimestamp, now: now)
      let interval: String
      if let series = event.series, series.objectValue != nil {
        let lastObserved = series.text("lastObservedTime").flatMap { Timestamp(rfc3339: $0) }
        let count = series.text("count") ?? "0"
        interval = "\(HumanDuration.age(since: lastObserved, now: now)) (x\(count) over \(first))"
      } else if event.count > 1 {
        interval = "\(HumanDuration.age(since: event.lastTimestamp, now: now)) (x\(event.count) over \(first))"
      } else {
        interval = first
      }
      let source = event.source.component.isEmpty ? event.reportingComponent : event.source.component
      var message = event.message.trimmingWhitespace
      if !event.involvedObject.fieldPath.isEmpty { message = "\(event.involvedObject.fieldPath): \(message)" }
      line(1, event.type, event.reason, interval, source, message)
    }
  }
}

/// `searchEvents`: the events whose involved object is the described one, in the order the API server lists them
/// (by namespace and name).
enum EventSearch {
  /// Events about an object by uid, name and kind (`kind` nil matches any kind, as for pods).
  static func events(uid: String, name: String, kind: String?, in cluster: ClusterState) -> [Event] {
    guard !uid.isEmpty else { return [] }
    let found = cluster.store.events.events(forObjectUID: uid).filter { event in
      event.involvedObject.name == name && (kind.map { event.involvedObject.kind == $0 } ?? true)
    }
    return found.sorted { lhs, rhs in
      lhs.metadata.namespace != rhs.metadata.namespace
        ? GoSort.less(lhs.metadata.namespace, rhs.metadata.namespace)
        : GoSort.less(lhs.metadata.name, rhs.metadata.name)
    }
  }

  /// Events about a namespaced or cluster-scoped object, matched by its kind as well.
  static func events<Object: APIObject>(about object: Object, in cluster: ClusterState) -> [Event] {
    events(uid: object.metadata.uid, name: object.metadata.name, kind: Object.kind, in: cluster)
  }

  /// The events of a describe page: nil when events are not shown.
  static func shown<Object: APIObject>(
    for object: Object, in cluster: ClusterState, settings: DescriberSettings
  ) -> [Event]? {
    settings.showEvents ? events(about: object, in: cluster) : nil
  }
}
