import ClusterSim
import KubeModel
import Testing

/// Namespaces as a learner uses them: created, deleted (Terminating while their objects go), and made current.
@Suite struct NamespaceAndContextTests {
  @Test func deletingANamespaceTerminatesThenRemovesEverythingInIt() {
    var sim = Simulation.defaultSample()
    sim.must("create namespace shop")
    sim.apply(NetManifests.deployment("api", replicas: 2, namespace: "shop"))
    sim.must("create configmap settings -n shop --from-literal=a=b")
    sim.must("advance 20s")
    #expect(Net.pods(sim, app: "api", namespace: "shop").count == 2)
    #expect(sim.must("delete namespace shop") == "namespace \"shop\" deleted\n")
    #expect(sim.must("get ns shop").contains("shop   Terminating   "))
    #expect(
      sim.run("create configmap late -n shop").errors == [
        "Error from server (Forbidden): configmaps \"late\" is forbidden: unable to create new content in namespace "
          + "shop because it is being terminated"
      ] || sim.run("create configmap late -n shop").errors.first?.contains("being terminated") == true)
    sim.must("advance 40s")
    #expect(sim.run("get ns shop").errors == ["Error from server (NotFound): namespaces \"shop\" not found"])
    #expect(sim.cluster.store.pods.list(namespace: "shop").isEmpty)
  }

  @Test func theCurrentNamespaceIsWhereCommandsAct() {
    var sim = Simulation.defaultSample()
    sim.must("create namespace dev")
    #expect(sim.must("config current-context") == "kubernetes-admin@kubernetes\n")
    #expect(
      sim.must("config set-context --current --namespace=dev") == "Context \"kubernetes-admin@kubernetes\" modified.\n")
    #expect(
      sim.must("config get-contexts")
        == "CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n"
        + "*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   dev\n")
    #expect(sim.must("config view --minify -o jsonpath='{..namespace}'") == "dev")
    #expect(sim.must("config view --minify").contains("    namespace: dev\n"))
    sim.must("create deployment api --image=nginx:1.27")
    sim.must("advance 20s")
    #expect(Net.pods(sim, app: "api", namespace: "dev").count == 1)
    #expect(sim.run("get pods").output.contains("api-"))
    #expect(!sim.run("get pods").output.contains("web-"))
    #expect(sim.must("get pods -n default").contains("web-"))
    let all = sim.must("get pods -A")
    #expect(all.contains("dev           api-") && all.contains("default       web-"))
    // DNS short names resolve in the current namespace too.
    #expect(sim.run("nslookup web").errors == ["** server can't find web: NXDOMAIN"])
    #expect(sim.must("curl web.default").hasPrefix("Hostname: web-"))
  }
}
