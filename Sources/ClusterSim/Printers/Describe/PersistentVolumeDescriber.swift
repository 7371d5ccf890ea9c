import KubeModel

/// `kubectl describe pv` (`describePersistentVolume` in kubectl's `pkg/describe/describe.go`).
extension PersistentVolume: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    writer.line(0, "Finalizers:", DescribeText.goList(metadata.finalizers))
    writer.line(
      0, "StorageClass:", metadata.annotations["volume.beta.kubernetes.io/storage-class"] ?? spec.storageClassName)
    if let deleted = metadata.deletionTimestamp {
      writer.line(0, "Status:", "Terminating (lasts \(DescribeText.since(deleted, cluster)))")
    } else {
      writer.line(0, "Status:", status.phase)
    }
    writer.line(0, "Claim:", spec.claimRef.map { "\($0.namespace)/\($0.name)" } ?? "")
    writer.line(0, "Reclaim Policy:", spec.persistentVolumeReclaimPolicy)
    writer.line(0, "Access Modes:", DescribeText.accessModes(spec.accessModes))
    if let mode = spec.volumeMode { writer.line(0, "VolumeMode:", mode) }
    writer.line(0, "Capacity:", DescribeText.quantity(spec.capacity, "storage"))
    Self.nodeAffinity(spec.nodeAffinity, into: &writer)
    writer.line(0, "Message:", status.message)
    writer.write(0, "Source:\n")
    if let hostPath = spec.hostPath {
      VolumeDescriber.hostPath(hostPath, into: &writer)
    } else if let nfs = spec.nfs {
      VolumeDescriber.nfs(nfs, into: &writer)
    } else if let local = spec.local {
      writer.line(2, "Type:", "LocalVolume (a persistent volume backed by local storage on a node)")
      writer.line(2, "Path:", local.text("path") ?? "")
    } else if let csi = spec.csi {
      writer.line(2, "Type:", "CSI (a Container Storage Interface (CSI) volume source)")
      writer.line(2, "Driver:", csi.text("driver") ?? "")
      writer.line(2, "FSType:", csi.text("fsType") ?? "")
      writer.line(2, "VolumeHandle:", csi.text("volumeHandle") ?? "")
      writer.line(2, "ReadOnly:", String(csi.flag("readOnly")))
      VolumeDescriber.csiAttributes(csi, into: &writer)
    } else {
      writer.write(1, "<unknown>\n")
    }
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }

  /// `printVolumeNodeAffinity`: the required node selector terms, one expression per line
  /// (`key in [a, b]`).
  static func nodeAffinity(_ affinity: JSONValue?, into writer: inout DescribeWriter) {
    writer.write(0, "Node Affinity:\t")
    guard let required = affinity?["required"], required.objectValue != nil else {
      writer.writeLine("<none>")
      return
    }
    writer.writeLine("")
    writer.write(1, "Required Terms:\t")
    let terms = required.objects("nodeSelectorTerms")
    guard !terms.isEmpty else {
      writer.writeLine("<none>")
      return
    }
    writer.writeLine("")
    for (index, term) in terms.enumerated() {
      writer.write(2, "Term \(index):\t")
      let expressions = term.objects("matchExpressions")
      guard !expressions.isEmpty else {
        writer.writeLine("<none>")
        continue
      }
      for (position, expression) in expressions.enumerated() {
        if position != 0 { writer.write(2, "\t") }
        var text = "\(expression.text("key") ?? "") \((expression.text("operator") ?? "").lowercased())"
        let values = expression.strings("values")
        if !values.isEmpty { text += " [\(values.joined(separator: ", "))]" }
        writer.write(0, text + "\n")
      }
    }
  }
}
