import KubeModel

/// `DescribePodTemplate` (kubectl's `pkg/describe/describe.go`): the `Pod Template:` block of Deployments,
/// ReplicaSets, DaemonSets, StatefulSets, Jobs and CronJobs, and of `rollout history --revision`.
enum PodTemplateDescriber {
  /// The block written into a describe page. A nil template (a ReplicationController without one) prints
  /// `  <unset>` with no line break, as upstream does.
  static func describe(_ template: PodTemplateSpec?, into writer: inout DescribeWriter) {
    writer.write(0, "Pod Template:\n")
    guard let template else {
      writer.write(1, "<unset>")
      return
    }
    writer.labels("  Labels", template.metadata.labels)
    if !template.metadata.annotations.isEmpty { writer.annotations("  Annotations", template.metadata.annotations) }
    if !template.spec.serviceAccountName.isEmpty {
      writer.line(1, "Service Account:", template.spec.serviceAccountName)
    }
    if !template.spec.initContainers.isEmpty {
      ContainerDescriber.describe(
        "Init Containers", template.spec.initContainers, statuses: [], pod: nil, space: "  ", into: &writer)
    }
    ContainerDescriber.describe(
      "Containers", template.spec.containers, statuses: [], pod: nil, space: "  ", into: &writer)
    VolumeDescriber.describe(template.spec.volumes, space: "  ", into: &writer)
    PodDescriber.topologySpreadConstraints(template.spec.topologySpreadConstraints, space: "  ", into: &writer)
    if !template.spec.priorityClassName.isEmpty {
      writer.line(1, "Priority Class Name:", template.spec.priorityClassName)
    }
    writer.labels("  Node-Selectors", template.spec.nodeSelector)
    writer.tolerations("  Tolerations", template.spec.tolerations)
  }

  /// The block as `rollout history --revision` prints it: through a prefix writer without a tabwriter, so tabs
  /// stay literal tabs.
  static func describe(_ template: PodTemplateSpec) -> String {
    var writer = DescribeWriter()
    describe(template, into: &writer)
    return writer.unaligned
  }
}
