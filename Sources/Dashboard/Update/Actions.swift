import ClusterSim
import KubeModel

/// Keys that change the cluster. Each one becomes a line of the command language, run by the session through
/// `Simulation.run` and echoed in the events strip, so pressing `+` teaches `kubectl scale`.
enum Actions {
  static func perform(_ action: Action, _ state: inout DashboardState, world: DashboardWorld) -> [Effect] {
    let cluster = world.cluster
    let store = cluster.store
    guard let row = DashboardUpdate.selectedRow(state, world: world) ?? scopeRow(state) else {
      state.message = StatusMessage("nothing selected", isError: true)
      return []
    }
    func run(_ line: String) -> [Effect] { [.run(line: line, shown: CommandEcho.shown(line))] }
    func refuse(_ text: String) -> [Effect] {
      state.message = StatusMessage(text, isError: true)
      return []
    }
    switch action {
    case .scaleUp, .scaleDown, .scaleTo:
      guard let target = scalable(row, state: state, world: world) else {
        return refuse("\(action.label): select a Deployment or ReplicaSet")
      }
      let current = replicas(of: target, in: cluster)
      if action == .scaleTo {
        state.prompt = Prompt(purpose: .scale(target), text: String(current))
        return []
      }
      return run(CommandLines.scale(target, to: max(0, current + (action == .scaleUp ? 1 : -1)), cluster: cluster))
    case .setImage:
      guard let key = Views.deploymentKey(for: row, state: state, world: world), let deployment = store.deployments[key]
      else { return refuse("image: select a Deployment") }
      state.prompt = Prompt(purpose: .command, text: CommandLines.setImage(deployment, cluster: cluster))
      return []
    case .rolloutUndo:
      guard let key = Views.deploymentKey(for: row, state: state, world: world), let deployment = store.deployments[key]
      else { return refuse("undo: select a Deployment") }
      let current = Int(deployment.metadata.annotations[DeploymentRevisions.revisionAnnotation] ?? "") ?? 0
      let options = DeploymentRevisions.replicaSets(of: deployment, in: cluster)
        .map { (DeploymentRevisions.revision(of: $0), $0) }
        .filter { $0.0 != current && $0.0 > 0 }
        .sorted { $0.0 > $1.0 }
        .map { revision, replicaSet in
          let images = replicaSet.spec.template.spec.containers.map(\.image).joined(separator: ",")
          return Picker.Option(label: "revision \(revision)  \(images)", value: String(revision))
        }
      guard !options.isEmpty else { return refuse("undo: deployment/\(key.name) has no earlier revision") }
      state.picker = Picker(
        purpose: .undo(deployment: key), title: "Roll back deployment/\(key.name) to", options: options)
      return []
    case .rolloutRestart, .rolloutPause:
      guard let key = Views.deploymentKey(for: row, state: state, world: world), let deployment = store.deployments[key]
      else { return refuse("\(action.label): select a Deployment") }
      let subcommand = action == .rolloutRestart ? "restart" : deployment.spec.paused ? "resume" : "pause"
      return run(CommandLines.rollout(subcommand, key, cluster: cluster))
    case .deletePod, .crashContainer:
      guard row.kind == .pod, let pod = store.pods[row.key] else { return refuse("\(action.label): select a pod") }
      return run(
        action == .deletePod
          ? CommandLines.deletePod(row.key, cluster: cluster) : CommandLines.crash(pod, cluster: cluster))
    case .failNode, .recoverNode, .cordon, .drain:
      guard let node = nodeName(row, store: store) else {
        return refuse("\(action.label): select a node or a pod on one")
      }
      switch action {
      case .failNode: return run("node fail \(node)")
      case .recoverNode: return run("node recover \(node)")
      case .cordon: return run((store.nodes["", node]?.spec.unschedulable ?? false ? "uncordon " : "cordon ") + node)
      default: return run("drain \(node) --ignore-daemonsets")
      }
    default:
      return []
    }
  }

  /// When the focused pane is empty, the object drilled into still answers to the keys.
  private static func scopeRow(_ state: DashboardState) -> RowRef? {
    switch state.scope {
    case .deployment(let key)?: return RowRef(.deployment, key)
    case .node(let name)?: return RowRef(.node, ObjectKey(namespace: "", name: name))
    case .service(let key)?: return RowRef(.service, key)
    case nil: return nil
    }
  }

  /// What `+`, `-` and `s` scale: a Deployment or ReplicaSet row, or the Deployment a pod belongs to.
  static func scalable(_ row: RowRef, state: DashboardState, world: DashboardWorld) -> RowRef? {
    switch row.kind {
    case .deployment, .replicaSet: return row
    default: return Views.deploymentKey(for: row, state: state, world: world).map { RowRef(.deployment, $0) }
    }
  }

  static func replicas(of row: RowRef, in cluster: ClusterState) -> Int {
    switch row.kind {
    case .deployment: return cluster.store.deployments[row.key]?.spec.replicas ?? 1
    case .replicaSet: return cluster.store.replicaSets[row.key]?.spec.replicas ?? 1
    default: return 0
    }
  }

  private static func nodeName(_ row: RowRef, store: Store) -> String? {
    switch row.kind {
    case .node: return row.key.name
    case .pod:
      let name = store.pods[row.key]?.spec.nodeName ?? ""
      return name.isEmpty ? nil : name
    default: return nil
    }
  }
}
