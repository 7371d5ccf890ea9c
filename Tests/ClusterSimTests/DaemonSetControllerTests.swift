import KubeModel
import Testing

@testable import ClusterSim

/// DaemonSets as a user sees them: `get ds`, where the pods land, rollouts.
@Suite struct DaemonSetControllerTests {
  static func daemonSet(
    _ name: String, image: String = "fluentd:v1.16", extra: String = "", podSpec: String = "",
    strategy: String = ""
  ) -> String {
    """
    apiVersion: apps/v1
    kind: DaemonSet
    metadata:
      name: \(name)
    spec:
      selector:
        matchLabels:
          app: \(name)
    \(strategy)\(extra)  template:
        metadata:
          labels:
            app: \(name)
        spec:
    \(podSpec)      containers:
          - name: \(name)
            image: \(image)
    """
  }

  /// The nodes the DaemonSet's live pods are on (or meant for), sorted.
  static func nodes(of name: String, in sim: Simulation) -> [String] {
    sim.cluster.store.pods.list(namespace: "default")
      .filter { $0.metadata.labels["app"] == name && $0.metadata.deletionTimestamp == nil }
      .compactMap(DaemonPods.targetNode(of:)).sorted()
  }

  static func row(_ sim: inout Simulation, _ name: String) -> String {
    String(sim.must("get ds \(name)").split(separator: "\n")[1])
  }

  @Test func onePodPerWorkerButNotOnTheTaintedControlPlane() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.daemonSet("logs"))
    sim.must("advance 30s")
    #expect(Self.nodes(of: "logs", in: sim) == ["worker-1", "worker-2", "worker-3"])
    #expect(
      sim.must("get ds") == """
        NAME   DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
        logs   3         3         3       3            3           <none>          30s

        """)
    let pod = sim.cluster.store.pods.list(namespace: "default").first { $0.metadata.labels["app"] == "logs" }!
    #expect(
      pod.spec.tolerations.map { "\($0.key):\($0.effect)" } == [
        "node.kubernetes.io/not-ready:NoExecute", "node.kubernetes.io/unreachable:NoExecute",
        "node.kubernetes.io/disk-pressure:NoSchedule", "node.kubernetes.io/memory-pressure:NoSchedule",
        "node.kubernetes.io/pid-pressure:NoSchedule", "node.kubernetes.io/unschedulable:NoSchedule",
      ])
    #expect(pod.metadata.labels["controller-revision-hash"] != nil)
    #expect(pod.metadata.labels["pod-template-generation"] == "1")
    let events = sim.events(about: pod.metadata.name, kind: "Pod")
    #expect(
      events.first == "Normal Scheduled: Successfully assigned default/\(pod.metadata.name) to \(pod.spec.nodeName)")
  }

  @Test func tolerationsAndNodeSelectors() {
    var sim = Simulation.defaultSample()
    sim.apply(
      Self.daemonSet(
        "everywhere",
        podSpec: """
                tolerations:
                - key: node-role.kubernetes.io/control-plane
                  operator: Exists
                  effect: NoSchedule

          """))
    sim.must("node add gpu-1 --label accelerator=nvidia")
    sim.apply(
      Self.daemonSet(
        "gpu",
        podSpec: """
                nodeSelector:
                  accelerator: nvidia

          """))
    sim.must("advance 30s")
    #expect(Self.nodes(of: "everywhere", in: sim) == ["control-plane", "gpu-1", "worker-1", "worker-2", "worker-3"])
    #expect(Self.nodes(of: "gpu", in: sim) == ["gpu-1"])
    #expect(
      Self.row(&sim, "gpu").contains("gpu    1         1         1       1            1           accelerator=nvidia "))
    // Relabelling a node moves the daemon: the pod on a node that no longer matches goes.
    sim.must("label node gpu-1 accelerator-")
    sim.must("label node worker-2 accelerator=nvidia")
    sim.must("advance 30s")
    #expect(Self.nodes(of: "gpu", in: sim) == ["worker-2"])
  }

  @Test func followsNodesThatJoinFailRecoverAndLeave() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.daemonSet("agent"))
    sim.must("advance 30s")
    sim.must("node add worker-4")
    sim.must("advance 30s")
    #expect(Self.nodes(of: "agent", in: sim) == ["worker-1", "worker-2", "worker-3", "worker-4"])
    #expect(Self.row(&sim, "agent").hasPrefix("agent   4         4         4       4            4 "))
    sim.must("node fail worker-1")
    sim.must("advance 1m")
    // The unreachable node no longer counts as a place for the daemon, but its pod tolerates the NoExecute taint
    // and stays: it is misscheduled, not deleted.
    #expect(Self.row(&sim, "agent").hasPrefix("agent   3         3         3       3            3 "))
    #expect(Self.nodes(of: "agent", in: sim) == ["worker-1", "worker-2", "worker-3", "worker-4"])
    #expect(sim.must("describe ds agent").contains("Number of Nodes Misscheduled: 1\n"))
    sim.must("advance 10m")
    #expect(Self.nodes(of: "agent", in: sim).contains("worker-1"))
    sim.must("node recover worker-1")
    sim.must("advance 30s")
    #expect(Self.row(&sim, "agent").hasPrefix("agent   4         4         4       4            4 "))
    sim.must("delete node worker-2")
    sim.must("advance 5s")
    #expect(Self.nodes(of: "agent", in: sim) == ["worker-1", "worker-3", "worker-4"])
    #expect(Self.row(&sim, "agent").hasPrefix("agent   3         3         3       3            3 "))
  }

  @Test func rollingUpdateReplacesOneNodeAtATime() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.daemonSet("logs"))
    sim.must("advance 1m")
    sim.must("set image ds/logs logs=fluentd:v1.17")
    var fewestAvailable = 3
    let deadline = sim.cluster.now + .minutes(3)
    while let next = sim.cluster.nextWakeup, next <= deadline {
      sim.cluster.advance(to: next)
      let available = sim.cluster.store.pods.list(namespace: "default").filter {
        $0.metadata.labels["app"] == "logs" && PodReadiness.isReady($0) && $0.metadata.deletionTimestamp == nil
      }.count
      fewestAvailable = min(fewestAvailable, available)
    }
    #expect(fewestAvailable == 2)
    #expect(Self.row(&sim, "logs").hasPrefix("logs   3         3         3       3            3 "))
    let images = sim.cluster.store.pods.list(namespace: "default").filter { $0.metadata.labels["app"] == "logs" }
      .map { $0.spec.containers[0].image }
    #expect(images == ["fluentd:v1.17", "fluentd:v1.17", "fluentd:v1.17"])
    let events = sim.events(about: "logs", kind: "DaemonSet").dropFirst(3).map { $0.split(separator: ":")[0] }
    #expect(
      events == [
        "Normal SuccessfulDelete", "Normal SuccessfulCreate", "Normal SuccessfulDelete", "Normal SuccessfulCreate",
        "Normal SuccessfulDelete", "Normal SuccessfulCreate",
      ])
    #expect(sim.must("rollout status ds/logs") == "daemon set \"logs\" successfully rolled out\n")
  }

  @Test func rolloutStatusWatchesTheUpdate() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.daemonSet("logs"))
    sim.must("advance 1m")
    sim.must("set image ds/logs logs=fluentd:v1.17")
    let status = sim.must("rollout status daemonset/logs")
    #expect(
      status.hasPrefix("Waiting for daemon set \"logs\" rollout to finish: 0 out of 3 new pods have been updated...\n"))
    #expect(
      status.contains("Waiting for daemon set \"logs\" rollout to finish: 2 out of 3 new pods have been updated...\n"))
    #expect(status.hasSuffix("daemon set \"logs\" successfully rolled out\n"))
  }

  @Test func maxSurgeStartsTheNewPodBeforeTheOldGoes() {
    var sim = Simulation.defaultSample()
    let strategy = "  updateStrategy:\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 0\n"
    sim.apply(Self.daemonSet("logs", strategy: strategy))
    sim.must("advance 1m")
    sim.must("set image ds/logs logs=fluentd:v1.17")
    var fewestReady = 3
    var mostPods = 3
    let deadline = sim.cluster.now + .minutes(3)
    while let next = sim.cluster.nextWakeup, next <= deadline {
      sim.cluster.advance(to: next)
      let pods = sim.cluster.store.pods.list(namespace: "default").filter {
        $0.metadata.labels["app"] == "logs" && $0.metadata.deletionTimestamp == nil
      }
      fewestReady = min(fewestReady, pods.filter(PodReadiness.isReady).count)
      mostPods = max(mostPods, pods.count)
    }
    #expect(fewestReady == 3)
    #expect(mostPods == 4)
    #expect(Self.row(&sim, "logs").hasPrefix("logs   3         3         3       3            3 "))
  }

  @Test func onDeleteWaitsForPodsToBeDeleted() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.daemonSet("logs", strategy: "  updateStrategy:\n    type: OnDelete\n"))
    sim.must("advance 1m")
    sim.must("set image ds/logs logs=fluentd:v1.17")
    sim.must("advance 1m")
    #expect(Self.row(&sim, "logs").hasPrefix("logs   3         3         3       0            3 "))
    let victim = sim.cluster.store.pods.list(namespace: "default").first { $0.metadata.labels["app"] == "logs" }!
    sim.must("delete pod \(victim.metadata.name)")
    sim.must("advance 1m")
    #expect(Self.row(&sim, "logs").hasPrefix("logs   3         3         3       1            3 "))
    #expect(
      sim.run("rollout status ds/logs").errors == [
        "error: rollout status is only available for RollingUpdate strategy type"
      ])
  }

  @Test func rolloutHistoryAndUndo() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.daemonSet("logs"))
    sim.must("advance 1m")
    sim.must("set image ds/logs logs=fluentd:v1.17")
    sim.must("advance 2m")
    #expect(
      sim.must("rollout history ds/logs") == """
        daemonset.apps/logs 
        REVISION  CHANGE-CAUSE
        1         <none>
        2         <none>


        """)
    #expect(sim.must("rollout history ds/logs --revision=1").contains("    Image:\tfluentd:v1.16\n"))
    let revisions = sim.must("get controllerrevisions").split(separator: "\n")
    #expect(revisions.first == "NAME              CONTROLLER            REVISION   AGE")
    #expect(revisions.dropFirst().allSatisfy { $0.contains("daemonset.apps/logs") })
    #expect(sim.must("rollout undo ds/logs") == "daemonset.apps/logs rolled back\n")
    sim.must("advance 2m")
    let pods = sim.cluster.store.pods.list(namespace: "default").filter { $0.metadata.labels["app"] == "logs" }
    #expect(Set(pods.map { $0.spec.containers[0].image }) == ["fluentd:v1.16"])
    #expect(sim.must("rollout history ds/logs").contains("2         <none>\n3         <none>\n"))
    #expect(
      sim.must("rollout undo ds/logs --to-revision=3")
        == "daemonset.apps/logs skipped rollback (current template already matches revision 3)\n")
    #expect(
      sim.run("rollout undo ds/logs --to-revision=9").errors == [
        "error: unable to find specified revision 9 in history"
      ])
  }

  @Test func kubeProxyIsADaemonSetInKubeSystem() {
    var sim = Simulation.defaultSample()
    #expect(
      sim.must("get ds -n kube-system") == """
        NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE
        kube-proxy   4         4         4       4            4           kubernetes.io/os=linux   5m

        """)
    let pods = sim.cluster.store.pods.list(namespace: "kube-system").filter {
      $0.metadata.name.hasPrefix("kube-proxy-")
    }
    #expect(pods.count == 4)
    #expect(pods.allSatisfy { $0.metadata.controllerReference?.kind == "DaemonSet" })
  }

  /// A node event costs the work of that node: the DaemonSet remembers its placement and looks again only at the
  /// nodes that changed (here, kube-proxy on a 300-node cluster).
  @Test func aNodeEventLooksOnlyAtThatNode() throws {
    var sim = Simulation()
    for node in LargeCluster(nodes: 300).nodeObjects() { _ = try sim.cluster.create(node) }
    sim.cluster.advance(by: .minutes(1))
    let uid = try #require(sim.cluster.store.daemonSets["kube-system", "kube-proxy"]).metadata.uid
    #expect(sim.cluster.workloadControllers.daemonSets[uid]?.totals.desired == 300)
    _ = try sim.cluster.create(NodeSpecification(name: "late").node())
    #expect(sim.cluster.workloadControllers.daemonSets[uid]?.dirty == ["late"])
    sim.cluster.advance(by: .seconds(30))
    #expect(sim.cluster.workloadControllers.daemonSets[uid]?.totals.ready == 301)
    #expect(sim.cluster.workloadControllers.daemonSets[uid]?.dirty.isEmpty == true)
  }
}
