import KubeModel

/// `kubectl describe configmap` (`ConfigMapDescriber` in kubectl's `pkg/describe/describe.go`): every value is
/// printed in full under its key, binary values as their size.
extension ConfigMap: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.nameNamespaceLabelsAnnotations(metadata)
    writer.write(0, "\nData\n====\n")
    for key in data.keys.sorted(by: GoSort.less) {
      writer.write(0, "\(key):\n----\n")
      writer.write(0, "\(data[key]!)\n")
      writer.write(0, "\n")
    }
    writer.write(0, "\nBinaryData\n====\n")
    for key in binaryData.keys.sorted(by: GoSort.less) {
      writer.write(0, "\(key): \(Base64.decode(binaryData[key]!)?.count ?? 0) bytes\n")
    }
    writer.write(0, "\n")
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}
