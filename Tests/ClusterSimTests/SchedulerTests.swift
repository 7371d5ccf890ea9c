import KubeModel
import Testing

@testable import ClusterSim

/// What a user sees of the scheduler: where pods land, and why a pod stays Pending.
@Suite struct SchedulerTests {
  typealias Fixture = SchedulerFixture

  @Test func bindsAPodAndReportsIt() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1 --cpu 2 --memory 4Gi")
    try Fixture.create(Fixture.pod("web", cpu: "500m", memory: "256Mi"), in: &sim)
    #expect(Fixture.node(of: "web", in: sim) == "w1")
    #expect(Fixture.wideNode(of: "web", in: &sim) == "w1")
    let condition = Fixture.scheduledCondition(of: "web", in: sim)
    #expect(condition?.status == "True")
    #expect(condition?.reason == "")
    #expect(condition?.lastTransitionTime == sim.cluster.now)
    #expect(
      Fixture.events(of: "web", in: sim) == ["Normal Scheduled: Successfully assigned default/web to w1"])
    let event = sim.cluster.store.events.all.last
    #expect(event?.source.component == "default-scheduler")
    // No kubelet in this branch: the pod stays Pending after binding.
    #expect(sim.run("get pods").output.contains("web    0/1     Pending"))
  }

  @Test func explainsWhyAPodIsPending() throws {
    var sim = Simulation.only(.scheduler)
    sim.run(
      "node add cp --cpu 4 --memory 8Gi --role control-plane --taint node-role.kubernetes.io/control-plane:NoSchedule")
    for index in 1...3 { sim.run("node add w\(index) --cpu 2 --memory 4Gi") }
    for index in 1...3 { try Fixture.create(Fixture.pod("filler-\(index)", cpu: "1500m"), in: &sim) }
    #expect(Set((1...3).map { Fixture.node(of: "filler-\($0)", in: sim) }) == ["w1", "w2", "w3"])
    try Fixture.create(Fixture.pod("big", cpu: "1"), in: &sim)
    let message =
      "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
      + "3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, "
      + "3 No preemption victims found for incoming pod."
    #expect(Fixture.node(of: "big", in: sim) == "")
    #expect(Fixture.wideNode(of: "big", in: &sim) == "<none>")
    let condition = Fixture.scheduledCondition(of: "big", in: sim)
    #expect(condition?.status == "False")
    #expect(condition?.reason == "Unschedulable")
    #expect(condition?.message == message)
    #expect(Fixture.events(of: "big", in: sim) == ["Warning FailedScheduling: " + message])
    #expect(sim.run("describe pod big").output.contains("FailedScheduling  0s    default-scheduler  " + message))
  }

  @Test func aRequestLargerThanAnyNodeIsNotHelpedByPreemption() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1 --cpu 1 --memory 2Gi")
    sim.run("node add w2 --cpu 1 --memory 2Gi")
    try Fixture.create(Fixture.pod("huge", cpu: "3", memory: "3Gi"), in: &sim)
    #expect(
      Fixture.scheduledCondition(of: "huge", in: sim)?.message
        == "0/2 nodes are available: 2 Insufficient cpu, 2 Insufficient memory. preemption: 0/2 nodes are available: "
        + "2 Preemption is not helpful for scheduling.")
  }

  @Test func noNodesAtAll() throws {
    var sim = Simulation.only(.scheduler)
    try Fixture.create(Fixture.pod("web"), in: &sim)
    #expect(Fixture.scheduledCondition(of: "web", in: sim)?.message == "no nodes available to schedule pods")
    #expect(Fixture.events(of: "web", in: sim) == ["Warning FailedScheduling: no nodes available to schedule pods"])
    sim.run("node add w1")
    #expect(Fixture.node(of: "web", in: sim) == "w1")
    #expect(Fixture.scheduledCondition(of: "web", in: sim)?.status == "True")
    #expect(Fixture.scheduledCondition(of: "web", in: sim)?.message == "")
  }

  @Test func spreadsPodsOverEqualNodes() throws {
    var sim = Simulation.only(.scheduler)
    for index in 1...3 { sim.run("node add w\(index) --cpu 4 --memory 8Gi") }
    for index in 1...6 { try Fixture.create(Fixture.pod("web-\(index)", cpu: "500m", memory: "512Mi"), in: &sim) }
    var perNode: [String: Int] = [:]
    for index in 1...6 { perNode[Fixture.node(of: "web-\(index)", in: sim), default: 0] += 1 }
    #expect(perNode == ["w1": 2, "w2": 2, "w3": 2])
  }

  @Test func prefersTheLeastAllocatedNode() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add small --cpu 2 --memory 4Gi")
    sim.run("node add large --cpu 8 --memory 16Gi")
    try Fixture.create(Fixture.pod("web", cpu: "1", memory: "1Gi"), in: &sim)
    #expect(Fixture.node(of: "web", in: sim) == "large")
  }

  @Test func podsWithoutRequestsCountTheSchedulingDefaults() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add a --cpu 1 --memory 2Gi")
    sim.run("node add b --cpu 1 --memory 2Gi")
    // Best-effort pods request nothing, but LeastAllocated counts 100m and 200Mi each, so they alternate.
    for index in 1...4 { try Fixture.create(Fixture.pod("be-\(index)"), in: &sim) }
    let nodes = (1...4).map { Fixture.node(of: "be-\($0)", in: sim) }
    #expect(nodes.filter { $0 == "a" }.count == 2)
    #expect(nodes.filter { $0 == "b" }.count == 2)
  }

  @Test func tooManyPods() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1 --pods 1")
    try Fixture.create(Fixture.pod("first"), Fixture.pod("second"), in: &sim)
    #expect(Fixture.node(of: "first", in: sim) == "w1")
    #expect(
      Fixture.scheduledCondition(of: "second", in: sim)?.message
        == "0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: "
        + "1 No preemption victims found for incoming pod.")
  }

  @Test func skipsCordonedNodesUnlessTolerated() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1")
    sim.run("node add w2")
    sim.run("cordon w1")
    for index in 1...4 { try Fixture.create(Fixture.pod("web-\(index)", cpu: "100m"), in: &sim) }
    #expect((1...4).allSatisfy { Fixture.node(of: "web-\($0)", in: sim) == "w2" })
    sim.run("cordon w2")
    try Fixture.create(Fixture.pod("stuck"), in: &sim)
    #expect(
      Fixture.scheduledCondition(of: "stuck", in: sim)?.message
        == "0/2 nodes are available: 2 node(s) were unschedulable. preemption: 0/2 nodes are available: "
        + "2 Preemption is not helpful for scheduling.")
    let tolerant = Fixture.pod("tolerant") {
      $0.spec.tolerations = [
        Toleration(key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule")
      ]
    }
    try Fixture.create(tolerant, in: &sim)
    #expect(Fixture.node(of: "tolerant", in: sim) != "")
  }

  @Test func nodeSelector() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1")
    sim.run("node add w2 --label disk=ssd")
    sim.run("node add w3")
    for index in 1...3 {
      try Fixture.create(Fixture.pod("db-\(index)") { $0.spec.nodeSelector = ["disk": "ssd"] }, in: &sim)
    }
    #expect((1...3).allSatisfy { Fixture.node(of: "db-\($0)", in: sim) == "w2" })
    try Fixture.create(Fixture.pod("gpu") { $0.spec.nodeSelector = ["accelerator": "gpu"] }, in: &sim)
    #expect(
      Fixture.scheduledCondition(of: "gpu", in: sim)?.message
        == "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: "
        + "0/3 nodes are available: 3 Preemption is not helpful for scheduling.")
    // Labelling a node is an event that lets the pod in.
    sim.run("label node w3 accelerator=gpu")
    #expect(Fixture.node(of: "gpu", in: sim) == "w3")
  }

  @Test func podsWithDifferentSelectorsDoNotShareAnswers() throws {
    var sim = Simulation()
    for index in 1...6 { sim.run("node add w\(index) --label disk=" + (index % 2 == 0 ? "ssd" : "hdd")) }
    for index in 1...12 {
      let disk = index % 2 == 0 ? "ssd" : "hdd"
      try Fixture.create(Fixture.pod("p-\(index)", cpu: "100m") { $0.spec.nodeSelector = ["disk": disk] }, in: &sim)
    }
    for index in 1...12 {
      let node = Fixture.node(of: "p-\(index)", in: sim)
      let nodeIndex = Int(node.dropFirst())!
      #expect(nodeIndex % 2 == index % 2, "p-\(index) on \(node)")
    }
  }

  @Test func requiredNodeAffinity() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add a --label zone=east")
    sim.run("node add b --label zone=west")
    sim.run("node add c --label zone=north")
    let pod = Fixture.pod("web") {
      var affinity = Affinity()
      var nodeAffinity = NodeAffinity()
      nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = NodeSelector(nodeSelectorTerms: [
        NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "zone", operator: "In", values: ["west"])]),
        NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "zone", operator: "In", values: ["south"])]),
      ])
      affinity.nodeAffinity = nodeAffinity
      $0.spec.affinity = affinity
    }
    try Fixture.create(pod, in: &sim)
    #expect(Fixture.node(of: "web", in: sim) == "b")
    let byName = Fixture.pod("pinned") {
      var term = NodeSelectorTerm()
      term.matchFields = [NodeSelectorRequirement(key: "metadata.name", operator: "In", values: ["c"])]
      var nodeAffinity = NodeAffinity()
      nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = NodeSelector(nodeSelectorTerms: [term])
      var affinity = Affinity()
      affinity.nodeAffinity = nodeAffinity
      $0.spec.affinity = affinity
    }
    try Fixture.create(byName, in: &sim)
    #expect(Fixture.node(of: "pinned", in: sim) == "c")
  }

  /// A pod pinned by name (as a DaemonSet pins its pods) is only tried on its node; the others are counted as
  /// NodeAffinity's PreFilter leaves them out.
  @Test func podsPinnedByNameSkipTheOtherNodes() throws {
    var sim = Simulation.only(.scheduler)
    for name in ["a", "b", "c", "d"] { sim.run("node add \(name)") }
    sim.run("cordon c")
    let pinned = Fixture.pod("pinned") {
      var term = NodeSelectorTerm()
      term.matchFields = [NodeSelectorRequirement(key: "metadata.name", operator: "In", values: ["c"])]
      var nodeAffinity = NodeAffinity()
      nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = NodeSelector(nodeSelectorTerms: [term])
      var affinity = Affinity()
      affinity.nodeAffinity = nodeAffinity
      $0.spec.affinity = affinity
    }
    try Fixture.create(pinned, in: &sim)
    #expect(
      Fixture.scheduledCondition(of: "pinned", in: sim)?.message
        == "0/4 nodes are available: 1 node(s) were unschedulable, 3 node(s) didn't satisfy plugin(s) "
        + "[NodeAffinity]. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.")
    sim.run("uncordon c")
    #expect(Fixture.node(of: "pinned", in: sim) == "c")
  }

  @Test func preferredNodeAffinity() throws {
    var sim = Simulation.only(.scheduler)
    for name in ["a", "b", "c", "d"] { sim.run("node add \(name)" + (name == "c" ? " --label tier=fast" : "")) }
    for index in 1...3 {
      let pod = Fixture.pod("web-\(index)", cpu: "100m") {
        var preferred = PreferredSchedulingTerm()
        preferred.weight = 50
        preferred.preference = NodeSelectorTerm(matchExpressions: [
          NodeSelectorRequirement(key: "tier", operator: "Exists")
        ])
        var nodeAffinity = NodeAffinity()
        nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution = [preferred]
        var affinity = Affinity()
        affinity.nodeAffinity = nodeAffinity
        $0.spec.affinity = affinity
      }
      try Fixture.create(pod, in: &sim)
    }
    // NodeAffinity (weight 2, up to 200) outweighs the small differences in resource scores.
    #expect((1...3).allSatisfy { Fixture.node(of: "web-\($0)", in: sim) == "c" })
  }

  @Test func taintsAndTolerations() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add gpu --taint nvidia.com/gpu=present:NoSchedule")
    sim.run("node add edge --taint site=edge:NoExecute")
    try Fixture.create(Fixture.pod("plain"), in: &sim)
    #expect(
      Fixture.scheduledCondition(of: "plain", in: sim)?.message
        == "0/2 nodes are available: 1 node(s) had untolerated taint {nvidia.com/gpu: present}, "
        + "1 node(s) had untolerated taint {site: edge}. preemption: 0/2 nodes are available: "
        + "2 Preemption is not helpful for scheduling.")
    let trainer = Fixture.pod("trainer") {
      $0.spec.tolerations = [
        Toleration(key: "nvidia.com/gpu", operator: "Equal", value: "present", effect: "NoSchedule")
      ]
    }
    try Fixture.create(trainer, in: &sim)
    #expect(Fixture.node(of: "trainer", in: sim) == "gpu")
    let anything = Fixture.pod("anything") { $0.spec.tolerations = [Toleration(operator: "Exists")] }
    try Fixture.create(anything, in: &sim)
    #expect(Fixture.node(of: "anything", in: sim) != "")
  }

  @Test func preferNoScheduleTaintsAreAvoidedWhenPossible() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add spot --cpu 8 --memory 32Gi --taint lifecycle=spot:PreferNoSchedule")
    sim.run("node add regular --cpu 4 --memory 16Gi")
    for index in 1...3 { try Fixture.create(Fixture.pod("web-\(index)", cpu: "100m"), in: &sim) }
    // The bigger spot node would win on resources; TaintToleration (weight 3) keeps the pods off it.
    #expect((1...3).allSatisfy { Fixture.node(of: "web-\($0)", in: sim) == "regular" })
  }

  @Test func hostPortsConflict() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1")
    sim.run("node add w2")
    func proxy(_ name: String) -> Pod {
      Fixture.pod(name) {
        var port = ContainerPort(name: "http", containerPort: 80, protocol: "TCP")
        port.hostPort = 8080
        $0.spec.containers[0].ports = [port]
      }
    }
    try Fixture.create(proxy("proxy-1"), proxy("proxy-2"), proxy("proxy-3"), in: &sim)
    #expect(Set([Fixture.node(of: "proxy-1", in: sim), Fixture.node(of: "proxy-2", in: sim)]) == ["w1", "w2"])
    #expect(
      Fixture.scheduledCondition(of: "proxy-3", in: sim)?.message
        == "0/2 nodes are available: 2 node(s) didn't have free ports for the requested pod ports. preemption: "
        + "0/2 nodes are available: 2 No preemption victims found for incoming pod.")
    // Deleting a pod that holds the port lets the waiting one in.
    sim.run("delete pod proxy-1 --force --grace-period=0")
    #expect(Fixture.node(of: "proxy-3", in: sim) != "")
  }

  @Test func preemptionPolicyNever() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1 --cpu 1")
    try Fixture.create(Fixture.pod("big", cpu: "2") { $0.spec.preemptionPolicy = "Never" }, in: &sim)
    #expect(
      Fixture.scheduledCondition(of: "big", in: sim)?.message
        == "0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.")
  }

  @Test func extendedResources() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1")
    try Fixture.create(
      Fixture.pod("trainer") {
        $0.spec.containers[0].resources.requests["example.com/gpu"] = Quantity(value: 1, format: .decimalSI)
      }, in: &sim)
    #expect(
      Fixture.scheduledCondition(of: "trainer", in: sim)?.message
        == "0/1 nodes are available: 1 Insufficient example.com/gpu. preemption: 0/1 nodes are available: "
        + "1 Preemption is not helpful for scheduling.")
  }

  @Test func leavesPodsOfOtherSchedulersAndBoundPodsAlone() throws {
    var sim = Simulation.only(.scheduler)
    sim.run("node add w1")
    sim.run("node add w2")
    try Fixture.create(Fixture.pod("custom") { $0.spec.schedulerName = "my-scheduler" }, in: &sim)
    #expect(Fixture.node(of: "custom", in: sim) == "")
    #expect(Fixture.events(of: "custom", in: sim).isEmpty)
    try Fixture.create(Fixture.pod("pinned", cpu: "1") { $0.spec.nodeName = "w2" }, in: &sim)
    #expect(Fixture.node(of: "pinned", in: sim) == "w2")
    #expect(Fixture.events(of: "pinned", in: sim).isEmpty)
  }

  @Test func placementsAreDeterministic() throws {
    func run(seed: UInt64) throws -> [String] {
      var sim = Simulation(seed: seed)
      for index in 1...20 { sim.run("node add w\(index) --cpu 4 --memory 8Gi") }
      for index in 1...60 { try Fixture.create(Fixture.pod("web-\(index)", cpu: "250m", memory: "256Mi"), in: &sim) }
      return (1...60).map { Fixture.node(of: "web-\($0)", in: sim) }
    }
    let first = try run(seed: 7)
    #expect(try run(seed: 7) == first)
    #expect(!first.contains(""))
  }
}
