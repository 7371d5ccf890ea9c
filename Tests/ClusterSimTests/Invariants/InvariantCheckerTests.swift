import ClusterSim
import KubeModel
import Testing

/// The invariant checks themselves: each must notice a cluster that breaks it, or a clean run proves nothing.
/// The broken clusters are built with every controller off, so nothing repairs them.
@Suite struct InvariantCheckerTests {
  static func cluster(_ manifest: String) -> Simulation {
    var simulation = Simulation.withoutControllers()
    simulation.must("node add small --cpu 1 --memory 1Gi --pods 2")
    simulation.apply(manifest)
    return simulation
  }

  static func pod(_ name: String, node: String, cpu: String = "100m", owner: String = "") -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata:
      name: \(name)
    \(owner.isEmpty ? "" : "  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: gone, uid: \(owner)}]")
    spec:
      nodeName: \(node)
      containers:
      - name: c
        image: nginx
        resources: {requests: {cpu: \(cpu), memory: 64Mi}}

    """
  }

  @Test func anOvercommittedNodeIsReported() {
    let simulation = Self.cluster(
      Self.pod("a", node: "small", cpu: "800m") + "---\n" + Self.pod("b", node: "small", cpu: "800m"))
    #expect(ClusterInvariants.capacity(simulation.cluster).first?.hasPrefix("node small holds 1600m cpu") == true)
  }

  @Test func tooManyPodsOnANodeAreReported() {
    let simulation = Self.cluster(
      ["a", "b", "c"].map { Self.pod($0, node: "small", cpu: "10m") }.joined(separator: "---\n"))
    #expect(ClusterInvariants.capacity(simulation.cluster).first?.contains("3 pods") == true)
  }

  @Test func aPodOnAMissingNodeIsReported() {
    let simulation = Self.cluster(Self.pod("a", node: "ghost"))
    #expect(ClusterInvariants.bindings(simulation.cluster) == ["pod a is bound to node ghost, which does not exist"])
  }

  @Test func anOrphanThatIsNotBeingCollectedIsReported() {
    let simulation = Self.cluster(Self.pod("a", node: "small", owner: "no-such-uid"))
    #expect(ClusterInvariants.owners(simulation.cluster).first?.hasPrefix("Pod a is owned by ReplicaSet gone") == true)
  }

  @Test func replicaSetsAboveTheSurgeAreReported() {
    var simulation = Self.cluster(Manifests.deployment("web", replicas: 2))
    // With controllers off, make the ReplicaSets by hand: two of 2 replicas for a Deployment of 2 (surge 1).
    let deployment = simulation.cluster.store.deployments["default", "web"]!
    for name in ["web-a", "web-b"] {
      var set = ReplicaSet()
      set.metadata.name = name
      set.metadata.namespace = "default"
      set.metadata.ownerReferences = [
        OwnerReference(apiVersion: "apps/v1", kind: "Deployment", name: "web", uid: deployment.metadata.uid)
      ]
      set.spec.replicas = 2
      set.spec.selector = deployment.spec.selector
      set.spec.template = deployment.spec.template
      _ = try? simulation.cluster.create(set)
    }
    #expect(ClusterInvariants.surge(simulation.cluster).first?.contains("more than replicas + maxSurge = 3") == true)
    #expect(ClusterInvariants.convergence(of: deployment, in: simulation.cluster) != nil)
    #expect(ClusterInvariants.availability(of: deployment, in: simulation.cluster) != nil)
    #expect(!ClusterInvariants.counts(simulation.cluster).isEmpty)
  }

  @Test func aHealthyClusterHasNoViolations() {
    var simulation = Simulation.defaultSample()
    simulation.must("advance 1m")
    #expect(ClusterInvariants.safety(simulation.cluster).isEmpty)
    let web = simulation.cluster.store.deployments["default", "web"]!
    #expect(ClusterInvariants.convergence(of: web, in: simulation.cluster) == nil)
    #expect(ClusterInvariants.availability(of: web, in: simulation.cluster) == nil)
  }
}
