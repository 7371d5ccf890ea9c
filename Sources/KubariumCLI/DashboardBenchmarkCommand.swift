import ArgumentParser
import ClusterSim
import Dashboard
import Foundation

/// `kubarium bench-dashboard`: times dashboard frames on the benchmark's large cluster (or `--cluster`), printing
/// `frame_ms_p50` and `frame_ms_p99` with a breakdown, while Deployments scale and roll. Hidden: a tool for
/// measuring the dashboard alone; `kubarium bench` reports the same frame figures among the simulation's.
struct DashboardBenchmarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-dashboard", abstract: "Time dashboard frames on a large cluster.", shouldDisplay: false)

  @Option(help: "Nodes of the generated cluster.") var nodes = 5_000
  @Option(help: "Pods of the generated cluster, as Deployments of 100 replicas.") var pods = 150_000
  @Option(help: "Frames to time.") var frames = 300
  @Option(help: "Terminal width.") var width = 200
  @Option(help: "Terminal height.") var height = 60
  @Option(help: "A Pods filter to apply as well (text or -l SELECTOR).") var filter: String?
  @Option(help: "A cluster to load instead of generating one.") var cluster: String?

  func run() throws {
    let clock = ContinuousClock()
    var simulation = Simulation(workingDirectory: FileManager.default.currentDirectoryPath)
    let build = clock.measure {
      if let cluster {
        _ = simulation.loadCluster(at: cluster)
      } else {
        let size = LargeCluster(nodes: nodes, pods: pods)
        for namespace in size.namespaceObjects() { _ = try? simulation.cluster.create(namespace) }
        for node in size.nodeObjects() { _ = try? simulation.cluster.create(node) }
        for deployment in size.deploymentObjects() { _ = try? simulation.cluster.create(deployment) }
      }
      simulation.cluster.advance(by: .seconds(60))
    }
    let store = simulation.cluster.store
    print("cluster nodes=\(store.nodes.count) pods=\(store.pods.count) built=\(build)")
    let size = TerminalSize(width: width, height: height)
    print(FrameBenchmark.run(simulation: simulation, size: size, frames: frames))
    if let filter {
      let result = FrameBenchmark.run(simulation: simulation, size: size, frames: frames, filter: filter)
      print("filter=\(filter) \(result)")
    }
  }
}
