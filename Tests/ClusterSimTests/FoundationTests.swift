import ClusterSim
import Foundation
import KubeModel
import Testing

/// The Foundation issue's checks, through the command language.
@Suite struct FoundationTests {
  @Test func defaultClusterPrintsKubectlTables() {
    var sim = Simulation.defaultSample()
    let nodes = sim.must("get nodes")
    #expect(
      nodes == """
        NAME            STATUS   ROLES           AGE   VERSION
        control-plane   Ready    control-plane   5m    v1.34.1
        worker-1        Ready    <none>          5m    v1.34.1
        worker-2        Ready    <none>          5m    v1.34.1
        worker-3        Ready    <none>          5m    v1.34.1

        """)
    let pods = sim.must("get pods -A")
    let header = pods.split(separator: "\n").first.map(String.init)
    #expect(header?.hasPrefix("NAMESPACE     NAME ") == true)
    #expect(
      header?.hasSuffix("READY   STATUS              RESTARTS   AGE") == true
        || header?.contains("READY   STATUS") == true)
    #expect(pods.contains("kube-system   etcd-control-plane"))
    #expect(pods.contains("default       web-"))
  }

  @Test func sameSeedPrintsSameBytes() {
    func transcript() -> String {
      var sim = Simulation.defaultSample()
      var text = ""
      for line in [
        "advance 30s", "get pods -A -o wide", "scale deploy/web --replicas=5", "advance 20s",
        "get pods -o yaml", "get events -A",
      ] {
        text += sim.run(line).transcript
      }
      return text
    }
    let first = transcript()
    #expect(first == transcript())
    #expect(first.contains("web-"))
  }

  @Test func differentSeedsGiveDifferentNames() {
    let one = Simulation.defaultCluster(seed: 1).0.cluster.store.pods.keys(namespace: "default").map(\.name)
    let two = Simulation.defaultCluster(seed: 2).0.cluster.store.pods.keys(namespace: "default").map(\.name)
    #expect(one != two)
  }

  @Test func everyKindPrintsAsJSONWithItsParts() throws {
    var sim = Simulation.defaultSample()
    let folder = try TemporaryFolder(["all.yaml": FoundationFixtures.everyKind])
    defer { folder.remove() }
    let applied = sim.run("apply -f \(folder.path)/all.yaml")
    #expect(applied.errors.isEmpty, "\(applied.errors)")
    sim.must("advance 5s")
    let kinds: [(String, Set<String>)] = [
      ("namespaces", ["spec", "status"]), ("nodes", ["spec", "status"]), ("pods", ["spec", "status"]),
      ("replicasets", ["spec", "status"]), ("replicationcontrollers", ["spec", "status"]),
      ("deployments", ["spec", "status"]), ("services", ["spec", "status"]), ("endpoints", ["subsets"]),
      ("endpointslices", ["addressType"]), ("configmaps", ["data"]), ("secrets", ["data"]),
      ("jobs", ["spec", "status"]), ("cronjobs", ["spec", "status"]), ("daemonsets", ["spec", "status"]),
      ("statefulsets", ["spec", "status"]), ("ingresses", ["spec", "status"]), ("ingressclasses", ["spec"]),
      ("persistentvolumes", ["spec", "status"]), ("persistentvolumeclaims", ["spec", "status"]),
      ("storageclasses", ["provisioner"]), ("resourcequotas", ["spec", "status"]), ("limitranges", ["spec"]),
      ("events", ["involvedObject"]),
    ]
    for (kind, parts) in kinds {
      let output = sim.must("get \(kind) -A -o json")
      let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
      let items = parsed?["items"] as? [[String: Any]] ?? []
      #expect(!items.isEmpty, "no \(kind)")
      for item in items {
        #expect(item["apiVersion"] is String && item["kind"] is String && item["metadata"] is [String: Any], "\(kind)")
        for part in parts { #expect(item[part] != nil, "\(kind) lacks \(part)") }
      }
    }
  }

  @Test func templatesNeedTheirVariables() throws {
    // The manifests stay templates: read on their own, without the folder's variables.env, they cannot load.
    let file = RepositoryPaths.sample("eks-book") + "/22_deployment_backend-app_k8s.yaml"
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
    let missing = ManifestLoader.load(
      contents: bytes, file: "22_deployment_backend-app_k8s.yaml", variables: { _ in nil })
    #expect(
      missing.errors.map(\.description).contains {
        $0.contains("22_deployment_backend-app_k8s.yaml:20: variable ECR_HOST is not set")
      })
    // The folder's variables.env gives them default values.
    var defaults = Simulation()
    #expect(defaults.loadCluster(at: RepositoryPaths.sample("eks-book")).errors.isEmpty)
    #expect(
      defaults.cluster.store.deployments["eks-work", "backend-app"]?.spec.template.spec.containers.first?.image
        == "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/k8sbook/backend-app:1.0.0")

    var with = Simulation(variables: [
      "ECR_HOST": "566620743708.dkr.ecr.ap-northeast-2.amazonaws.com", "DB_URL": "jdbc:postgresql://db/app",
      "DB_PASSWORD": "secret", "BUCKET_SUFFIX": "demo",
    ])
    let loaded = with.loadCluster(at: RepositoryPaths.sample("eks-book"))
    #expect(loaded.errors.isEmpty, "\(loaded.errors)")
    let deployment = with.cluster.store.deployments["eks-work", "backend-app"]
    #expect(
      deployment?.spec.template.spec.containers.first?.image
        == "566620743708.dkr.ecr.ap-northeast-2.amazonaws.com/k8sbook/backend-app:1.0.0")
    #expect(with.must("get cronjob batch-app -n eks-work").contains("*/5 * * * *"))
    #expect(with.must("get ingress -n eks-work").contains("backend-app-ingress"))
  }
}
