import Foundation
import KubeModel
import Testing

@testable import ClusterSim

/// Mutated sample manifests are loaded into a small cluster, which then runs for a while and prints what it holds:
/// ten thousand seeded cases (`KUBARIUM_FUZZ_CASES` for more), none may crash or leave the cluster unable to settle.
@Suite struct ManifestFuzzTests {
  /// The manifests mutations start from: the sample clusters and the official examples.
  static let corpus: [(file: String, bytes: [UInt8])] = {
    var files: [String] = []
    for folder in [RepositoryPaths.root + "/SampleClusters", RepositoryPaths.root + "/Tests/ClusterSimTests/Fixtures"] {
      let enumerator = FileManager.default.enumerator(atPath: folder)
      while let entry = enumerator?.nextObject() as? String {
        if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") || entry.hasSuffix(".json") {
          files.append(folder + "/" + entry)
        }
      }
    }
    return files.sorted().compactMap { file in
      FileManager.default.contents(atPath: file).map { (String(file.split(separator: "/").last!), [UInt8]($0)) }
    }
  }()

  /// The default cluster's nodes and nothing else, settled.
  static let base: Simulation = {
    var simulation = Simulation()
    var nodes = ManifestLoad()
    for (file, text) in DefaultCluster.manifests where file == "nodes.yaml" {
      nodes.append(ManifestLoader.load(text: text, file: file, variables: { _ in nil }))
    }
    _ = simulation.applyLoaded(nodes, namespace: nil, mode: .apply, quiet: true)
    simulation.cluster.advance(by: .seconds(10))
    return simulation
  }()

  /// How many controller syncs one case may take before it counts as not settling.
  static let syncLimit = 200_000

  @Test func mutatedManifestsLoadWithoutCrashingOrHanging() throws {
    let cases = ReliabilityBudget.fuzzCases
    let run = ReliabilityRun(.fuzzManifests)
    let corpus = Self.corpus
    #expect(corpus.count > 100)
    var unsettled: [String] = []
    var loadedObjects = 0
    for index in 0..<cases {
      let seed = 0x6B75_6261_7269_756D &+ UInt64(index)
      var random = SeededGenerator(seed: seed)
      let source = random.pick(corpus)
      let (bytes, mutations) = ManifestMutator.mutate(source.bytes, corpus: corpus.map(\.bytes), using: &random)
      let description = "case \(index) (seed \(seed)): \(source.file) \(mutations)"
      run.begin(description)
      let load = ManifestLoader.load(contents: bytes, file: "fuzz.yaml", variables: { _ in nil })
      var simulation = Self.base
      var created: [LoadedObject] = []
      for object in ManifestOrder.sorted(load.objects) {
        if case .success = ObjectApplier.apply(object, namespace: nil, mode: .apply, in: &simulation.cluster) {
          created.append(object)
        }
      }
      loadedObjects += created.count
      guard !created.isEmpty else { continue }
      guard simulation.cluster.settle(maximumSyncs: Self.syncLimit) else {
        unsettled.append(description)
        continue
      }
      // Let the controllers act on what was loaded, and print it as a user would.
      if index % 4 == 0 { simulation.cluster.advance(by: .seconds(20)) }
      for object in created.prefix(3) {
        let name = ObjectOutput.name(object.resource, object.name)
        let namespace = "-n \(object.namespace.isEmpty ? "default" : object.namespace)"
        _ = simulation.run("get \(name) \(namespace) -o \(["wide", "yaml", "json", "name"][index % 4])")
        if index % 8 == 0 { _ = simulation.run("describe \(name) \(namespace)") }
      }
      if index % 16 == 0 { _ = simulation.run("get all -A -o wide") }
    }
    print("reliability: fuzz-manifests loaded \(loadedObjects) objects")
    #expect(unsettled.isEmpty, "cases that did not settle: \(unsettled.prefix(5))")
    #expect(loadedObjects > cases / 10, "mutations should leave many manifests loadable")
    run.finish(cases: cases, violations: unsettled.count)
  }
}
