import KubeModel

/// `kubectl describe rs` (`describeReplicaSet` in kubectl's `pkg/describe/describe.go`).
extension ReplicaSet: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.line(0, "Namespace:", metadata.namespace)
    writer.line(0, "Selector:", Cells.selector(spec.selector))
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    if let controller = DescribeText.controller(metadata) { writer.line(0, "Controlled By:", controller) }
    writer.line(0, "Replicas:", "\(status.replicas) current / \(spec.replicas ?? 0) desired")
    let selector = (try? spec.selector.map { try $0.asSelector() }) ?? nil
    let counts = PodPhaseCounts(selector: selector ?? .nothing, owner: metadata, in: cluster)
    writer.line(0, "Pods Status:", counts.description)
    PodTemplateDescriber.describe(spec.template, into: &writer)
    ReplicaSetDescriber.conditions(status.conditions, into: &writer)
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}

/// `kubectl describe rc` (`describeReplicationController`).
extension ReplicationController: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.line(0, "Namespace:", metadata.namespace)
    writer.line(0, "Selector:", DescribeText.formatLabels(spec.selector))
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    writer.line(0, "Replicas:", "\(status.replicas) current / \(spec.replicas ?? 0) desired")
    let counts = PodPhaseCounts(selector: Selector(matchLabels: spec.selector), owner: metadata, in: cluster)
    writer.line(0, "Pods Status:", counts.description)
    PodTemplateDescriber.describe(spec.template, into: &writer)
    ReplicaSetDescriber.conditions(status.conditions, into: &writer)
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}

enum ReplicaSetDescriber {
  /// The `Type / Status / Reason` conditions table of ReplicaSets, ReplicationControllers and Deployments.
  static func conditions(_ conditions: [Condition], into writer: inout DescribeWriter) {
    guard !conditions.isEmpty else { return }
    writer.write(0, "Conditions:\n  Type\tStatus\tReason\n")
    writer.write(1, "----\t------\t------\n")
    for condition in conditions { writer.write(1, "\(condition.type) \t\(condition.status)\t\(condition.reason)\n") }
  }
}

/// `getPodStatusForController`: the pods matching a selector and controlled by an object, counted by phase.
struct PodPhaseCounts: CustomStringConvertible {
  var running = 0
  var waiting = 0
  var succeeded = 0
  var failed = 0

  init(selector: Selector, owner: ObjectMeta, in cluster: ClusterState) {
    for pod in cluster.store.pods.dependents(ofOwnerUID: owner.uid)
    where pod.metadata.namespace == owner.namespace && pod.metadata.controllerReference?.uid == owner.uid
      && selector.matches(pod.metadata.labels)
    {
      switch pod.status.phase {
      case "Running": running += 1
      case "Pending": waiting += 1
      case "Succeeded": succeeded += 1
      case "Failed": failed += 1
      default: break
      }
    }
  }

  /// `3 Running / 0 Waiting / 0 Succeeded / 0 Failed`.
  var description: String { "\(running) Running / \(waiting) Waiting / \(succeeded) Succeeded / \(failed) Failed" }
}
