import KubeModel

/// The object one row of a pane shows.
public struct RowRef: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case node, deployment, replicaSet = "replicaset", pod, service

    /// How kubectl names the resource in `TYPE/NAME`.
    public var resourceName: String { rawValue }
    public var kindName: String {
      switch self {
      case .node: return "Node"
      case .deployment: return "Deployment"
      case .replicaSet: return "ReplicaSet"
      case .pod: return "Pod"
      case .service: return "Service"
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

/// What Enter drilled into: the panes then show only what belongs to it.
public enum DrillScope: Hashable, Sendable {
  case deployment(ObjectKey)
  case node(String)
  case service(ObjectKey)

  public var label: String {
    switch self {
    case .deployment(let key): return "deployment/\(key.name)"
    case .node(let name): return "node/\(name)"
    case .service(let key): return "service/\(key.name)"
    }
  }
}
