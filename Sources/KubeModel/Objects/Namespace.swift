/// A Namespace (`v1`): a scope for names, quotas and limits. Cluster-scoped.
public struct Namespace: APIObject {
  public static let kind = "Namespace"
  public static let apiVersion = "v1"
  public static var isNamespaced: Bool { false }

  public var apiVersion: String = Namespace.apiVersion
  public var kind: String = Namespace.kind
  public var metadata = ObjectMeta()
  public var spec = NamespaceSpec()
  public var status = NamespaceStatus()

  public init() {}
}

public struct NamespaceSpec: Hashable, Sendable, Codable {
  public var finalizers: [String] = []
  public init() {}
}

public struct NamespaceStatus: Hashable, Sendable, Codable {
  /// `Active` or `Terminating`.
  public var phase: String = ""
  public var conditions: [Condition] = []
  public init() {}
}
