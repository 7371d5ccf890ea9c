import ClusterSim
import KubeModel

/// A big cluster made quickly for measuring frames: `nodes` nodes and one Deployment per node whose pods are bound
/// to it (the template names the node), spread over `namespaces` namespaces, so the cluster holds
/// `nodes * podsPerNode` pods whatever scheduler the simulation has.
public enum LargeCluster {
  public static func build(
    nodes: Int = 5_000, podsPerNode: Int = 30, namespaces: Int = 50, seed: UInt64 = 7
  )
    -> Simulation
  {
    var simulation = Simulation(seed: seed)
    for index in 0..<namespaces {
      simulation.run("create namespace \(namespaceName(index))")
    }
    for index in 0..<nodes {
      simulation.run("node add \(nodeName(index)) --cpu 32 --memory 128Gi --pods 110")
    }
    for index in 0..<nodes {
      var deployment = Deployment()
      deployment.metadata.name = "app-\(padded(index))"
      deployment.metadata.namespace = namespaceName(index % namespaces)
      deployment.metadata.labels = ["app": deployment.metadata.name]
      deployment.spec.replicas = podsPerNode
      deployment.spec.selector = LabelSelector(matchLabels: ["app": deployment.metadata.name])
      deployment.spec.template.metadata.labels = ["app": deployment.metadata.name]
      var container = Container()
      container.name = "app"
      container.image = "nginx:1.27"
      container.resources.requests = ["cpu": .cpu(milli: 100), "memory": .bytes(128 << 20)]
      deployment.spec.template.spec.containers = [container]
      deployment.spec.template.spec.nodeName = nodeName(index)
      _ = try? simulation.cluster.create(deployment)
      if index % 100 == 99 { simulation.cluster.settle() }
    }
    simulation.cluster.advance(by: .seconds(30))
    return simulation
  }

  static func namespaceName(_ index: Int) -> String { "team-\(index < 9 ? "0" : "")\(index + 1)" }
  static func nodeName(_ index: Int) -> String { "node-\(padded(index))" }
  static func padded(_ index: Int) -> String {
    let text = String(index)
    return String(repeating: "0", count: max(0, 5 - text.count)) + text
  }
}
