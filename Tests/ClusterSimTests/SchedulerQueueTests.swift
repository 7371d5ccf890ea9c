import Foundation
import KubeModel
import Testing

@testable import ClusterSim

/// When a Pending pod is tried again: on cluster events that may help it, and after waiting five minutes.
@Suite struct SchedulerQueueTests {
  typealias Fixture = SchedulerFixture

  /// A worker with 2 cpus, full with a 1500m pod, and a Pending pod that asks for 1 cpu.
  static func fullCluster() throws -> Simulation {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1 --cpu 2 --memory 4Gi")
    try Fixture.create(Fixture.pod("filler", cpu: "1500m"), in: &sim)
    try Fixture.create(Fixture.pod("waiting", cpu: "1"), in: &sim)
    #expect(Fixture.node(of: "waiting", in: sim) == "")
    return sim
  }

  @Test func addingANodeSchedulesAPendingPod() throws {
    var sim = try Self.fullCluster()
    sim.run("node add w2 --cpu 2 --memory 4Gi")
    #expect(Fixture.node(of: "waiting", in: sim) == "w2")
    #expect(Fixture.scheduledCondition(of: "waiting", in: sim)?.status == "True")
    #expect(
      Fixture.events(of: "waiting", in: sim) == [
        "Warning FailedScheduling: 0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: "
          + "1 No preemption victims found for incoming pod.",
        "Normal Scheduled: Successfully assigned default/waiting to w2",
      ])
  }

  @Test func aNodeTooSmallDoesNotRetryThePod() throws {
    var sim = try Self.fullCluster()
    sim.run("node add tiny --cpu 500m --memory 4Gi")
    // NodeResourcesFit's hint: the new node cannot hold the pod, so it is not tried again.
    #expect(Fixture.events(of: "waiting", in: sim).count == 1)
    #expect(Fixture.scheduledCondition(of: "waiting", in: sim)?.message.hasPrefix("0/1 nodes") == true)
  }

  @Test func deletingAPodMakesRoom() throws {
    var sim = try Self.fullCluster()
    sim.run("delete pod filler --force --grace-period=0")
    #expect(Fixture.node(of: "waiting", in: sim) == "w1")
  }

  @Test func aFinishedPodMakesRoom() throws {
    var sim = try Self.fullCluster()
    var filler = sim.cluster.store.pods["default", "filler"]!
    filler.status.phase = "Succeeded"
    sim.cluster.write(filler)
    sim.cluster.settle()
    #expect(Fixture.node(of: "waiting", in: sim) == "w1")
  }

  @Test func aTerminatingPodStillHoldsItsRoom() throws {
    var sim = try Self.fullCluster()
    sim.run("delete pod filler")  // Graceful: the kubelet would finish it; until then it keeps its requests.
    #expect(sim.cluster.store.pods["default", "filler"]?.metadata.deletionTimestamp != nil)
    #expect(Fixture.node(of: "waiting", in: sim) == "")
  }

  @Test func uncordonSchedulesAPendingPod() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1")
    sim.run("cordon w1")
    try Fixture.create(Fixture.pod("web"), in: &sim)
    #expect(Fixture.node(of: "web", in: sim) == "")
    sim.run("uncordon w1")
    #expect(Fixture.node(of: "web", in: sim) == "w1")
  }

  @Test func removingATaintSchedulesAPendingPod() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1 --taint maintenance=true:NoSchedule")
    try Fixture.create(Fixture.pod("web"), in: &sim)
    #expect(Fixture.node(of: "web", in: sim) == "")
    var node = sim.cluster.store.nodes["", "w1"]!
    node.spec.taints = []
    try sim.cluster.update(node)
    sim.cluster.settle()
    #expect(Fixture.node(of: "web", in: sim) == "w1")
  }

  @Test func unrelatedNodeChangesDoNotRetry() throws {
    var sim = try Self.fullCluster()
    sim.run("label node w1 team=payments")
    var node = sim.cluster.store.nodes["", "w1"]!
    node.status.conditions = [Condition(type: "Ready", status: "True")]
    sim.cluster.write(node)
    sim.cluster.settle()
    #expect(Fixture.events(of: "waiting", in: sim).count == 1)
  }

  @Test func addingATolerationRetriesThePod() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1 --taint dedicated=db:NoSchedule")
    try Fixture.create(Fixture.pod("db"), in: &sim)
    #expect(Fixture.node(of: "db", in: sim) == "")
    var pod = sim.cluster.store.pods["default", "db"]!
    pod.spec.tolerations = [Toleration(key: "dedicated", operator: "Equal", value: "db", effect: "NoSchedule")]
    sim.cluster.write(pod)
    sim.cluster.settle()
    #expect(Fixture.node(of: "db", in: sim) == "w1")
  }

  @Test func retriesAfterFiveMinutesAndCountsTheRepeat() throws {
    var sim = try Self.fullCluster()
    sim.run("advance 5m")
    #expect(Fixture.events(of: "waiting", in: sim).count == 1)
    #expect(Fixture.events(of: "waiting", in: sim)[0].hasSuffix("(x2)") == false)
    // The flush runs every 30 seconds and takes pods that waited longer than five minutes.
    sim.run("advance 30s")
    #expect(Fixture.events(of: "waiting", in: sim).count == 1)
    #expect(Fixture.events(of: "waiting", in: sim)[0].hasSuffix("(x2)"))
    sim.run("advance 5m30s")
    #expect(Fixture.events(of: "waiting", in: sim)[0].hasSuffix("(x3)"))
    let condition = Fixture.scheduledCondition(of: "waiting", in: sim)
    #expect(condition?.lastTransitionTime == ClusterState.defaultStart)
  }

  @Test func schedulingGatesHoldAPod() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1")
    try Fixture.create(
      Fixture.pod("gated") { $0.spec.schedulingGates = .array([.object(["name": .string("example.com/quota")])]) },
      in: &sim)
    sim.run("advance 10m")
    #expect(Fixture.node(of: "gated", in: sim) == "")
    #expect(Fixture.events(of: "gated", in: sim).isEmpty)
    var pod = sim.cluster.store.pods["default", "gated"]!
    pod.spec.schedulingGates = nil
    sim.cluster.write(pod)
    sim.cluster.settle()
    #expect(Fixture.node(of: "gated", in: sim) == "w1")
  }

  @Test func deletingAPendingPodForgetsIt() throws {
    var sim = try Self.fullCluster()
    sim.run("delete pod waiting")
    #expect(sim.cluster.store.pods["default", "waiting"] == nil)
    #expect(sim.cluster.scheduler.queue.entries.isEmpty)
    sim.run("advance 10m")
    #expect(sim.cluster.nextWakeup == nil)
  }

  @Test func aSnapshotRebuildsTheCacheAndSchedulesTheSame() throws {
    func scenario(snapshotting: Bool) throws -> [String] {
      var sim = Simulation(seed: 11)
      for index in 1...5 { sim.run("node add w\(index) --cpu 2 --memory 4Gi" + (index == 3 ? " --label zone=a" : "")) }
      for index in 1...12 { try Fixture.create(Fixture.pod("a-\(index)", cpu: "300m", memory: "300Mi"), in: &sim) }
      try Fixture.create(Fixture.pod("big", cpu: "2"), in: &sim)
      if snapshotting {
        let data = try JSONEncoder().encode(sim.cluster)
        sim.cluster = try JSONDecoder().decode(ClusterState.self, from: data)
        #expect(!sim.cluster.scheduler.cache.isBuilt)
      }
      for index in 1...12 { try Fixture.create(Fixture.pod("b-\(index)", cpu: "300m", memory: "300Mi"), in: &sim) }
      sim.run("delete pod a-1 --force --grace-period=0")
      sim.run("node add w6 --cpu 4 --memory 8Gi")
      let names = (2...12).map { "a-\($0)" } + (1...12).map { "b-\($0)" } + ["big"]
      return names.map { Fixture.node(of: $0, in: sim) }
    }
    let plain = try scenario(snapshotting: false)
    #expect(try scenario(snapshotting: true) == plain)
    #expect(plain.last == "w6")
  }
}
