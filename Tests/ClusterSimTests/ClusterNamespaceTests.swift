import Testing

@testable import ClusterSim

/// Tutorials create their namespace with `kubectl create namespace` before applying a manifest that lives in it. A
/// cluster loaded whole gets those namespaces; `apply -f` still answers as kubectl does.
@Suite struct ClusterNamespaceTests {
  static let manifest = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: cpu-demo
      namespace: cpu-example
    spec:
      containers:
      - name: app
        image: nginx
    """

  @Test func aLoadedClusterGetsTheNamespacesItsObjectsLiveIn() throws {
    let folder = try TemporaryFolder(["pod.yaml": Self.manifest])
    defer { folder.remove() }
    var simulation = Simulation(workingDirectory: folder.path)
    let result = simulation.loadCluster(at: folder.path + "/pod.yaml")
    #expect(result.errors.isEmpty && result.warnings.isEmpty, "\(result.errors + result.warnings)")
    #expect(result.notices.contains { $0.hasSuffix("created \"cpu-example\", as `kubectl create namespace` would") })
    simulation.run("advance 30s")
    let pods = simulation.run("get pods -n cpu-example").output
    #expect(pods.contains("cpu-demo   1/1     Running"), "\(pods)")
  }

  @Test func applyOfAnObjectInAMissingNamespaceIsNotFound() throws {
    let folder = try TemporaryFolder(["pod.yaml": Self.manifest])
    defer { folder.remove() }
    var simulation = Simulation(workingDirectory: folder.path)
    let result = simulation.run("apply -f pod.yaml")
    #expect(result.errors == ["pod.yaml:5: Error from server (NotFound): namespaces \"cpu-example\" not found"])
    #expect(simulation.run("get ns cpu-example").errors.count == 1)
  }
}
