import KubeModel

/// `kubectl describe namespace` (`describeNamespace` in kubectl's `pkg/describe/describe.go`): status,
/// conditions, then the namespace's resource quotas and limit ranges. There is no Events section.
extension Namespace: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    writer.line(0, "Status:", status.phase)
    if !status.conditions.isEmpty {
      writer.write(0, "Conditions:\n")
      writer.write(1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n")
      writer.write(1, "----\t------\t------------------\t------\t-------\n")
      for condition in status.conditions {
        writer.line(
          1, condition.type, condition.status, DescribeTime.go(condition.lastTransitionTime), condition.reason,
          condition.message)
      }
    }
    writer.write(0, "\n")
    ResourceQuota.describeQuotas(cluster.store.resourceQuotas.list(namespace: metadata.name), into: &writer)
    writer.write(0, "\n")
    LimitRange.describeLimitRanges(cluster.store.limitRanges.list(namespace: metadata.name), into: &writer)
    return writer.rendered
  }
}
