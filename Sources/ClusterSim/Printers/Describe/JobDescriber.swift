import KubeModel

/// `kubectl describe job` (`describeJob` in kubectl's `pkg/describe/describe.go`).
extension Job: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.line(0, "Namespace:", metadata.namespace)
    JobDescriber.selector(spec.selector, into: &writer)
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    if let controller = DescribeText.controller(metadata) { writer.line(0, "Controlled By:", controller) }
    if let parallelism = spec.parallelism { writer.line(0, "Parallelism:", String(parallelism)) }
    writer.line(0, "Completions:", spec.completions.map(String.init) ?? "<unset>")
    if let mode = spec.completionMode { writer.line(0, "Completion Mode:", mode) }
    if let suspend = spec.suspend { writer.line(0, "Suspend:", String(suspend)) }
    if let limit = spec.backoffLimit { writer.line(0, "Backoff Limit:", String(limit)) }
    if let ttl = spec.ttlSecondsAfterFinished { writer.line(0, "TTL Seconds After Finished:", String(ttl)) }
    if let start = status.startTime { writer.line(0, "Start Time:", DescribeTime.go(start)) }
    if let completion = status.completionTime { writer.line(0, "Completed At:", DescribeTime.go(completion)) }
    if let start = status.startTime, let completion = status.completionTime {
      writer.line(0, "Duration:", HumanDuration.format(completion - start))
    }
    if let deadline = spec.activeDeadlineSeconds { writer.line(0, "Active Deadline Seconds:", "\(deadline)s") }
    let ready = status.ready.map { " (\($0) Ready)" } ?? ""
    writer.line(
      0, "Pods Statuses:",
      "\(status.active) Active\(ready) / \(status.succeeded) Succeeded / \(status.failed) Failed")
    if spec.completionMode == "Indexed" {
      writer.line(0, "Completed Indexes:", JobDescriber.capIndexes(status.completedIndexes, 50))
    }
    PodTemplateDescriber.describe(spec.template, into: &writer)
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}

enum JobDescriber {
  /// `Selector:⇥<selector>`, empty for a missing one, or why it could not be read.
  static func selector(_ selector: LabelSelector?, into writer: inout DescribeWriter) {
    do {
      writer.line(0, "Selector:", try selector?.asSelector().description ?? "")
    } catch {
      writer.line(0, "Selector:", "Failed to get selector: \(error)")
    }
  }

  /// `capIndexesListOrNone`: the list up to the first comma at or after `softLimit` characters, then `...`.
  static func capIndexes(_ indexes: String, _ softLimit: Int) -> String {
    guard !indexes.isEmpty else { return "<none>" }
    let bytes = Array(indexes.utf8)
    var index = softLimit
    while index < bytes.count && bytes[index] != UInt8(ascii: ",") { index += 1 }
    guard index < bytes.count else { return indexes }
    return String(decoding: bytes[...index], as: UTF8.self) + "..."
  }
}
