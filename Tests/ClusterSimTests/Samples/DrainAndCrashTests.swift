import ClusterSim
import KubeModel
import Testing

/// Two verbs the samples lean on: drain on a cluster with nothing else pending, and crash through a controller.
@Suite struct DrainAndCrashTests {
  @Test func drainWaitsForThePodsEvenWhenNothingElseIsPending() {
    var sim = Simulation.defaultSample()
    // Let every start-up timer run out: the cluster is quiet, with no wakeup due.
    sim.must("advance 1h")
    let output = sim.must("drain worker-2 --ignore-daemonsets")
    #expect(output.hasSuffix("node/worker-2 drained\n"), "\(output)")
    #expect(sim.cluster.store.pods.keys(onNode: "worker-2").allSatisfy { $0.namespace == "kube-system" })
  }

  @Test func drainReturnsWhenThePodsAreGoneNotAtTheNextLaterTimer() {
    var sim = Simulation.defaultSample()
    let before = sim.cluster.now
    sim.must("drain worker-2 --ignore-daemonsets")
    // nginx stops on SIGTERM at once: well under its 30-second grace period.
    #expect((sim.cluster.now - before).milliseconds < 5_000)
  }

  @Test func crashPicksAPodOfAController() {
    var sim = Simulation.defaultSample()
    let result = sim.run("crash deploy/web")
    #expect(result.errors.isEmpty, "\(result)")
    #expect(result.notices == ["Found 3 pods, using pod/web-55656f746d-2hgnr"])
    #expect(result.output == "pod/web-55656f746d-2hgnr container web crashed with exit code 1\n")
    sim.must("advance 3s")
    let restarted = sim.cluster.store.pods["default", "web-55656f746d-2hgnr"]?.status.containerStatuses.first
    #expect(restarted?.restartCount == 1)
    #expect(
      sim.run("crash deploy/nothing").errors == ["Error from server (NotFound): deployments.apps \"nothing\" not found"]
    )
  }
}
