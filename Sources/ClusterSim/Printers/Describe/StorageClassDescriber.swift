import KubeModel

/// `kubectl describe storageclass` (`describeStorageClass` in kubectl's `pkg/describe/describe.go`). Annotations
/// and parameters print on one line each (`FormatLabels`).
extension StorageClass: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    let isDefault = ["storageclass.kubernetes.io/is-default-class", "storageclass.beta.kubernetes.io/is-default-class"]
      .contains { metadata.annotations[$0] == "true" }
    writer.line(0, "IsDefaultClass:", isDefault ? "Yes" : "No")
    writer.line(0, "Annotations:", DescribeText.formatLabels(metadata.annotations))
    writer.line(0, "Provisioner:", provisioner)
    writer.line(0, "Parameters:", DescribeText.formatLabels(parameters))
    writer.line(0, "AllowVolumeExpansion:", DescribeText.bool(allowVolumeExpansion))
    if mountOptions.isEmpty {
      writer.line(0, "MountOptions:", "<none>")
    } else {
      writer.write(0, "MountOptions:\n")
      for option in mountOptions { writer.write(1, option + "\n") }
    }
    if let policy = reclaimPolicy { writer.line(0, "ReclaimPolicy:", policy) }
    if let mode = volumeBindingMode { writer.line(0, "VolumeBindingMode:", mode) }
    if let topologies = allowedTopologies?.arrayValue { Self.allowedTopologies(topologies, into: &writer) }
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }

  /// `printAllowedTopologies`: `Term N:` with one `key in [values]` per line.
  static func allowedTopologies(_ terms: [JSONValue], into writer: inout DescribeWriter) {
    writer.write(0, "AllowedTopologies:\t")
    guard !terms.isEmpty else {
      writer.writeLine("<none>")
      return
    }
    writer.writeLine("")
    for (index, term) in terms.enumerated() {
      writer.write(1, "Term \(index):\t")
      let expressions = term.objects("matchLabelExpressions")
      guard !expressions.isEmpty else {
        writer.writeLine("<none>")
        continue
      }
      for (position, expression) in expressions.enumerated() {
        if position != 0 { writer.write(1, "\t") }
        var text = "\(expression.text("key") ?? "") in"
        let values = expression.strings("values")
        if !values.isEmpty { text += " [\(values.joined(separator: ", "))]" }
        writer.write(0, text + "\n")
      }
    }
  }
}
