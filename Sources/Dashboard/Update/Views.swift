import ClusterSim
import KubeModel

/// `d`, `y`, `e`, `l`, `r`: the views that cover the panes.
enum Views {
  static func open(_ action: Action, _ state: inout DashboardState, world: DashboardWorld) -> [Effect] {
    guard let row = DashboardUpdate.selectedRow(state, world: world) else {
      state.message = StatusMessage("nothing selected", isError: true)
      return []
    }
    switch action {
    case .describe: state.overlay = .text(TextOverlay(kind: .describe, target: row))
    case .yaml: state.overlay = .text(TextOverlay(kind: .yaml, target: row))
    case .events: state.overlay = .text(TextOverlay(kind: .events, target: row))
    case .logs:
      guard row.kind == .pod else {
        state.message = StatusMessage("logs: select a pod", isError: true)
        return []
      }
      state.overlay = .text(TextOverlay(kind: .logs, target: row))
      return fetchLogs(state, world: world)
    case .rollout:
      guard let deployment = deploymentKey(for: row, state: state, world: world) else {
        state.message = StatusMessage("rollout: select a Deployment", isError: true)
        return []
      }
      state.overlay = .rollout(deployment: deployment, scroll: 0)
    case .revealSecrets:
      state.message = StatusMessage("reveal: open a Secret first (:describe secret NAME)", isError: true)
    default: break
    }
    return []
  }

  /// The `logs` command for the pod of the logs view, run quietly; the session puts its output in the state.
  static func fetchLogs(_ state: DashboardState, world: DashboardWorld) -> [Effect] {
    guard case .text(let text)? = state.overlay, text.kind == .logs,
      let pod = world.cluster.store.pods[text.target.key]
    else { return [] }
    return [.run(line: CommandLines.logs(pod, cluster: world.cluster), shown: nil)]
  }

  /// The Deployment a row belongs to: itself, its owner (a ReplicaSet's), or the scope drilled into.
  static func deploymentKey(for row: RowRef, state: DashboardState, world: DashboardWorld) -> ObjectKey? {
    let store = world.cluster.store
    switch row.kind {
    case .deployment: return row.key
    case .replicaSet:
      guard let owner = store.replicaSets[row.key]?.metadata.controllerReference, owner.kind == "Deployment" else {
        return nil
      }
      return ObjectKey(namespace: row.key.namespace, name: owner.name)
    case .pod:
      if case .deployment(let key)? = state.scope { return key }
      guard let owner = store.pods[row.key]?.metadata.controllerReference, owner.kind == "ReplicaSet",
        let replicaSet = store.replicaSets[ObjectKey(namespace: row.key.namespace, name: owner.name)],
        let deployment = replicaSet.metadata.controllerReference, deployment.kind == "Deployment"
      else { return nil }
      return ObjectKey(namespace: row.key.namespace, name: deployment.name)
    default:
      if case .deployment(let key)? = state.scope { return key }
      return nil
    }
  }
}
