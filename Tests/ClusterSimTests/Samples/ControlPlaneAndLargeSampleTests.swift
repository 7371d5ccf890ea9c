import ClusterSim
import Foundation
import KubeModel
import Testing

/// The stories of the samples about the cluster itself: control-plane (what runs in kube-system and who does what)
/// and large (the same controllers at scale, played on a small generated cluster so the suite stays fast).
@Suite struct ControlPlaneAndLargeSampleTests {
  @Test func controlPlaneShowsTheComponentsAndWhoDoesWhat() throws {
    let run = SampleRun.played("control-plane")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    let system = PrintedTable.rows(run.output("get pods -n kube-system -o wide", 0))
    let controlPlaneIP = try #require(PrintedTable.row(run.output("get nodes -o wide"), "control-plane")?[5])
    // The static pods: one of each component, on the control-plane node, on the node's own address.
    for component in ["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler"] {
      let row = system.first { $0[0] == "\(component)-control-plane" }
      #expect(row?[6] == "control-plane" && row?[5] == controlPlaneIP, "\(component): \(row ?? [])")
    }
    #expect(system.filter { $0[0].hasPrefix("kube-proxy-") }.count == 4, "one kube-proxy per node")
    #expect(system.filter { $0[0].hasPrefix("coredns-") }.count == 2)
    #expect(
      run.output("describe pod kube-apiserver-control-plane -n kube-system").contains(
        "Controlled By:  Node/control-plane"))
    // A deleted mirror pod comes back at once: AGE 0s, RESTARTS 0.
    let scheduler = PrintedTable.row(
      run.output("get pods -n kube-system -l tier=control-plane"), "kube-scheduler-control-plane")
    #expect(scheduler?[1...4] == ["1/1", "Running", "0", "0s"])
    #expect(PrintedTable.row(run.output("get endpoints kubernetes"), "kubernetes")?[1] == "\(controlPlaneIP):6443")
    // Who does what, in the events of each object.
    #expect(run.output("describe deployment web").contains("deployment-controller  Scaled up replica set web-"))
    #expect(run.output("describe replicaset -l app=web").contains("replicaset-controller  Created pod: web-"))
    let pods = run.output("describe pod -l app=web --show-events=true")
    #expect(pods.components(separatedBy: "default-scheduler  Successfully assigned default/web-").count - 1 == 3)
    #expect(pods.contains("kubelet            spec.containers{web}: Started container web"))
    // A new node gets a kube-proxy of its own.
    let later = PrintedTable.rows(run.output("get pods -n kube-system -o wide", 1))
    #expect(later.contains { $0[0].hasPrefix("kube-proxy-") && $0[6] == "worker-4" })
    // No CoreDNS, no names; back, and web resolves to its ClusterIP.
    let failed = run.commands.first { $0.command.text == "nslookup web" && $0.command.mayFail }
    #expect(failed?.result.succeeded == false)
    #expect(failed?.result.transcript.contains(";; connection timed out; no servers could be reached") == true)
    let clusterIP = try #require(run.simulation.cluster.store.services["default", "web"]?.spec.clusterIP)
    #expect(NetworkAndConfigSampleTests.addresses(run.output("nslookup web", 1)) == [clusterIP])
  }

  /// The sample's files are what the generator prints for the numbers their header gives, document for document:
  /// the folder holds a small cluster, and the README's 5,000 nodes come from the same command.
  @Test func largeIsTheGeneratorsOutput() throws {
    let folder = RepositoryPaths.sample("large")
    var stored: [String] = []
    for file in ["nodes.yaml", "workloads.yaml"] {
      let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      #expect(text.contains("kubarium generate large --nodes 50 --pods 1500 --namespaces 5"))
      let body = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }
      stored += body.joined(separator: "\n").components(separatedBy: "---\n").map(Self.trimmed)
    }
    let generated = LargeCluster(nodes: 50, pods: 1500, namespaces: 5).yaml().components(separatedBy: "---\n")
    #expect(stored.sorted() == generated.map(Self.trimmed).sorted())
  }

  static func trimmed(_ document: String) -> String { document.trimmingCharacters(in: .whitespacesAndNewlines) }

  /// The large sample's scenario on a generated cluster of 10 nodes and 400 pods: a node fails among many and its
  /// pods are replaced elsewhere; a Deployment of 100 pods rolls over.
  @Test func largeScenarioOnASmallGeneratedCluster() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubarium-large-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try LargeCluster(nodes: 10, pods: 400, namespaces: 2).yaml().write(
      to: folder.appendingPathComponent("cluster.yaml"), atomically: true, encoding: .utf8)
    var run = SampleRun("large", cluster: folder.path)
    #expect(run.load.errors.isEmpty && run.load.warnings.isEmpty && run.load.notices.isEmpty, "\(run.load)")
    let before = run.simulation.cluster.store.pods.keys(onNode: "node-00007").filter { $0.namespace != "kube-system" }
    #expect(!before.isEmpty)
    run.playAll()
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    #expect(PrintedTable.row(run.output("get nodes node-00007"), "node-00007")?[1] == "NotReady")
    // Every application pod that was on the failed node was evicted, and every Deployment is whole again.
    let cluster = run.simulation.cluster
    for key in before {
      #expect(cluster.store.pods[key].map { $0.metadata.deletionTimestamp != nil } ?? true, "\(key) still runs")
    }
    let deployments = PrintedTable.rows(run.output("get deployments -A", 1)).filter { $0[0].hasPrefix("team-") }
    #expect(deployments.count == 4 && deployments.allSatisfy { $0[2] == "100/100" })
    // The rolling update: all 100 pods on nginx 1.28, the old ReplicaSet at 0.
    let app = try #require(cluster.store.deployments["team-000", "app-0000"])
    #expect(app.spec.template.spec.containers.first?.image == "nginx:1.28")
    #expect(app.status.updatedReplicas == 100 && app.status.availableReplicas == 100)
    #expect(
      run.output("rollout status deployment/app-0000 -n team-000").hasSuffix(
        "deployment \"app-0000\" successfully rolled out\n"))
    let replicaSets = PrintedTable.rows(run.output("get replicasets -n team-000")).filter {
      $0[0].hasPrefix("app-0000-")
    }
    #expect(replicaSets.map { $0[1] }.sorted() == ["0", "100"])
  }
}
