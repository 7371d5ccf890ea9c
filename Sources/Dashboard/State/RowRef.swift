import KubeModel

/// The object one row of a pane shows.
public struct RowRef: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case node, deployment, replicaSet = "replicaset", pod, service
    /// Not a pane's row: the views open one from the `:` prompt (`describe secret NAME`).
    case secret

    /// How kubectl names the resource in `TYPE/NAME`.
    public var resourceName: String { rawValue }
    public var kindName: String {
      switch self {
      case .node: return "Node"
      case .deployment: return "Deployment"
      case .replicaSet: return "ReplicaSet"
      case .pod: return "Pod"
      case .service: return "Service"
      case .secret: return "Secret"
      }
    }
  }

  public var kind: Kind
  public var key: ObjectKey

  public init(_ kind: Kind, _ key: ObjectKey) {
    self.kind = kind
    self.key = key
  }

  /// `deployment/web`
  public var slashName: String { "\(kind.resourceName)/\(key.name)" }
}
