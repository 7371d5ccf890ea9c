import ClusterSim
import KubeModel

/// The rows of every pane, kept current from the store's change journals so a frame of a 150,000-pod cluster
/// costs what changed, not what exists. Also reports which objects changed, for the brief row marks.
public struct ClusterIndex: Sendable {
  private var nodes = FlatIndex<Node>()
  private var pods = FlatIndex<Pod>()
  private var services = FlatIndex<Service>()
  private var deploymentTree = DeploymentTree()
  private var scoped: [PaneID: [RowRef]] = [:]
  /// Objects written since the previous refresh (not after a rebuild).
  public private(set) var changed: [RowRef] = []

  public init() {}

  /// Brings every pane's rows up to date with the cluster and the state's namespace, filters and scope.
  public mutating func refresh(_ cluster: ClusterState, _ state: DashboardState) {
    var changed: [RowRef] = []
    let store = cluster.store
    let namespace = state.namespace
    changed += nodes.refresh(store.nodes, namespace: nil, filter: state[.nodes].filter) { node in
      "\(node.metadata.name) \(node.statusText) \(node.rolesText)"
    }.map { RowRef(.node, $0) }
    changed += pods.refresh(store.pods, namespace: namespace, filter: state[.pods].filter) { pod in
      "\(pod.metadata.namespace)/\(pod.metadata.name) \(pod.spec.nodeName) \(PodPresentation(pod).status)"
    }.map { RowRef(.pod, $0) }
    changed += services.refresh(store.services, namespace: namespace, filter: state[.services].filter) { service in
      "\(service.metadata.namespace)/\(service.metadata.name) \(service.spec.type)"
    }.map { RowRef(.service, $0) }
    var onlyDeployment: ObjectKey?
    if case .deployment(let key) = state.scope { onlyDeployment = key }
    changed += deploymentTree.refresh(
      cluster, namespace: namespace, filter: state[.deployments].filter, only: onlyDeployment)
    self.changed = changed
    scoped = Self.scopedRows(state.scope, cluster: cluster, deploymentRows: deploymentTree.rows)
  }

  /// The rows of a pane as they stand.
  public func rows(_ pane: PaneID) -> PaneRows {
    if let rows = scoped[pane] { return .list(rows) }
    switch pane {
    case .nodes: return .sorted(nodes.keys, .node)
    case .pods: return .sorted(pods.keys, .pod)
    case .services: return .sorted(services.keys, .service)
    case .deployments: return deploymentTree.rows
    }
  }

  /// What a drilled-down scope shows: the object itself in its own pane, and its pods in the Pods pane.
  static func scopedRows(_ scope: DrillScope?, cluster: ClusterState, deploymentRows: PaneRows) -> [PaneID: [RowRef]] {
    guard let scope else { return [:] }
    let store = cluster.store
    switch scope {
    case .deployment:
      let replicaSets = deploymentRows.slice(from: 0, limit: deploymentRows.count).filter { $0.kind == .replicaSet }
        .compactMap { store.replicaSets[$0.key] }
      let pods = replicaSets.flatMap { store.pods.dependentKeys(ofOwnerUID: $0.metadata.uid) }.sorted()
      return [.pods: pods.map { RowRef(.pod, $0) }]
    case .node(let name):
      return [
        .nodes: [RowRef(.node, ObjectKey(namespace: "", name: name))],
        .pods: store.pods.keys(onNode: name).map { RowRef(.pod, $0) },
      ]
    case .service(let key):
      let pods = store.services[key].map { ServiceBackends.podKeys(of: $0, in: cluster) } ?? []
      return [.services: [RowRef(.service, key)], .pods: pods.map { RowRef(.pod, $0) }]
    }
  }
}
