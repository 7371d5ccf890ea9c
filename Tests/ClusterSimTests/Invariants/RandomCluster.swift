import KubeModel

@testable import ClusterSim

/// A small random cluster drawn from a seed: a few worker nodes with room for every workload at its largest, and
/// Deployments with random sizes, requests, probes and rollout strategies.
struct RandomCluster: CustomStringConvertible {
  struct NodeShape {
    var name: String
    var cpu: Int
    var memoryGi: Int
    var pods: Int
  }

  struct App {
    var name: String
    var replicas: Int
    var cpuMilli: Int
    var memoryMi: Int
    var strategy: String
    var maxSurge: String
    var maxUnavailable: String
    var readinessProbe: Bool
    var minReadySeconds: Int
  }

  /// The most replicas a scale operation asks for.
  static let maxReplicas = 6
  static let healthyImages = ["nginx:1.27", "nginx:1.28", "nginx:1.29", "httpd:2.4"]
  /// A tag that does not exist: ImagePullBackOff.
  static let brokenImage = "nginx:1.161"

  var nodes: [NodeShape] = []
  var apps: [App] = []
  /// A DaemonSet `agent` and a StatefulSet `db` (0 to 3 replicas), when the simulation has their controllers.
  var daemonSet = false
  var statefulSetReplicas: Int?

  /// Whether the simulation runs DaemonSets and StatefulSets (their controllers arrive from another branch): the
  /// scenarios include them as soon as it does.

  init(using random: inout SeededGenerator) {
    for index in 1...Int.random(in: 1...3, using: &random) {
      apps.append(Self.app("app-\(index)", using: &random))
    }
    if random.chance(0.5) { daemonSet = true }
    if random.chance(0.5) { statefulSetReplicas = Int.random(in: 0...3, using: &random) }

    // Room for every app at its largest with its surge and the StatefulSet at its largest, with a quarter to spare.
    let statefulPods = statefulSetReplicas == nil ? 0 : 4
    let cpuNeeded = (apps.reduce(0) { $0 + $1.cpuMilli * (Self.maxReplicas + 3) } + statefulPods * 100) * 5 / 4
    let memoryNeeded = (apps.reduce(0) { $0 + $1.memoryMi * (Self.maxReplicas + 3) } + statefulPods * 128) * 5 / 4
    let podsNeeded = apps.count * (Self.maxReplicas + 3) + statefulPods + 4
    var cpu = 0
    var memory = 0
    var pods = 0
    while nodes.count < 2 || cpu < cpuNeeded || memory < memoryNeeded || pods < podsNeeded {
      let shape = NodeShape(
        name: "node-\(nodes.count + 1)", cpu: random.pick([2, 4, 8]), memoryGi: random.pick([4, 8, 16]),
        pods: random.pick([16, 30, 110]))
      nodes.append(shape)
      // The DaemonSet's pod on each node takes 20m and 16Mi of it.
      cpu += shape.cpu * 1000 - (daemonSet ? 20 : 0)
      memory += shape.memoryGi * 1024 - (daemonSet ? 16 : 0)
      pods += shape.pods - (daemonSet ? 1 : 0)
    }
  }

  static func app(_ name: String, using random: inout SeededGenerator) -> App {
    let fenceposts = [("1", "0"), ("0", "1"), ("25%", "25%"), ("2", "1"), ("50%", "0"), ("1", "1"), ("0", "50%")]
    let (surge, unavailable) = random.pick(fenceposts)
    return App(
      name: name, replicas: Int.random(in: 0...4, using: &random), cpuMilli: random.pick([50, 100, 250]),
      memoryMi: random.pick([32, 64, 128]), strategy: random.chance(0.75) ? "RollingUpdate" : "Recreate",
      maxSurge: surge, maxUnavailable: unavailable, readinessProbe: random.chance(0.5),
      minReadySeconds: random.pick([0, 0, 5]))
  }

  var manifest: String {
    var documents = apps.map { app in
      let strategy =
        app.strategy == "Recreate"
        ? "  strategy:\n    type: Recreate\n"
        : "  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: \(Self.yaml(app.maxSurge))\n"
          + "      maxUnavailable: \(Self.yaml(app.maxUnavailable))\n"
      let probe =
        app.readinessProbe
        ? "        readinessProbe:\n          httpGet:\n            path: /\n            port: 80\n          periodSeconds: 5\n"
        : ""
      return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: \(app.name)
        spec:
          replicas: \(app.replicas)
          minReadySeconds: \(app.minReadySeconds)
        \(strategy)  selector:
            matchLabels:
              app: \(app.name)
          template:
            metadata:
              labels:
                app: \(app.name)
            spec:
              containers:
              - name: app
                image: nginx:1.27
                ports:
                - containerPort: 80
        \(probe)        resources:
                  requests:
                    cpu: \(app.cpuMilli)m
                    memory: \(app.memoryMi)Mi

        """
    }
    if daemonSet { documents.append(Self.workload("DaemonSet", "agent", replicas: nil)) }
    if let replicas = statefulSetReplicas { documents.append(Self.workload("StatefulSet", "db", replicas: replicas)) }
    return documents.joined(separator: "---\n")
  }

  /// A DaemonSet or StatefulSet of nginx.
  static func workload(_ kind: String, _ name: String, replicas: Int?) -> String {
    let (cpu, memory) = kind == "DaemonSet" ? ("20m", "16Mi") : ("100m", "128Mi")
    return """
      apiVersion: apps/v1
      kind: \(kind)
      metadata:
        name: \(name)
      spec:
      \(replicas.map { "  replicas: \($0)\n  serviceName: \(name)\n" } ?? "")  selector:
          matchLabels:
            app: \(name)
        template:
          metadata:
            labels:
              app: \(name)
          spec:
            containers:
            - name: app
              image: nginx:1.27
              resources:
                requests:
                  cpu: \(cpu)
                  memory: \(memory)

      """
  }

  /// An int-or-percent as YAML: a number, or a quoted percentage.
  static func yaml(_ value: String) -> String { value.hasSuffix("%") ? "\"\(value)\"" : value }

  /// A simulation of this cluster at rest; the manifest must load without a problem.
  func simulation(seed: UInt64) -> Simulation {
    var simulation = Simulation(seed: seed)
    for node in nodes {
      simulation.run("node add \(node.name) --cpu \(node.cpu) --memory \(node.memoryGi)Gi --pods \(node.pods)")
    }
    let load = ManifestLoader.load(text: manifest, file: "apps.yaml", variables: { _ in nil })
    let result = simulation.applyLoaded(load, namespace: nil, mode: .apply, quiet: true)
    precondition(result.succeeded, "the random cluster does not load: \(result.errors)")
    simulation.cluster.advance(by: .minutes(2))
    return simulation
  }

  var description: String {
    "nodes " + nodes.map { "\($0.name)(\($0.cpu) cpu, \($0.memoryGi)Gi, \($0.pods) pods)" }.joined(separator: ", ")
      + (daemonSet ? "; daemonset agent" : "") + (statefulSetReplicas.map { "; statefulset db \($0)x" } ?? "")
      + "; apps "
      + apps.map {
        "\($0.name)(\($0.replicas)x \($0.cpuMilli)m/\($0.memoryMi)Mi \($0.strategy) surge \($0.maxSurge) "
          + "unavailable \($0.maxUnavailable) probe \($0.readinessProbe) minReady \($0.minReadySeconds))"
      }.joined(separator: ", ")
  }
}
