import KubeModel

/// `kubectl describe daemonset` (`describeDaemonSet` in kubectl's `pkg/describe/describe.go`). The five
/// `Number of Nodes` lines have no tab, so they are not aligned with the rest.
extension DaemonSet: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    let selector = (try? spec.selector.map { try $0.asSelector() }) ?? nil
    writer.line(0, "Name:", metadata.name)
    writer.line(0, "Namespace:", metadata.namespace)
    writer.line(0, "Selector:", selector?.description ?? "")
    writer.line(0, "Node-Selector:", DescribeText.formatLabels(spec.template.spec.nodeSelector))
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    writer.write(0, "Desired Number of Nodes Scheduled: \(status.desiredNumberScheduled)\n")
    writer.write(0, "Current Number of Nodes Scheduled: \(status.currentNumberScheduled)\n")
    writer.write(0, "Number of Nodes Scheduled with Up-to-date Pods: \(status.updatedNumberScheduled)\n")
    writer.write(0, "Number of Nodes Scheduled with Available Pods: \(status.numberAvailable)\n")
    writer.write(0, "Number of Nodes Misscheduled: \(status.numberMisscheduled)\n")
    let counts = PodPhaseCounts(selector: selector ?? .nothing, owner: metadata, in: cluster)
    writer.line(0, "Pods Status:", counts.description)
    PodTemplateDescriber.describe(spec.template, into: &writer)
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}
