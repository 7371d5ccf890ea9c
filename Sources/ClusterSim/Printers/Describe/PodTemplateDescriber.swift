import KubeModel

/// `DescribePodTemplate`, as `rollout history --revision` prints it.
enum PodTemplateDescriber {
  // Placeholder until the describe layouts land: labels and containers with images.
  static func describe(_ template: PodTemplateSpec) -> String {
    var text = "Pod Template:\n"
    text += "  Labels:\t" + template.metadata.labels.keys.sorted().map { "\($0)=\(template.metadata.labels[$0]!)" }
      .joined(separator: "\n\t") + "\n"
    text += "  Containers:\n"
    for container in template.spec.containers {
      text += "   \(container.name):\n    Image:\t\(container.image)\n"
    }
    return text
  }
}
