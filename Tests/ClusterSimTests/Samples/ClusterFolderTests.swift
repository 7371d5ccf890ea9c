import ClusterSim
import Foundation
import Testing

/// What a cluster folder holds besides its manifests: template defaults in `variables.env`, manifests for later in
/// `steps/`, and the image catalog, which must apply to the pods loaded with the folder.
@Suite struct ClusterFolderTests {
  static let secret = """
    apiVersion: v1
    kind: Secret
    metadata:
      name: db
    stringData:
      url: ${DB_URL}
    """

  static func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }

  func loaded(
    _ files: [String: String], variables: [String: String] = [:], environment: [String: String] = [:]
  )
    throws -> (Simulation, CommandResult)
  {
    let folder = try TemporaryFolder(files)
    defer { folder.remove() }
    var sim = Simulation(warmUp: Simulation.defaultWarmUp, variables: variables, environment: environment)
    let result = sim.loadCluster(at: folder.path)
    return (sim, result)
  }

  @Test func variablesFileGivesTemplatesTheirDefaults() throws {
    let (sim, result) = try loaded(["db.yaml": Self.secret, "variables.env": "# default\nDB_URL=postgres://db/app\n"])
    #expect(result.errors.isEmpty && result.warnings.isEmpty, "\(result)")
    #expect(sim.cluster.store.secrets["default", "db"]?.data["url"] == Self.base64("postgres://db/app"))
  }

  @Test func setAndTheEnvironmentComeBeforeTheDefaults() throws {
    let files = ["db.yaml": Self.secret, "variables.env": "DB_URL=default\n"]
    let (fromSet, _) = try loaded(files, variables: ["DB_URL": "set"], environment: ["DB_URL": "env"])
    #expect(fromSet.cluster.store.secrets["default", "db"]?.data["url"] == Self.base64("set"))
    let (fromEnvironment, _) = try loaded(files, environment: ["DB_URL": "env"])
    #expect(fromEnvironment.cluster.store.secrets["default", "db"]?.data["url"] == Self.base64("env"))
  }

  @Test func withoutTheFileAnUnsetTemplateIsStillAnError() throws {
    let (_, result) = try loaded(["db.yaml": Self.secret])
    #expect(result.errors.contains { $0.contains("variable DB_URL is not set") }, "\(result)")
  }

  @Test func aMalformedVariablesFileIsAnErrorNamingItsLine() throws {
    let (_, result) = try loaded(["db.yaml": Self.secret, "variables.env": "DB_URL=x\nnot a line\n"])
    #expect(result.errors.contains { $0.contains("variables.env:2: expected NAME=VALUE") }, "\(result)")
  }

  @Test func stepsAreLeftForTheScenario() throws {
    let files = [
      "web.yaml": Manifests.deployment("web", replicas: 1),
      "steps/web-v2.yaml": Manifests.deployment("web", replicas: 1, image: "nginx:1.28"),
      "steps/extra.yaml": Manifests.deployment("extra", replicas: 1),
      "more/api.yaml": Manifests.deployment("api", replicas: 1),
      "README.md": "# not a manifest",
    ]
    let folder = try TemporaryFolder(files)
    defer { folder.remove() }
    var sim = Simulation()
    let result = sim.loadCluster(at: folder.path)
    #expect(result.errors.isEmpty && result.warnings.isEmpty, "\(result)")
    #expect(sim.cluster.store.deployments.keys(namespace: "default").map(\.name).sorted() == ["api", "web"])
    #expect(sim.cluster.store.deployments["default", "web"]?.spec.template.spec.containers[0].image == "nginx:1.27")
    #expect(sim.must("apply -f \(folder.path)/steps/web-v2.yaml") == "deployment.apps/web configured\n")
  }

  @Test func theCatalogAppliesToThePodsLoadedWithTheCluster() throws {
    let catalog = """
      images:
      - image: "example/flaky:*"
        crashAfter: 20s
      """
    let deployment = Manifests.deployment("flaky", replicas: 1, image: "example/flaky:1.0", readiness: false)
    let nodes = DefaultCluster.manifests.first { $0.file == "nodes.yaml" }!.text
    let (sim, result) = try loaded(["nodes.yaml": nodes, "flaky.yaml": deployment, "catalog.kubarium": catalog])
    #expect(result.errors.isEmpty, "\(result)")
    // Five minutes of warm-up: the container has crashed and been restarted several times.
    let pod = sim.cluster.store.pods.list().first { $0.metadata.labels["app"] == "flaky" }
    #expect((pod?.status.containerStatuses.first?.restartCount ?? 0) >= 3)
  }
}
