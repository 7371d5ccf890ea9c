import ClusterSim
import Dashboard
import KubeModel
import Testing

/// `kubarium bench` at CI size: every figure is printed and the cluster really got where each measurement says it
/// did. No timing is asserted; timings belong to the benchmark's own output.
@Suite struct BenchmarkTests {
  @Test func ciSizedBenchmarkPrintsEveryFigureOfAConvergedCluster() {
    var benchmark = Benchmark(size: LargeCluster(nodes: 50, pods: 1_500), rolloutReplicas: 200, failedNodes: 2)
    benchmark.frameRenderer = FrameBenchmark.renderer
    var figures: [Benchmark.Figure] = []
    let simulation = benchmark.run { figures.append($0) }

    let names = figures.map(\.name)
    #expect(
      names == [
        "load_seconds", "converge_seconds", "schedule_pods_per_second", "pods_running", "idle_advance_ms",
        "frame_ms_p50", "frame_ms_p99", "rollout_seconds", "rollout_pods_per_second", "node_failure_seconds",
        "peak_rss_mb", "bytes_per_pod",
      ])
    for figure in figures {
      #expect(figure.value.isFinite && figure.value >= 0, "\(figure.line)")
      #expect(figure.line.hasPrefix(figure.name + ": ") && figure.line.hasSuffix(" " + figure.unit))
    }
    // Running and Ready when convergence was timed: 1,500 Deployment pods, the benchmark's DaemonSet and kube-proxy
    // on each of the 50 nodes, and CoreDNS's two replicas.
    let expectedPods: Double = 1_500 + 50 + 50 + 2
    #expect(figures.first { $0.name == "pods_running" }?.value == expectedPods)

    let cluster = simulation.cluster
    let big = cluster.store.deployments["default", "big"]
    #expect(big?.spec.template.spec.containers.first?.image == "nginx:1.28")
    #expect(big?.status.updatedReplicas == 200 && big?.status.availableReplicas == 200)

    // After the node failure every Deployment is whole again, and none of its pods is left on a failed node.
    let failed = Set(cluster.store.nodes.keys().prefix(2).map(\.name))
    for deployment in cluster.store.deployments.list() {
      let replicas = deployment.spec.replicas ?? 1
      #expect(deployment.status.availableReplicas == replicas, "\(deployment.metadata.name)")
    }
    let stranded = failed.flatMap { cluster.store.pods.keys(onNode: $0) }.compactMap { cluster.store.pods[$0] }
      .filter { $0.metadata.ownerReferences.first?.kind == "ReplicaSet" && $0.metadata.deletionTimestamp == nil }
    #expect(stranded.isEmpty, "\(stranded.map(\.metadata.name))")
  }
}
