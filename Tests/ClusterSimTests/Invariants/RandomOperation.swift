import ClusterSim
import KubeModel

/// One step of a random scenario, as the command a user would type.
enum RandomOperation: CustomStringConvertible {
  case scale(app: String, replicas: Int)
  case setImage(app: String, image: String)
  case undo(app: String)
  case deletePod(String)
  case crash(String)
  case failNode(String)
  case recoverNode(String)
  case addNode(String)
  case cordon(String)
  case uncordon(String)
  case drain(String)
  case advance(seconds: Int)

  var command: String {
    switch self {
    case .scale(let app, let replicas): return "scale deployment/\(app) --replicas=\(replicas)"
    case .setImage(let app, let image): return "set image deployment/\(app) app=\(image)"
    case .undo(let app): return "rollout undo deployment/\(app)"
    case .deletePod(let pod): return "delete pod \(pod)"
    case .crash(let pod): return "crash pod/\(pod)"
    case .failNode(let node): return "node fail \(node)"
    case .recoverNode(let node): return "node recover \(node)"
    case .addNode(let node): return "node add \(node) --cpu 4 --memory 8Gi --pods 30"
    case .cordon(let node): return "cordon \(node)"
    case .uncordon(let node): return "uncordon \(node)"
    case .drain(let node): return "drain \(node) --ignore-daemonsets --force --delete-emptydir-data --timeout=3m"
    case .advance(let seconds): return "advance \(seconds)s"
    }
  }

  var description: String { command }

  /// Whether the step may take pods away from a Deployment other than by its own rollout, so its availability
  /// during a rollout is not the rollout's doing.
  func disrupts(_ app: String, in cluster: ClusterState) -> Bool {
    switch self {
    case .scale(let target, _), .undo(let target): return target == app
    case .setImage(let target, let image): return target == app && !RandomCluster.healthyImages.contains(image)
    case .deletePod(let pod), .crash(let pod):
      return cluster.store.pods["default", pod]?.metadata.labels["app"] == app
    case .failNode, .drain: return true
    case .recoverNode, .addNode, .cordon, .uncordon, .advance: return false
    }
  }

  /// A step drawn from what the cluster holds now.
  static func random(
    in cluster: ClusterState, apps: [String], nodesAdded: inout Int, using random: inout SeededGenerator
  ) -> RandomOperation {
    let pods = cluster.store.pods.list(namespace: "default").map(\.metadata.name)
    let nodes = cluster.store.nodes.list().map(\.metadata.name).filter { $0 != "control-plane" }
    let failed = nodes.filter { cluster.nodeRuntimes[$0]?.isFailed == true }
    switch Int.random(in: 0..<100, using: &random) {
    case 0..<14:
      return .scale(app: random.pick(apps), replicas: Int.random(in: 0...RandomCluster.maxReplicas, using: &random))
    case 14..<30:
      let image = random.chance(0.8) ? random.pick(RandomCluster.healthyImages) : RandomCluster.brokenImage
      return .setImage(app: random.pick(apps), image: image)
    case 30..<35: return .undo(app: random.pick(apps))
    case 35..<43 where !pods.isEmpty: return .deletePod(random.pick(pods))
    case 43..<50 where !pods.isEmpty: return .crash(random.pick(pods))
    case 50..<54 where !nodes.isEmpty: return .failNode(random.pick(nodes))
    case 54..<60 where !failed.isEmpty: return .recoverNode(random.pick(failed))
    case 60..<62:
      nodesAdded += 1
      return .addNode("extra-\(nodesAdded)")
    case 62..<66 where !nodes.isEmpty: return .cordon(random.pick(nodes))
    case 66..<71 where !nodes.isEmpty: return .uncordon(random.pick(nodes))
    case 71..<74 where !nodes.isEmpty: return .drain(random.pick(nodes))
    default: return .advance(seconds: random.pick([1, 3, 5, 10, 20, 45, 90, 180]))
    }
  }
}
