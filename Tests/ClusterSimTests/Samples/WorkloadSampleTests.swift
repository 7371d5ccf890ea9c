import ClusterSim
import Foundation
import KubeModel
import Testing

/// The stories of the samples about keeping workloads running and placing them: self-healing, node-failure and
/// scheduling, asserted on what their scenarios print and on the cluster they leave.
@Suite struct WorkloadSampleTests {
  @Test func selfHealingReplacesPodsRestartsContainersAndBacksOff() throws {
    let run = SampleRun.played("self-healing")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    // Five minutes in: flaky is in CrashLoopBackOff, api has been restarted by its liveness probe.
    let start = PrintedTable.rows(run.output("get pods", 0))
    #expect(start.first { $0[0].hasPrefix("flaky-") }?[2] == "CrashLoopBackOff")
    #expect(start.first { $0[0].hasPrefix("api-") }?[3].hasPrefix("2 (") == true)
    // Deleted web pods are replaced by new ones with new names, not brought back.
    let old = Set(
      PrintedTable.names(run.output("get pods -l app=web", 0)).filter { name in
        PrintedTable.row(run.output("get pods -l app=web", 0), name)?[2] == "Terminating"
      })
    let replacements = PrintedTable.names(run.output("get pods -l app=web", 1))
    #expect(old.count == 3 && replacements.count == 3)
    #expect(old.isDisjoint(with: replacements))
    #expect(PrintedTable.rows(run.output("get pods -l app=web", 1)).allSatisfy { $0[1] == "1/1" && $0[2] == "Running" })
    // The pod no controller owns is gone for good.
    #expect(PrintedTable.row(run.output("get pods", 1), "lonely")?[2] == "Terminating")
    #expect(run.simulation.cluster.store.pods["default", "lonely"] == nil)
    // A crash restarts the container in the same pod: same name, RESTARTS 1, and the previous instance's logs.
    let crashed = try #require(
      PrintedTable.rows(run.output("get pods -l app=web", 2)).first { $0[2] == "Error" }?[0])
    #expect(replacements.contains(crashed))
    #expect(PrintedTable.row(run.output("get pods -l app=web", 3), crashed)?[3].hasPrefix("1 (") == true)
    #expect(run.output("logs deploy/web --previous").contains("[kubarium] web exited with code 1"))
    // flaky from a fresh start: restarted at once the first time, then CrashLoopBackOff with growing waits.
    let flaky = { (occurrence: Int) in PrintedTable.rows(run.output("get pods -l app=flaky", occurrence)).first ?? [] }
    #expect(flaky(0)[2] == "Running" && flaky(0)[3].hasPrefix("1 ("))
    #expect(flaky(1)[1] == "0/1" && flaky(1)[2] == "CrashLoopBackOff")
    #expect(flaky(2)[2] == "CrashLoopBackOff" && flaky(2)[3].hasPrefix("4 ("))
    #expect(run.output("describe pod -l app=flaky").contains("Back-off restarting failed container flaky in pod"))
    #expect(run.output("logs deploy/flaky --previous").contains("flaky: connecting to the queue..."))
    // api: no crash, but its liveness probe fails three times and the kubelet restarts it.
    #expect(PrintedTable.rows(run.output("get pods -l app=api", 0)).first?[3] == "0")
    #expect(PrintedTable.rows(run.output("get pods -l app=api", 1)).first?[3].hasPrefix("1 (") == true)
    let api = run.output("describe pod -l app=api")
    #expect(api.contains("Liveness probe failed: HTTP probe failed with statuscode: 500"))
    #expect(api.contains("Container api failed liveness probe, will be restarted"))
  }

  @Test func nodeFailureEvictsAfterFiveMinutesAndDrainEvictsAtOnce() throws {
    let run = SampleRun.played("node-failure")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    let onWorker1 = PrintedTable.rows(run.output("get pods -o wide", 0)).filter { $0[6] == "worker-1" }.map { $0[0] }
    #expect(onWorker1.count == 3 && onWorker1.contains("cache"))
    // 30 s without heartbeats: still Ready. 60 s: NotReady, tainted unreachable, out of the Service.
    #expect(PrintedTable.row(run.output("get nodes", 1), "worker-1")?[1] == "Ready")
    #expect(PrintedTable.row(run.output("get nodes", 2), "worker-1")?[1] == "NotReady")
    #expect(
      run.output("describe node worker-1").contains("Taints:             node.kubernetes.io/unreachable:NoExecute"))
    let endpoints = PrintedTable.row(run.output("get endpoints web", 1), "web")?[1] ?? ""
    #expect(endpoints.contains("+ 1 more...") && !endpoints.contains("10.244.1."))
    // Four minutes later nothing has moved; at 300 s the three pods on worker-1 are evicted.
    let waited = PrintedTable.rows(run.output("get pods -o wide", 2))
    #expect(waited.count == 7 && waited.allSatisfy { $0[2] == "Running" })
    let evicted = PrintedTable.rows(run.output("get pods -o wide", 3))
    #expect(Set(evicted.filter { $0[2] == "Terminating" }.map { $0[0] }) == Set(onWorker1))
    let replacements = evicted.filter { $0[4] == "10s" }
    #expect(replacements.count == 2 && replacements.allSatisfy { $0[6] != "worker-1" && $0[2] == "Running" })
    let cache = run.output("describe pod cache", 1)
    #expect(cache.contains("TaintManagerEviction") && cache.contains("Marking for deletion Pod default/cache"))
    // Back online, worker-1's kubelet finishes the deletions; the cache pod is lost, six web pods remain.
    let recovered = PrintedTable.names(run.output("get pods -o wide", 4))
    #expect(recovered.count == 6 && !recovered.contains("cache"))
    #expect(Set(recovered).isDisjoint(with: onWorker1))
    // The drain: cordoned, its three web pods evicted and replaced elsewhere, kube-proxy left alone.
    let drain = run.output("drain worker-2 --ignore-daemonsets")
    #expect(drain.contains("Warning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-"))
    #expect(drain.components(separatedBy: "evicting pod default/web-").count - 1 == 3)
    #expect(PrintedTable.row(run.output("get nodes", 4), "worker-2")?[1] == "Ready,SchedulingDisabled")
    #expect(!PrintedTable.rows(run.output("get pods -o wide", 5)).contains { $0[6] == "worker-2" })
    #expect(PrintedTable.row(run.output("get nodes", 5), "worker-2")?[1] == "Ready")
    #expect(run.simulation.cluster.store.deployments["default", "web"]?.status.replicas == 6)
  }

  @Test func schedulingExplainsPendingPodsQoSAndOOMKilled() throws {
    let run = SampleRun.played("scheduling")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    let placed = PrintedTable.rows(run.output("get pods -o wide", 0))
    let node = { (name: String) in placed.first { $0[0] == name }?[6] }
    #expect(node("db") == "worker-1", "nodeSelector disktype=ssd")
    #expect(node("trainer") == "gpu-1", "selects the GPU node and tolerates its taint")
    #expect(Set(placed.filter { $0[2] == "Pending" }.map { $0[0] }) == ["big", "trainer-no-toleration"])
    #expect(placed.filter { $0[0].hasPrefix("web-") }.allSatisfy { $0[6].hasPrefix("worker-") })
    // Why each one waits, node by node, in the scheduler's words.
    #expect(
      run.output("describe pod trainer-no-toleration").contains(
        "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
          + "1 node(s) had untolerated taint {nvidia.com/gpu: present}, 2 node(s) didn't match Pod's node "
          + "affinity/selector."))
    #expect(run.output("describe pod big").contains("{nvidia.com/gpu: present}, 2 Insufficient cpu."))
    // A bigger node: big lands on it; trainer-no-toleration still waits.
    let after = PrintedTable.rows(run.output("get pods -o wide", 1))
    #expect(after.first { $0[0] == "big" }?[6] == "worker-3")
    #expect(after.first { $0[0] == "trainer-no-toleration" }?[2] == "Pending")
    // Overcommit: requests fit, limits add up to more than the node has.
    #expect(PrintedTable.names(run.output("get pods -l app=web -o wide")).count == 8)
    let worker2 = run.output("describe node worker-2")
    #expect(worker2.contains("cpu                1500m (37%)  9 (225%)"))
    // QoS classes from requests and limits, and the OOM kill.
    #expect(run.output("describe pod db").contains("QoS Class:                    Guaranteed"))
    #expect(run.output("describe pod scratch").contains("QoS Class:                    BestEffort"))
    #expect(PrintedTable.rows(run.output("get pods -l app=leaky")).first?[2] == "CrashLoopBackOff")
    let leaky = run.output("describe pod -l app=leaky")
    #expect(leaky.contains("Reason:       OOMKilled") && leaky.contains("Exit Code:    137"))
  }
}
