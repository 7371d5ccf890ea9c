import ClusterSim
import Foundation
import Testing

/// The built-in cluster travels inside the binary; it must be exactly `SampleClusters/default`.
@Suite struct DefaultClusterTests {
  @Test func embeddedManifestsMatchTheSampleFolder() throws {
    let folder = RepositoryPaths.sample("default")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(DefaultCluster.manifests.map(\.file) == files, "run scripts/embed-default-cluster.sh")
    for (file, text) in DefaultCluster.manifests {
      let onDisk = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      let normalized = onDisk.split(separator: "\n", omittingEmptySubsequences: false)
        .map { line in String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
        .joined(separator: "\n")
      #expect(text + "\n" == normalized, "\(file) differs: run scripts/embed-default-cluster.sh")
    }
  }

  @Test func theDefaultClusterLoadsWithoutWarnings() {
    let (sim, result) = Simulation.defaultCluster()
    #expect(result.errors.isEmpty && result.warnings.isEmpty, "\(result)")
    #expect(sim.cluster.store.nodes.count == 4)
    #expect(sim.cluster.store.deployments["default", "web"]?.status.availableReplicas == 3)
  }
}
