import KubeModel
import Testing

@testable import ClusterSim

/// The upstream rules behind the scheduler's pieces, checked one by one.
@Suite struct SchedulerRulesTests {
  @Test(arguments: [
    (1, 1), (99, 99), (100, 100), (400, 188), (1_000, 420), (5_000, 500), (6_000, 300), (10_000, 500),
    (20_000, 1_000),
  ])
  func numFeasibleNodesToFind(nodes: Int, expected: Int) {
    #expect(NodeSelection.numFeasibleNodesToFind(nodes) == expected)
  }

  static func container(_ cpu: String, _ memory: String, restartPolicy: String? = nil) -> Container {
    var container = Container(name: "c", image: "busybox")
    container.resources.requests = ["cpu": try! Quantity(parsing: cpu), "memory": try! Quantity(parsing: memory)]
    container.restartPolicy = restartPolicy
    return container
  }

  @Test func initContainersTakeTheMaximum() {
    // The example of upstream's `computePodResourceRequest`.
    var spec = PodSpec()
    spec.initContainers = [Self.container("2", "1G"), Self.container("2", "3G")]
    spec.containers = [Self.container("2", "1G"), Self.container("1", "1G")]
    let requests = PodRequests(spec).requests.native
    #expect(requests.milliCPU == 3000)
    #expect(requests.memory == 3_000_000_000)
  }

  @Test func sidecarsAddUpAndOverheadIsAdded() {
    var spec = PodSpec()
    spec.initContainers = [
      Self.container("500m", "100Mi", restartPolicy: "Always"), Self.container("2", "50Mi"),
    ]
    spec.containers = [Self.container("1", "200Mi")]
    spec.overhead = ["cpu": .cpu(milli: 100)]
    let requests = PodRequests(spec)
    // max(1 + 0.5 sidecar, 2 init + 0.5 sidecar) + 0.1 overhead; memory max(200Mi + 100Mi, 50Mi + 100Mi).
    #expect(requests.requests.native.milliCPU == 2600)
    #expect(requests.requests.native.memory == 300 * 1024 * 1024)
  }

  @Test func scoringDefaultsForContainersWithoutRequests() {
    var spec = PodSpec()
    var withCPU = Container(name: "a", image: "busybox")
    withCPU.resources.requests = ["cpu": .cpu(milli: 250)]
    spec.containers = [withCPU, Container(name: "b", image: "busybox")]
    let requests = PodRequests(spec)
    #expect(requests.requests.native.milliCPU == 250)
    #expect(requests.requests.native.memory == 0)
    #expect(requests.nonZeroMilliCPU == 350)
    #expect(requests.nonZeroMemory == 2 * 200 * 1024 * 1024)
  }

  @Test func podLevelRequestsReplaceTheContainers() {
    var spec = PodSpec()
    spec.containers = [Self.container("1", "1Gi"), Container(name: "b", image: "busybox")]
    spec.resources = ResourceRequirements(requests: ["cpu": .cpu(milli: 500)])
    let requests = PodRequests(spec)
    #expect(requests.requests.native.milliCPU == 500)
    #expect(requests.nonZeroMilliCPU == 500)
    // Memory is named by a container, so the other container adds no default.
    #expect(requests.nonZeroMemory == 1024 * 1024 * 1024)
  }

  static func usage(cpu: Int64, memory: Int64, requestedCPU: Int64, requestedMemory: Int64) -> NodeUsage {
    var node = NodeUsage()
    node.allocatable = ResourceAmounts(milliCPU: cpu, memory: memory, ephemeralStorage: 0)
    node.requested = ResourceAmounts(milliCPU: requestedCPU, memory: requestedMemory, ephemeralStorage: 0)
    node.nonZeroMilliCPU = requestedCPU
    node.nonZeroMemory = requestedMemory
    node.allowedPodCount = 110
    return node
  }

  static func requirements(cpu: String, memory: String) -> PodRequirements {
    PodRequirements(PodSpec(containers: [container(cpu, memory)]))
  }

  @Test func leastAllocatedAndBalancedAllocation() {
    let gi: Int64 = 1024 * 1024 * 1024
    let pod = Self.requirements(cpu: "1", memory: "4Gi")
    let half = Self.usage(cpu: 4000, memory: 16 * gi, requestedCPU: 1000, requestedMemory: 4 * gi)
    #expect(Scores.leastAllocated(pod, half) == 50)
    #expect(Scores.balancedAllocation(pod, half) == 100)
    // cpu 3/4 used, memory 1/4: least (25 + 75) / 2, balanced (1 - 0.25) * 100.
    let skewed = Self.usage(cpu: 4000, memory: 16 * gi, requestedCPU: 2000, requestedMemory: 0)
    #expect(Scores.leastAllocated(pod, skewed) == 50)
    #expect(Scores.balancedAllocation(pod, skewed) == 75)
    // Over capacity scores 0 for that resource; fractions are capped at 1.
    let full = Self.usage(cpu: 1000, memory: 16 * gi, requestedCPU: 1000, requestedMemory: 0)
    #expect(Scores.leastAllocated(pod, full) == 37)
    #expect(Scores.balancedAllocation(pod, full) == 62)
  }

  @Test func leastRequestedMatchesIntegerDivision() {
    var random = SeededRandom(seed: 3)
    for _ in 0..<20_000 {
      let capacity = Int64(random.next() % (1 << 45)) + 1
      let requested = Int64(random.next() % UInt64(capacity + 1))
      #expect(Scores.leastRequested(requested, capacity) == (capacity - requested) * 100 / capacity)
    }
    #expect(Scores.leastRequested(1 << 50, 1 << 52) == 75)
  }

  @Test func normalizeScores() {
    var taints: [Int64] = [0, 1, 2]
    Scores.normalize(&taints, reverse: true)
    #expect(taints == [100, 50, 0])
    var none: [Int64] = [0, 0]
    Scores.normalize(&none, reverse: true)
    #expect(none == [100, 100])
    var affinity: [Int64] = [0, 30, 60]
    Scores.normalize(&affinity, reverse: false)
    #expect(affinity == [0, 50, 100])
  }

  @Test func reasonsAreSortedBytewise() {
    let text = FitError.available(12, ["Insufficient cpu": 10, "node(s) were unschedulable": 2])
    #expect(text == "0/12 nodes are available: 10 Insufficient cpu, 2 node(s) were unschedulable.")
    #expect(FitError.available(0, [:]) == "0/0 nodes are available:")
  }

  @Test func eventMessagesAreTruncated() {
    let long = String(repeating: "x", count: 2000)
    let truncated = FitError.truncatedForEvent(long)
    #expect(truncated.utf8.count == 1024)
    #expect(truncated.hasSuffix("x ..."))
    #expect(FitError.truncatedForEvent("short") == "short")
  }

  @Test func nodeTreeInterleavesZones() {
    var tree = NodeTree()
    tree.add("a1", zone: "a")
    tree.add("a2", zone: "a")
    tree.add("a3", zone: "a")
    tree.add("b1", zone: "b")
    tree.add("c1", zone: "c")
    tree.add("c2", zone: "c")
    #expect(tree.list() == ["a1", "b1", "c1", "a2", "c2", "a3"])
    tree.remove("b1", zone: "b")
    #expect(tree.zones == ["a", "c"])
    #expect(tree.list() == ["a1", "c1", "a2", "c2", "a3"])
    #expect(NodeTree.zoneKey(["topology.kubernetes.io/zone": "z1"]) == ":\u{0}:z1")
    #expect(NodeTree.zoneKey([:]) == "")
  }

  @Test func searchRotatesThroughTheNodes() throws {
    var sim = Simulation.only(.scheduler)
    for index in 0..<300 { sim.run("node add n\(index)") }
    // 300 nodes: a search stops once 48% of them (50 - 300/125), 144 nodes, fit; the next starts after them.
    #expect(NodeSelection.numFeasibleNodesToFind(300) == 144)
    try SchedulerFixture.create(SchedulerFixture.pod("first"), in: &sim)
    #expect(sim.cluster.scheduler.nextStartNodeIndex == 144)
    try SchedulerFixture.create(SchedulerFixture.pod("second"), in: &sim)
    #expect(sim.cluster.scheduler.nextStartNodeIndex == 288)
    try SchedulerFixture.create(SchedulerFixture.pod("third"), in: &sim)
    #expect(sim.cluster.scheduler.nextStartNodeIndex == (288 + 144) % 300)
  }
}
