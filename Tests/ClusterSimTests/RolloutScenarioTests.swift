import ClusterSim
import KubeModel
import Testing

/// The workload controllers' checks: what a learner watches must be what Kubernetes does, step for step.
@Suite struct RolloutScenarioTests {
  /// Spec replicas and available replicas of a Deployment's ReplicaSets.
  func replicaSets(_ sim: Simulation, _ deployment: String) -> (spec: Int, available: Int, sets: [ReplicaSet]) {
    let owner = sim.cluster.store.deployments["default", deployment]!
    let sets = sim.cluster.store.replicaSets.dependents(ofOwnerUID: owner.metadata.uid)
    return (
      sets.reduce(0) { $0 + ($1.spec.replicas ?? 0) }, sets.reduce(0) { $0 + $1.status.availableReplicas }, sets
    )
  }

  @Test func rollingUpdateRespectsSurgeAndUnavailability() {
    var sim = Simulation.defaultSample()
    sim.apply(
      Manifests.deployment(
        "api", replicas: 10,
        strategy: "type: RollingUpdate\nrollingUpdate:\n  maxSurge: 3\n  maxUnavailable: 2"))
    sim.must("advance 30s")
    #expect(replicaSets(sim, "api").available == 10)
    let oldName = replicaSets(sim, "api").sets[0].metadata.name

    sim.must("set image deployment/api api=nginx:1.28")
    let (spec, available, sets) = replicaSets(sim, "api")
    let old = sets.first { $0.metadata.name == oldName }!
    let new = sets.first { $0.metadata.name != oldName }!
    #expect(old.spec.replicas == 8)
    #expect(new.spec.replicas == 5)
    #expect(spec == 13)
    #expect(available >= 8)

    var steps = 0
    while steps < 300 {
      sim.must("advance 1s")
      steps += 1
      let (spec, available, _) = replicaSets(sim, "api")
      #expect(spec <= 13, "surge exceeded after \(steps)s")
      #expect(available >= 8, "availability below 8 after \(steps)s")
      if sim.cluster.store.replicaSets["default", new.metadata.name]?.status.availableReplicas == 10
        && sim.cluster.store.replicaSets["default", oldName]?.spec.replicas == 0
      {
        break
      }
    }
    #expect(sim.cluster.store.replicaSets["default", new.metadata.name]?.spec.replicas == 10)
    #expect(sim.cluster.store.replicaSets["default", oldName]?.spec.replicas == 0)
    #expect(sim.must("rollout status deployment/api") == "deployment \"api\" successfully rolled out\n")

    let history = sim.must("rollout history deployment/api")
    #expect(history == "deployment.apps/api \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n")

    #expect(sim.must("rollout undo deployment/api") == "deployment.apps/api rolled back\n")
    sim.must("rollout status deployment/api")
    #expect(sim.cluster.store.deployments["default", "api"]?.spec.template.spec.containers[0].image == "nginx:1.27")
    #expect(
      sim.must("rollout history deployment/api")
        == "deployment.apps/api \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n")
    let revived = sim.cluster.store.replicaSets["default", oldName]!
    #expect(revived.metadata.annotations["deployment.kubernetes.io/revision"] == "3")
    #expect(revived.spec.replicas == 10)
  }

  @Test func brokenImageStallsThenTimesOutAndUndoRecovers() {
    var sim = Simulation.defaultSample()
    // The Kubernetes docs' own broken rollout: nginx has no release 1.161.
    sim.must("set image deployment/web web=nginx:1.161")
    sim.must("annotate deployment/web kubernetes.io/change-cause=broken")
    // The pull fails; the old pods keep serving.
    sim.must("advance 30s")
    let pods = sim.must("get pods")
    #expect(pods.contains("ErrImagePull") || pods.contains("ImagePullBackOff"), "\(pods)")
    #expect(sim.cluster.store.deployments["default", "web"]!.status.availableReplicas >= 2)
    let events = sim.must("get events")
    #expect(events.contains("Failed to pull image \"nginx:1.161\""))
    #expect(events.contains("Back-off pulling image \"nginx:1.161\""))

    let status = sim.run("rollout status deployment/web --timeout=20m")
    #expect(status.errors == ["error: deployment \"web\" exceeded its progress deadline"])
    let progressing = sim.cluster.store.deployments["default", "web"]!.status.conditions[type: "Progressing"]
    #expect(progressing?.reason == "ProgressDeadlineExceeded")
    #expect(progressing?.status == "False")
    #expect(sim.must("describe deployment web").contains("Progressing    False   ProgressDeadlineExceeded"))

    sim.must("rollout undo deployment/web")
    #expect(sim.must("rollout status deployment/web").hasSuffix("deployment \"web\" successfully rolled out\n"))
    #expect(!sim.must("get pods").contains("ImagePull"))
  }

  @Test func recreateNeverRunsOldAndNewTogether() {
    var sim = Simulation.defaultSample()
    sim.apply(Manifests.deployment("batch", replicas: 3, strategy: "type: Recreate"))
    sim.must("advance 20s")
    sim.must("set image deployment/batch batch=nginx:1.28")
    var sawNew = false
    for _ in 0..<120 {
      let pods = sim.cluster.store.pods.list(namespace: "default").filter { $0.metadata.labels["app"] == "batch" }
      let images = Set(pods.map { $0.spec.containers[0].image })
      #expect(images.count <= 1, "old and new pods at once: \(pods.map(\.metadata.name))")
      if images == ["nginx:1.28"] { sawNew = true }
      if sawNew && pods.count == 3 && pods.allSatisfy({ $0.status.phase == "Running" }) { break }
      sim.must("advance 1s")
    }
    #expect(sawNew)
  }

  @Test func aDeletedPodIsReplacedUnderANewName() {
    var sim = Simulation.defaultSample()
    let victim = sim.cluster.store.pods.keys(namespace: "default").first!.name
    #expect(sim.must("delete pod \(victim)") == "pod \"\(victim)\" deleted from default namespace\n")
    let names = Set(sim.cluster.store.pods.keys(namespace: "default").map(\.name))
    #expect(names.count == 4, "the old pod terminates while its replacement starts: \(names)")
    sim.must("advance 40s")
    let after = sim.cluster.store.pods.list(namespace: "default")
    #expect(after.count == 3)
    #expect(!after.map(\.metadata.name).contains(victim))
    #expect(sim.must("describe rs").contains("SuccessfulCreate"))
  }

  @Test func crashLoopBackOffFollowsTheKubeletBackOff() {
    var sim = Simulation.defaultSample()
    sim.apply(
      Manifests.deployment("flaky", replicas: 1, annotations: ["kubarium.dev/crash-after": "5s"], readiness: false))
    sim.must("advance 1s")
    func pod() -> Pod {
      sim.cluster.store.pods.list(namespace: "default").first { $0.metadata.labels["app"] == "flaky" }!
    }
    var starts: [Timestamp] = []
    var lastCount = -1
    for _ in 0..<900 {
      let status = pod().status.containerStatuses.first
      if let started = status?.state.running?.startedAt, status?.restartCount != lastCount {
        starts.append(started)
        lastCount = status?.restartCount ?? 0
      }
      sim.must("advance 1s")
    }
    // Each instance runs 5 s; the kubelet notices the exit within 1 s; the first restart is immediate, then
    // the back-off waits 10, 20, 40, 80, 160 s from the exit.
    let gaps = zip(starts, starts.dropFirst()).map { ($1 - $0).seconds }
    #expect(Array(gaps.prefix(6)) == [6, 15, 25, 45, 85, 165], "\(gaps)")
    let table = sim.must("get pods -l app=flaky")
    #expect(table.contains("CrashLoopBackOff") || table.contains("Running") || table.contains("Error"))
    #expect(sim.must("get events").contains("Back-off restarting failed container flaky in pod"))
    #expect(sim.must("logs deploy/flaky --previous").contains("exited with code 1"))
  }

  @Test func podsThatFitNowhereWaitWithTheSchedulersMessage() {
    var sim = Simulation.defaultSample()
    sim.apply(Manifests.deployment("huge", replicas: 1, cpu: "3950m"))
    let pending = sim.cluster.store.pods.list(namespace: "default").first { $0.metadata.labels["app"] == "huge" }!
    #expect(pending.spec.nodeName.isEmpty)
    let expected =
      "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
      + "3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, "
      + "3 No preemption victims found for incoming pod."
    #expect(pending.status.conditions[type: "PodScheduled"]?.message == expected)
    #expect(sim.must("describe pod \(pending.metadata.name)").contains("FailedScheduling  "))
    sim.must("node add big-worker --cpu 8 --memory 32Gi")
    #expect(sim.cluster.store.pods[pending.key]?.spec.nodeName == "big-worker")
  }

  @Test func aFailedNodeGoesNotReadyAndItsPodsMoveAfterFiveMinutes() {
    var sim = Simulation.defaultSample()
    let node = "worker-1"
    let victims = sim.cluster.store.pods.keys(onNode: node).filter { $0.namespace == "default" }
    #expect(!victims.isEmpty)
    let failedAt = sim.cluster.now
    sim.must("node fail \(node)")
    sim.must("advance 49s")
    #expect(sim.cluster.store.nodes["", node]!.statusText == "Ready")
    sim.must("advance 1s")
    #expect(sim.cluster.store.nodes["", node]!.statusText == "NotReady")
    #expect(sim.must("get events").contains("Node \(node) status is now: NodeNotReady"))
    sim.must("advance 299s")
    for victim in victims { #expect(sim.cluster.store.pods[victim]?.metadata.deletionTimestamp == nil) }
    sim.must("advance 1s")
    #expect((sim.cluster.now - failedAt).seconds == 350)
    for victim in victims {
      #expect(sim.cluster.store.pods[victim]?.metadata.deletionTimestamp != nil, "\(victim) not evicted")
    }
    sim.must("advance 30s")
    let running = sim.cluster.store.pods.list(namespace: "default").filter {
      $0.status.phase == "Running" && $0.metadata.deletionTimestamp == nil
    }
    #expect(running.count == 3)
    #expect(running.allSatisfy { $0.spec.nodeName != node })
    #expect(sim.must("get pods").contains("Terminating"), "pods on the unreachable node stay Terminating")
    sim.must("node recover \(node)")
    sim.must("advance 5s")
    #expect(sim.cluster.store.nodes["", node]!.statusText == "Ready")
    #expect(!sim.must("get pods").contains("Terminating"))
  }
}
