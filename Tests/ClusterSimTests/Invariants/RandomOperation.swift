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
  case deleteNode(String)
  case deleteApp(app: String, cascade: String)
  case recreateApp(String)
  case releasePod(String)
  case pause(app: String)
  case resume(app: String)
  case restart(app: String)
  /// A DaemonSet's or StatefulSet's image, or a StatefulSet's size (`kind/name`).
  case setWorkloadImage(workload: String, image: String)
  case scaleStatefulSet(replicas: Int)
  case advance(seconds: Int)

  var command: String {
    switch self {
    case .scale(let app, let replicas): return "scale deployment/\(app) --replicas=\(replicas)"
    case .setImage(let app, let image): return "set image deployment/\(app) *=\(image)"
    case .undo(let app): return "rollout undo deployment/\(app)"
    case .deletePod(let pod): return "delete pod \(pod)"
    case .crash(let pod): return "crash pod/\(pod)"
    case .failNode(let node): return "node fail \(node)"
    case .recoverNode(let node): return "node recover \(node)"
    case .addNode(let node): return "node add \(node) --cpu 4 --memory 8Gi --pods 30"
    case .cordon(let node): return "cordon \(node)"
    case .uncordon(let node): return "uncordon \(node)"
    case .drain(let node): return "drain \(node) --ignore-daemonsets --force --delete-emptydir-data --timeout=3m"
    case .deleteNode(let node): return "delete node \(node)"
    case .deleteApp(let app, let cascade): return "delete deployment \(app) --cascade=\(cascade)"
    case .recreateApp(let app): return "create deployment \(app) --image=nginx:1.27 --replicas=2"
    case .releasePod(let pod): return "label pod \(pod) app-"
    case .pause(let app): return "rollout pause deployment/\(app)"
    case .resume(let app): return "rollout resume deployment/\(app)"
    case .restart(let app): return "rollout restart deployment/\(app)"
    case .setWorkloadImage(let workload, let image): return "set image \(workload) *=\(image)"
    case .scaleStatefulSet(let replicas): return "scale statefulset/db --replicas=\(replicas)"
    case .advance(let seconds): return "advance \(seconds)s"
    }
  }

  var description: String { command }

  /// Whether the step may take pods away from a Deployment other than by its own rollout, so its availability
  /// during a rollout is not the rollout's doing.
  func disrupts(_ app: String, in cluster: ClusterState) -> Bool {
    switch self {
    case .scale(let target, _), .undo(let target), .deleteApp(let target, _), .recreateApp(let target):
      return target == app
    case .setImage(let target, let image): return target == app && !RandomCluster.healthyImages.contains(image)
    case .deletePod(let pod), .crash(let pod), .releasePod(let pod):
      return cluster.store.pods["default", pod]?.metadata.labels["app"] == app
    case .failNode, .drain, .deleteNode: return true
    case .recoverNode, .addNode, .cordon, .uncordon, .pause, .resume, .restart, .setWorkloadImage, .scaleStatefulSet,
      .advance:
      return false
    }
  }

  /// A step drawn from what the cluster holds now.
  static func random(
    in cluster: ClusterState, apps: [String], nodesAdded: inout Int, using random: inout SeededGenerator
  ) -> RandomOperation {
    let pods = cluster.store.pods.list(namespace: "default").map(\.metadata.name)
    let nodes = cluster.store.nodes.list().map(\.metadata.name).filter { $0 != "control-plane" }
    let failed = nodes.filter { cluster.nodeRuntimes[$0]?.isFailed == true }
    let missing = apps.filter { cluster.store.deployments["default", $0] == nil }
    switch Int.random(in: 0..<100, using: &random) {
    case 0..<12:
      return .scale(app: random.pick(apps), replicas: Int.random(in: 0...RandomCluster.maxReplicas, using: &random))
    case 12..<27:
      let image = random.chance(0.8) ? random.pick(RandomCluster.healthyImages) : RandomCluster.brokenImage
      return .setImage(app: random.pick(apps), image: image)
    case 27..<31: return .undo(app: random.pick(apps))
    case 31..<37 where !pods.isEmpty: return .deletePod(random.pick(pods))
    case 37..<43 where !pods.isEmpty: return .crash(random.pick(pods))
    case 43..<47 where !nodes.isEmpty: return .failNode(random.pick(nodes))
    case 47..<52 where !failed.isEmpty: return .recoverNode(random.pick(failed))
    case 52..<54:
      nodesAdded += 1
      return .addNode("extra-\(nodesAdded)")
    case 54..<57 where !nodes.isEmpty: return .cordon(random.pick(nodes))
    case 57..<61 where !nodes.isEmpty: return .uncordon(random.pick(nodes))
    case 61..<64 where !nodes.isEmpty: return .drain(random.pick(nodes))
    case 64..<65 where nodes.count > 2: return .deleteNode(random.pick(nodes))
    case 65..<67:
      return .deleteApp(app: random.pick(apps), cascade: random.pick(["background", "foreground", "orphan"]))
    case 67..<70 where !missing.isEmpty: return .recreateApp(random.pick(missing))
    case 70..<72 where !pods.isEmpty: return .releasePod(random.pick(pods))
    case 72..<74: return .pause(app: random.pick(apps))
    case 74..<77: return .resume(app: random.pick(apps))
    case 77..<79: return .restart(app: random.pick(apps))
    case 79..<84:
      var workloads: [String] = []
      if cluster.store.daemonSets["default", "agent"] != nil { workloads.append("daemonset/agent") }
      if cluster.store.statefulSets["default", "db"] != nil { workloads += ["statefulset/db", "statefulset/db"] }
      guard !workloads.isEmpty else { return .advance(seconds: 5) }
      let workload = random.pick(workloads)
      if workload.hasPrefix("statefulset") && random.chance(0.5) {
        return .scaleStatefulSet(replicas: Int.random(in: 0...3, using: &random))
      }
      let image = random.chance(0.85) ? random.pick(RandomCluster.healthyImages) : RandomCluster.brokenImage
      return .setWorkloadImage(workload: workload, image: image)
    default: return .advance(seconds: random.pick([1, 3, 5, 10, 20, 45, 90, 180]))
    }
  }
}
