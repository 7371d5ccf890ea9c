import Foundation
import KubeModel
import Testing

@testable import ClusterSim

/// The scheduler's cache follows every change incrementally; at any moment it must equal a cache rebuilt from the
/// store.
@Suite struct SchedulerCacheTests {
  typealias Fixture = SchedulerFixture

  /// The cache's per-node numbers by node name, for comparison.
  static func usageByNode(_ cache: SchedulerCache) -> [String: NodeUsage] {
    var result: [String: NodeUsage] = [:]
    for slot in cache.usage.indices where cache.usage[slot].podCount != 0 || cache.flags[slot].contains(.exists) {
      result[cache.details[slot].name] = cache.usage[slot]
    }
    return result
  }

  static func expectConsistent(_ sim: Simulation, sourceLocation: SourceLocation = #_sourceLocation) {
    var rebuilt = SchedulerCache(unbuiltWithTree: sim.cluster.scheduler.cache.tree)
    rebuilt.rebuild(from: sim.cluster.store)
    #expect(usageByNode(sim.cluster.scheduler.cache) == usageByNode(rebuilt), sourceLocation: sourceLocation)
    #expect(sim.cluster.scheduler.cache.tree == rebuilt.tree, sourceLocation: sourceLocation)
  }

  @Test func followsBindingsDeletionsResizesAndNodeChanges() throws {
    var sim = Simulation()
    sim.run("node add w1 --cpu 2 --memory 4Gi")
    sim.run("node add w2 --cpu 2 --memory 4Gi --label topology.kubernetes.io/zone=b")
    for index in 1...6 { try Fixture.create(Fixture.pod("web-\(index)", cpu: "300m", memory: "256Mi"), in: &sim) }
    Self.expectConsistent(sim)
    // An in-place resize of a bound pod.
    var pod = sim.cluster.store.pods["default", "web-1"]!
    pod.spec.containers[0].resources.requests["cpu"] = .cpu(milli: 900)
    sim.cluster.write(pod)
    sim.cluster.settle()
    Self.expectConsistent(sim)
    // A finished pod and a deleted one.
    var finished = sim.cluster.store.pods["default", "web-2"]!
    finished.status.phase = "Failed"
    sim.cluster.write(finished)
    sim.run("delete pod web-3 --force --grace-period=0")
    Self.expectConsistent(sim)
    // A node relabelled into another zone, a node deleted with pods still bound, and added back.
    sim.run("label node w1 topology.kubernetes.io/zone=a")
    #expect(sim.cluster.store.pods.keys(onNode: "w2").count > 0)
    sim.cluster.remove(Node.self, ObjectKey(namespace: "", name: "w2"))
    sim.cluster.settle()
    Self.expectConsistent(sim)
    #expect(sim.cluster.scheduler.cache.nodeCount == 1)
    // The pod garbage collector removed the pods of the deleted node; the node returns with only its static pod.
    sim.run("node add w2 --cpu 2 --memory 4Gi")
    let slot = sim.cluster.scheduler.cache.slot(named: "w2")!
    #expect(sim.cluster.scheduler.cache.usage[slot].podCount == Int64(sim.cluster.store.pods.keys(onNode: "w2").count))
    Self.expectConsistent(sim)
  }

  @Test func theFirstChangeAfterDecodingIsNotCountedTwice() throws {
    var sim = Simulation()
    sim.run("node add w1 --cpu 2 --memory 4Gi")
    try Fixture.create(Fixture.pod("filler", cpu: "1500m"), Fixture.pod("waiting", cpu: "1"), in: &sim)
    let data = try JSONEncoder().encode(sim.cluster)
    sim.cluster = try JSONDecoder().decode(ClusterState.self, from: data)
    // The first change the decoded cluster sees frees room for the waiting pod.
    sim.run("delete pod filler --force --grace-period=0")
    #expect(Fixture.node(of: "waiting", in: sim) == "w1")
    Self.expectConsistent(sim)
  }

  @Test func heartbeatsLeaveTheCacheAlone() throws {
    var sim = Simulation()
    sim.run("node add w1")
    try Fixture.create(Fixture.pod("web", cpu: "100m"), in: &sim)
    let slot = sim.cluster.scheduler.cache.slot(named: "w1")!
    let version = sim.cluster.scheduler.cache.nodeVersions[slot]
    var node = sim.cluster.store.nodes["", "w1"]!
    node.status.conditions = [Condition(type: "Ready", status: "True")]
    sim.cluster.write(node)
    #expect(sim.cluster.scheduler.cache.nodeVersions[slot] == version)
    sim.run("cordon w1")
    #expect(sim.cluster.scheduler.cache.nodeVersions[slot] != version)
    #expect(sim.cluster.scheduler.cache.flags[slot].contains(.unschedulable))
  }
}
