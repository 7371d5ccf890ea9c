/// One object found in a manifest file, not yet decoded, with the header fields a loader needs to route it.
public struct ManifestDocument: Hashable, Sendable {
  public var file: String
  /// 1-based line where the object starts (its first key).
  public var line: Int
  public var node: ManifestNode
  public var apiVersion: String?
  public var kind: String?
  /// `metadata.name`
  public var name: String?
  /// `metadata.namespace`
  public var namespace: String?

  public init(file: String, line: Int, node: ManifestNode) {
    self.file = file
    self.line = line
    self.node = node
    apiVersion = node["apiVersion"]?.stringValue
    kind = node["kind"]?.stringValue
    name = node["metadata"]?["name"]?.stringValue
    namespace = node["metadata"]?["namespace"]?.stringValue
  }
}
