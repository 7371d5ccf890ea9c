import ClusterSim
import KubeModel
import Testing

/// What kubeadm installs before any user object: the `kubernetes` Service, CoreDNS, and the ingress class.
@Suite struct ControlPlaneAddonTests {
  @Test func kubeSystemHasCoreDNSAndItsService() {
    var sim = Simulation.defaultSample()
    let all = sim.must("get all -n kube-system")
    #expect(all.contains("service/kube-dns   ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   5m"))
    #expect(all.contains("deployment.apps/coredns   2/2     2            2           5m"))
    let pods = sim.cluster.store.pods.list(namespace: "kube-system").filter {
      $0.metadata.labels["k8s-app"] == "kube-dns"
    }
    #expect(pods.count == 2)
    #expect(pods.allSatisfy { $0.spec.nodeName == "control-plane" && $0.status.phase == "Running" })
    #expect(
      sim.must("get cm coredns -n kube-system -o yaml").contains("kubernetes cluster.local in-addr.arpa ip6.arpa"))
    #expect(sim.must("get ep kube-dns -n kube-system").contains(":53,"))
  }

  @Test func theKubernetesServicePointsAtTheAPIServer() {
    var sim = Simulation.defaultSample()
    #expect(Net.serviceRow(&sim, "kubernetes") == ["kubernetes", "ClusterIP", "10.96.0.1", "<none>", "443/TCP", "5m"])
    #expect(Net.endpointsCell(&sim, "kubernetes") == "172.18.0.2:6443")
    #expect(sim.must("describe svc kubernetes").contains("TargetPort:               6443/TCP\n"))
  }

  @Test func theNginxIngressClassIsTheDefault() {
    var sim = Simulation.defaultSample()
    #expect(
      sim.must("get ingressclass")
        == "NAME              CONTROLLER             PARAMETERS   AGE\n"
        + "nginx (default)   k8s.io/ingress-nginx   <none>       5m\n"
    )
    sim.apply(
      """
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: plain
      spec:
        defaultBackend:
          service:
            name: web
            port:
              number: 80
      """)
    #expect(sim.must("get ing plain").contains("plain   nginx   *                 80      0s"))
    sim.must("advance 10s")
    #expect(sim.must("get ing plain").contains("plain   nginx   *       172.18.255.200   80      10s"))
    #expect(
      sim.must("describe ing plain").contains(
        "Normal  Sync    0s (x2 over 10s)  nginx-ingress-controller  Scheduled for sync\n"))
  }

  @Test func aSnapshotKeepsTheRoundRobin() throws {
    var original = Simulation.defaultSample()
    sim(&original, 2)
    var restored = try Snapshot.decode(try Snapshot.encode(original), file: "demo.snapshot")
    #expect(sim(&restored, 4) == sim(&original, 4))
  }

  @discardableResult
  func sim(_ simulation: inout Simulation, _ count: Int) -> [String] {
    (0..<count).map { _ in Net.answeredBy(simulation.must("curl web"))! }
  }
}
