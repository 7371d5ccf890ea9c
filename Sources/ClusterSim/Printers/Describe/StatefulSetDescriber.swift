import KubeModel

/// `kubectl describe statefulset` (`describeStatefulSet` in kubectl's `pkg/describe/describe.go`, 1.36: without
/// the `Service Name`, `Pod Management Policy` and retention policy lines that 1.37 adds).
extension StatefulSet: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    let selector = (try? spec.selector.map { try $0.asSelector() }) ?? nil
    writer.line(0, "Name:", metadata.name)
    writer.line(0, "Namespace:", metadata.namespace)
    writer.line(0, "CreationTimestamp:", DescribeTime.go(metadata.creationTimestamp))
    writer.line(0, "Selector:", selector?.description ?? "")
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    writer.line(0, "Replicas:", "\(spec.replicas ?? 0) desired | \(status.replicas) total")
    writer.line(0, "Update Strategy:", spec.updateStrategy.type)
    if let rolling = spec.updateStrategy.rollingUpdate, let partition = rolling.partition {
      writer.line(1, "Partition:", String(partition))
      if let maxUnavailable = rolling.maxUnavailable { writer.line(1, "MaxUnavailable:", maxUnavailable.description) }
    }
    let counts = PodPhaseCounts(selector: selector ?? .nothing, owner: metadata, in: cluster)
    writer.line(0, "Pods Status:", counts.description)
    PodTemplateDescriber.describe(spec.template, into: &writer)
    Self.volumeClaimTemplates(spec.volumeClaimTemplates, into: &writer)
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }

  /// `describeVolumeClaimTemplates`.
  static func volumeClaimTemplates(_ templates: [PersistentVolumeClaim], into writer: inout DescribeWriter) {
    guard !templates.isEmpty else {
      writer.line(0, "Volume Claims:", "<none>")
      return
    }
    writer.write(0, "Volume Claims:\n")
    for claim in templates {
      writer.line(1, "Name:", claim.metadata.name)
      writer.line(1, "StorageClass:", PersistentVolumeClaim.storageClass(of: claim))
      writer.labels("Labels", claim.metadata.labels, initialIndent: "  ")
      writer.labels("Annotations", claim.metadata.annotations, initialIndent: "  ")
      writer.line(1, "Capacity:", claim.spec.resources.requests["storage"]?.description ?? "<default>")
      writer.line(1, "Access Modes:", DescribeText.goList(claim.spec.accessModes))
    }
  }
}
