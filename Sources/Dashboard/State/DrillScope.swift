import KubeModel

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
