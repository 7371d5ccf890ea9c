/// The four live panes.
public enum PaneID: String, CaseIterable, Hashable, Sendable {
  case nodes, deployments, pods, services

  public var title: String {
    switch self {
    case .nodes: return "Nodes"
    case .deployments: return "Deployments"
    case .pods: return "Pods"
    case .services: return "Services"
    }
  }
}
