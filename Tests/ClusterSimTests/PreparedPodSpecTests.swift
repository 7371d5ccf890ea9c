import KubeModel
import Testing

@testable import ClusterSim

/// Pods stamped from one template share one prepared spec, and what the API server does to a new pod still
/// happens to each of them.
@Suite struct PreparedPodSpecTests {
  /// Until the scheduler binds them (binding sets `spec.nodeName`), a ReplicaSet's pods are one spec.
  @Test func podsOfAReplicaSetShareTheirDefaultedSpec() throws {
    var sim = Simulation.only(.deployment, .replicaSet)
    _ = sim.apply(Manifests.deployment("api", replicas: 4))
    let pods = sim.cluster.store.pods.list(namespace: "default")
    #expect(pods.count == 4)
    let first = try #require(pods.first)
    #expect(pods.allSatisfy { $0.$spec.isIdentical(to: first.$spec) })
    // The shared spec carries what defaulting and admission add to every pod.
    #expect(first.spec.serviceAccountName == "default")
    #expect(first.spec.containers[0].terminationMessagePath == "/dev/termination-log")
    #expect(first.spec.tolerations.map(\.key).contains("node.kubernetes.io/unreachable"))
    #expect(pods.allSatisfy { $0.status.qosClass == "Burstable" && $0.status.phase == "Pending" })
  }

  @Test func limitRangesStillApplyToEachPod() throws {
    var sim = Simulation.defaultSample()
    _ = sim.apply(
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: defaults
      spec:
        limits:
        - type: Container
          default:
            memory: 256Mi
      """)
    _ = sim.apply(Manifests.deployment("api", replicas: 2))
    sim.cluster.advance(by: .seconds(5))
    let pods = sim.cluster.store.pods.list(namespace: "default").filter { $0.metadata.name.hasPrefix("api-") }
    #expect(pods.count == 2)
    #expect(pods.allSatisfy { $0.spec.containers[0].resources.limits["memory"]?.description == "256Mi" })
    #expect(pods.allSatisfy { $0.metadata.annotations["kubernetes.io/limit-ranger"] != nil })
  }
}
