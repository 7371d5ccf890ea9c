import ClusterSim
import Foundation
import KubeModel
import Testing

/// Every sample in `SampleClusters/`: real manifests that load cleanly, Nodes of their own, a README, and a
/// scenario whose every step has a caption (the demo shows it).
@Suite struct SampleLoadTests {
  static let names = [
    "default", "eks-book", "rolling-update", "recreate", "self-healing", "node-failure", "scheduling", "quota-limits",
    "services", "config", "batch", "stateful", "control-plane", "large",
  ]

  @Test func theListIsEverySampleFolder() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.root + "/SampleClusters")
    #expect(Set(folders) == Set(Self.names))
  }

  @Test(arguments: names)
  func loadsWithoutAWarning(name: String) {
    let run = SampleRun(name)
    #expect(run.load.errors.isEmpty, "\(name): \(run.load.errors)")
    #expect(run.load.warnings.isEmpty, "\(name): \(run.load.warnings)")
    // Its own Nodes: no "defines no nodes" notice.
    #expect(run.load.notices.isEmpty, "\(name): \(run.load.notices)")
    #expect(!run.simulation.cluster.store.nodes.list().isEmpty)
  }

  @Test(arguments: names)
  func hasNodesAReadmeAndACaptionedScenario(name: String) throws {
    let folder = RepositoryPaths.sample(name)
    let nodes = try String(contentsOfFile: folder + "/nodes.yaml", encoding: .utf8)
    #expect(nodes.contains("kind: Node"))
    let readme = try String(contentsOfFile: folder + "/README.md", encoding: .utf8)
    #expect(readme.contains("kubarium demo \(name)"), "\(name)/README.md does not say how to play the demo")
    let script = SampleRun(name).script
    #expect(!script.title.isEmpty, "\(name): the scenario has no title")
    #expect(script.steps.count >= 3)
    for step in script.steps {
      #expect(!step.caption.isEmpty, "\(name): a step without a caption runs \(step.commands.map(\.text))")
    }
  }
}
