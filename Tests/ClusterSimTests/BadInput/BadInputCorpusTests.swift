import ClusterSim
import Foundation
import KubeModel
import Testing

/// Every bad input reports its one problem with file, line and field; loading never stops at the first bad file,
/// so the valid objects of the folder still load; `--strict` refuses the folder as a whole.
@Suite struct BadInputCorpusTests {
  static let corpus = RepositoryPaths.root + "/Tests/ClusterSimTests/BadInput/Corpus"

  /// The corpus and the generated inputs in a scratch folder `corpus/`, beside nothing else.
  static func materialize() throws -> TemporaryFolder {
    let folder = try TemporaryFolder([:])
    let target = folder.path + "/corpus"
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    for file in try FileManager.default.contentsOfDirectory(atPath: corpus) {
      try FileManager.default.copyItem(atPath: corpus + "/" + file, toPath: target + "/" + file)
    }
    for (file, bytes) in GeneratedBadInput.files {
      _ = FileManager.default.createFile(atPath: target + "/" + file, contents: Data(bytes))
    }
    return folder
  }

  /// Each problem line, without kubectl's `error: ` and a cause list's `* `.
  static func lines(_ messages: [String]) -> [String] {
    messages.flatMap { $0.split(separator: "\n").map(String.init) }.map { line in
      var line = line
      for prefix in ["error: ", "* "] where line.hasPrefix(prefix) { line.removeFirst(prefix.count) }
      return line
    }
  }

  /// Loads one file by itself, named as the corpus names it.
  static func loadAlone(_ file: String) throws -> (Simulation, CommandResult) {
    if let bytes = GeneratedBadInput.files[file] {
      let folder = try TemporaryFolder([:])
      defer { folder.remove() }
      _ = FileManager.default.createFile(atPath: folder.path + "/" + file, contents: Data(bytes))
      var simulation = Simulation(workingDirectory: folder.path)
      let result = simulation.loadCluster(at: file)
      return (simulation, result)
    }
    var simulation = Simulation(workingDirectory: corpus)
    let result = simulation.loadCluster(at: file)
    return (simulation, result)
  }

  @Test func theCorpusHasAtLeastFortyCasesAndEveryFileHasOne() throws {
    #expect(BadInputCorpus.cases.count >= 40)
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: Self.corpus)).union(
      GeneratedBadInput.files.keys)
    let described = Set(BadInputCorpus.cases.map(\.file)).union(BadInputCorpus.clean)
    #expect(files.subtracting(described).isEmpty, "files without a case")
    #expect(described.subtracting(files).isEmpty, "cases without a file")
    ReliabilityFigures.record(.badInput, cases: BadInputCorpus.cases.count + BadInputCorpus.clean.count)
  }

  @Test(arguments: BadInputCorpus.cases)
  func eachCaseReportsItsOneProblem(_ badCase: BadInputCase) throws {
    let (_, result) = try Self.loadAlone(badCase.file)
    let reported = badCase.isWarning ? result.warnings : result.errors
    #expect(result.errors.count + result.warnings.count == 1, "\(result.errors + result.warnings)")
    #expect(
      Self.lines(reported).contains { $0.hasPrefix(badCase.expected) },
      "expected a line starting \(badCase.expected)\ngot \(Self.lines(result.errors + result.warnings))")
  }

  @Test(arguments: BadInputCorpus.clean)
  func validFilesLoadWithoutAWord(_ file: String) throws {
    let (simulation, result) = try Self.loadAlone(file)
    #expect(result.errors.isEmpty && result.warnings.isEmpty, "\(result.errors + result.warnings)")
    #expect(!simulation.cluster.store.configMaps.list(namespace: "default").isEmpty || file != "bom.yaml")
  }

  /// What the corpus folder leaves in the default namespace, by kind.
  static func userObjects(_ simulation: Simulation, baseline: Simulation) -> [String: Set<String>] {
    func names<Object: StoredObject>(_ table: ObjectTable<Object>, _ base: ObjectTable<Object>) -> Set<String> {
      let unowned = table.list(namespace: "default").filter { $0.metadata.ownerReferences.isEmpty }
      return Set(unowned.map(\.metadata.name)).subtracting(base.list(namespace: "default").map(\.metadata.name))
    }
    let store = simulation.cluster.store
    let base = baseline.cluster.store
    return [
      "ConfigMap": names(store.configMaps, base.configMaps), "Deployment": names(store.deployments, base.deployments),
      "Pod": names(store.pods, base.pods), "Service": names(store.services, base.services),
      "Secret": names(store.secrets, base.secrets),
    ]
  }

  @Test func aFolderOfBadFilesStillLoadsItsValidObjects() throws {
    let folder = try Self.materialize()
    defer { folder.remove() }
    var simulation = Simulation(workingDirectory: folder.path)
    let result = simulation.loadCluster(at: "corpus")
    let reported = Self.lines(result.errors + result.warnings)
    for badCase in BadInputCorpus.cases {
      let expected = badCase.expected.replacingOccurrences(of: "\(badCase.file):", with: "corpus/\(badCase.file):")
      #expect(reported.contains { $0.hasPrefix(expected) }, "\(expected)")
    }
    let empty = try TemporaryFolder(["none.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n"])
    defer { empty.remove() }
    var baseline = Simulation()
    _ = baseline.loadCluster(at: empty.path)
    #expect(
      Self.userObjects(simulation, baseline: baseline) == [
        "ConfigMap": ["valid-config", "mixed-good", "bom-valid", "crlf-valid", "duplicate-objects"],
        "Deployment": ["valid-web", "unknown-field"], "Pod": ["huge-quantity"], "Service": ["nodeport-first"],
        "Secret": [],
      ])
    // The first of two objects with one name is the one kept.
    #expect(simulation.cluster.store.configMaps["default", "duplicate-objects"]?.data == ["first": "1"])
    simulation.must("advance 1m")
    #expect(simulation.cluster.store.deployments["default", "valid-web"]?.status.readyReplicas == 2)
  }

  @Test func strictRefusesTheWholeFolderAndChangesNothing() throws {
    let folder = try Self.materialize()
    defer { folder.remove() }
    var simulation = Simulation(workingDirectory: folder.path)
    let before = try ClusterFingerprint.of(simulation.cluster)
    let result = simulation.loadCluster(at: "corpus", strict: true)
    #expect(result.errors.last == "error: --strict: nothing was loaded because of the problems above")
    #expect(Self.lines(result.errors + result.warnings).count >= BadInputCorpus.cases.count)
    #expect(try ClusterFingerprint.of(simulation.cluster) == before)
  }

  @Test func strictRefusesAFolderWhoseOnlyProblemIsAWarning() throws {
    var simulation = Simulation(workingDirectory: Self.corpus)
    let result = simulation.loadCluster(at: "unknown-field.yaml", strict: true)
    #expect(result.warnings.count == 1)
    #expect(result.errors == ["error: --strict: nothing was loaded because of the problems above"])
    #expect(simulation.cluster.store.deployments.list(namespace: "default").isEmpty)
  }

  /// A manifest that reads well but that the API server refuses (here a selector that does not match) is a
  /// problem too: strict tries the load on a copy and keeps nothing.
  @Test func strictRefusesWhatOnlyTheAPIServerRefuses() throws {
    var simulation = Simulation(workingDirectory: Self.corpus)
    let before = try ClusterFingerprint.of(simulation.cluster)
    let result = simulation.loadCluster(at: "selector-mismatch.yaml", strict: true)
    #expect(result.errors.count == 2, "\(result.errors)")
    #expect(try ClusterFingerprint.of(simulation.cluster) == before)
  }

  /// A cluster without nodes gets the default nodes before its own objects, so no pod is ever found with
  /// "no nodes available to schedule pods".
  @Test func defaultNodesArriveBeforeThePods() throws {
    var simulation = Simulation(workingDirectory: Self.corpus)
    _ = simulation.loadCluster(at: "valid-objects.yaml")
    let reasons = simulation.cluster.store.events.all.filter { $0.metadata.namespace == "default" }.map(\.message)
    #expect(!reasons.contains { $0.contains("no nodes available") })
  }

  @Test func strictLoadsACleanFolder() throws {
    var simulation = Simulation(workingDirectory: Self.corpus)
    let result = simulation.loadCluster(at: "valid-objects.yaml", strict: true)
    #expect(result.errors.isEmpty && result.warnings.isEmpty)
    #expect(simulation.cluster.store.deployments["default", "valid-web"] != nil)
  }
}
