import KubeModel

/// `kubectl describe secret` (`describeSecret` in kubectl's `pkg/describe/describe.go`): the type, then each key
/// with the size of its value. Values are never printed, except the `token` of a service account token secret.
/// There is no Events section.
extension Secret: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.nameNamespaceLabelsAnnotations(metadata)
    writer.write(0, "\nType:\t\(type)\n")
    writer.write(0, "\nData\n====\n")
    for key in data.keys.sorted(by: GoSort.less) {
      let bytes = Base64.decode(data[key]!) ?? []
      if key == "token" && type == "kubernetes.io/service-account-token" {
        writer.line(0, "\(key):", String(decoding: bytes, as: UTF8.self))
      } else {
        writer.line(0, "\(key):", "\(bytes.count) bytes")
      }
    }
    return writer.rendered
  }
}
