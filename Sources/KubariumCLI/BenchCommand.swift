import ArgumentParser
import ClusterSim
import Dashboard
import Foundation

/// `kubarium bench`: times the simulation at Kubernetes' published limits. Meant for a release build.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure load, convergence, idle cost, a rolling update, node failure, frames and memory.",
    discussion: """
      Prints one `name: value unit` line per figure. Build in release mode first:
        swift build -c release && .build/release/kubarium bench
      A small run for a quick check: kubarium bench --nodes 50 --pods 1500 --rollout-replicas 200 --failed-nodes 2
      """
  )

  @Option(help: "Nodes in the cluster.") var nodes = 5_000
  @Option(help: "Pods, as Deployments of 100 replicas over 100 namespaces (plus a DaemonSet).") var pods = 150_000
  @Option(help: "The seed of the simulation.") var seed: UInt64 = 42
  @Option(help: "Replicas of the Deployment whose rolling update is timed.") var rolloutReplicas = 10_000
  @Option(help: "Nodes failed at once.") var failedNodes = 50
  @Flag(help: "Also print, to standard error, each controller's share of convergence.") var profile = false

  func run() throws {
    var benchmark = Benchmark(
      size: LargeCluster(nodes: nodes, pods: pods), seed: seed, rolloutReplicas: rolloutReplicas,
      failedNodes: failedNodes)
    benchmark.frameRenderer = FrameBenchmark.renderer
    if profile {
      benchmark.convergeProfile = { profile in
        for controller in ControllerID.allCases where profile[controller].syncs > 0 {
          let (seconds, syncs) = profile[controller]
          Output.error("  \(controller): \(String(format: "%.3f", seconds)) s over \(syncs) syncs\n")
        }
      }
    }
    _ = benchmark.run { figure in
      Output.standard(figure.line + "\n")
    }
  }
}

/// `kubarium generate large`: a large cluster as YAML, to load with `--cluster`.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Print a generated sample cluster as YAML (kubarium generate large > large.yaml).")

  @Argument(help: "What to generate: large.") var what: String
  @Option(help: "Nodes.") var nodes = 5_000
  @Option(help: "Pods, as Deployments of 100 replicas.") var pods = 150_000
  @Option(help: "Namespaces the Deployments spread over.") var namespaces = 100

  func run() throws {
    guard what == "large" else { throw ValidationError("kubarium generates: large") }
    FileHandle.standardOutput.write(Data(LargeCluster(nodes: nodes, pods: pods, namespaces: namespaces).yaml().utf8))
  }
}
