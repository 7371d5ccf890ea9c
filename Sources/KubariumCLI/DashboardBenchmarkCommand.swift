import ArgumentParser
import ClusterSim
import Dashboard
import Foundation

/// `kubarium bench-dashboard`: times dashboard frames on a generated large cluster (or `--cluster`), printing
/// `frame_ms_p50` and `frame_ms_p99`. Hidden: a tool for measuring, not for demos.
struct DashboardBenchmarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-dashboard", abstract: "Time dashboard frames on a large cluster.", shouldDisplay: false)

  @Option(help: "Nodes of the generated cluster.") var nodes = 5_000
  @Option(help: "Pods per node of the generated cluster.") var podsPerNode = 30
  @Option(help: "Frames to time.") var frames = 300
  @Option(help: "Terminal width.") var width = 200
  @Option(help: "Terminal height.") var height = 60
  @Option(help: "A Pods filter to apply as well (text or -l SELECTOR).") var filter: String?
  @Option(help: "A cluster to load instead of generating one.") var cluster: String?

  func run() throws {
    let clock = ContinuousClock()
    var simulation = Simulation()
    let build = clock.measure {
      if let cluster {
        simulation = Simulation(workingDirectory: FileManager.default.currentDirectoryPath)
        _ = simulation.loadCluster(at: cluster)
        simulation.cluster.advance(by: .seconds(30))
      } else {
        simulation = LargeCluster.build(nodes: nodes, podsPerNode: podsPerNode)
      }
    }
    print(
      "cluster nodes=\(simulation.cluster.store.nodes.count) pods=\(simulation.cluster.store.pods.count) built_s=\(build)"
    )
    let size = TerminalSize(width: width, height: height)
    print(FrameBenchmark.run(simulation: simulation, size: size, frames: frames))
    if let filter {
      print(
        "filter=\(filter) "
          + FrameBenchmark.run(simulation: simulation, size: size, frames: frames, filter: filter).description)
    }
  }
}
