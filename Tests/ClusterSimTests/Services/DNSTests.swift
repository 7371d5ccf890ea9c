import KubeModel
import Testing

@testable import ClusterSim

/// `nslookup` answers as CoreDNS's kubernetes plugin does, through a pod's search path.
@Suite struct DNSTests {
  static let header = "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n"

  @Test func serviceNamesResolveToTheirClusterIP() {
    var sim = Simulation.defaultSample()
    let ip = Net.serviceRow(&sim, "web")[2]
    let answer = Self.header + "Name:\tweb.default.svc.cluster.local\nAddress: \(ip)\n\n"
    #expect(sim.must("nslookup web") == answer)
    #expect(sim.must("nslookup web.default") == answer)
    #expect(sim.must("nslookup web.default.svc.cluster.local") == answer)
    #expect(
      sim.must("nslookup kubernetes.default")
        == Self.header + "Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n")
    #expect(sim.must("describe svc web").contains("DNS Name:                 web.default.svc.cluster.local\n"))
  }

  @Test func shortNamesResolveInTheClientsNamespace() {
    var sim = Simulation.defaultSample()
    sim.must("create namespace shop")
    let result = sim.run("nslookup web -n shop")
    #expect(result.output == Self.header)
    #expect(result.errors == ["** server can't find web: NXDOMAIN"])
    #expect(sim.must("nslookup web.default -n shop").contains("Name:\tweb.default.svc.cluster.local\n"))
    #expect(sim.run("nslookup nope").transcript == Self.header + "** server can't find nope: NXDOMAIN\n")
  }

  /// StatefulSet pods named as the StatefulSet controller names them: hostname `web-N`, subdomain the governing
  /// headless Service.
  func statefulPods(_ sim: inout Simulation) {
    var documents = [
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: nginx
      spec:
        clusterIP: None
        selector:
          app: nginx
        ports:
        - name: web
          port: 80
      """
    ]
    for index in 0..<3 {
      documents.append(
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web-\(index)
          labels:
            app: nginx
            statefulset.kubernetes.io/pod-name: web-\(index)
        spec:
          hostname: web-\(index)
          subdomain: nginx
          containers:
          - name: nginx
            image: nginx:1.27
            ports:
            - containerPort: 80
              name: web
        """)
    }
    sim.apply(documents.joined(separator: "\n---\n"))
    sim.must("advance 20s")
  }

  @Test func aHeadlessServiceListsItsPodsAndNamesEachOne() {
    var sim = Simulation.defaultSample()
    statefulPods(&sim)
    let ips = (0..<3).map { Net.ip(of: "web-\($0)", sim) }
    let sorted = ips.sorted { IPv4($0)!.value < IPv4($1)!.value }
    #expect(Net.serviceRow(&sim, "nginx")[2] == "None")
    let all = sim.must("nslookup nginx")
    #expect(
      all == Self.header + sorted.map { "Name:\tnginx.default.svc.cluster.local\nAddress: \($0)\n" }.joined() + "\n")
    // CoreDNS's loadbalance plugin rotates the answer.
    #expect(sim.must("nslookup nginx").split(separator: "\n")[3] == "Address: \(sorted[1])")
    for index in 0..<3 {
      #expect(
        sim.must("nslookup web-\(index).nginx")
          == Self.header + "Name:\tweb-\(index).nginx.default.svc.cluster.local\nAddress: \(ips[index])\n\n")
    }
    #expect(sim.must("curl web-1.nginx").hasPrefix("Hostname: web-1\nIP: \(ips[1])\n"))
    // A pod that is not ready is not in the answer.
    sim.must("crash pod/web-1")
    #expect(!sim.must("nslookup nginx").contains(ips[1]))
    #expect(sim.run("nslookup web-1.nginx").errors == ["** server can't find web-1.nginx: NXDOMAIN"])
  }

  @Test func aStatefulSetsHeadlessServiceListsItsPods() {
    var sim = Simulation.defaultSample()
    sim.apply(
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: nginx
      spec:
        clusterIP: None
        selector:
          app: nginx
        ports:
        - name: web
          port: 80
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: web
      spec:
        serviceName: nginx
        replicas: 2
        selector:
          matchLabels:
            app: nginx
        template:
          metadata:
            labels:
              app: nginx
          spec:
            containers:
            - name: nginx
              image: nginx:1.27
              ports:
              - containerPort: 80
                name: web
      """)
    sim.must("advance 60s")
    let answer = sim.must("nslookup nginx")
    for index in 0..<2 { #expect(answer.contains("Address: \(Net.ip(of: "web-\(index)", sim))\n")) }
    #expect(sim.must("nslookup web-0.nginx").contains("Name:\tweb-0.nginx.default.svc.cluster.local\n"))
  }

  @Test func externalNameIsACanonicalName() {
    var sim = Simulation.defaultSample()
    sim.apply(
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: db
      spec:
        type: ExternalName
        externalName: db.example.com
      """)
    let answer = sim.must("nslookup db")
    #expect(answer.hasPrefix(Self.header + "db.default.svc.cluster.local\tcanonical name = db.example.com.\n"))
    #expect(answer.contains("Name:\tdb.example.com\nAddress: 198.51.100."))
  }

  @Test func podAndReverseRecords() {
    var sim = Simulation.defaultSample()
    let pod = Net.pods(sim, app: "web")[0]
    let ip = Net.ip(of: pod, sim)
    let dashed = ip.replacing(".", with: "-")
    #expect(
      sim.must("nslookup \(dashed).default.pod.cluster.local")
        == Self.header + "Name:\t\(dashed).default.pod.cluster.local\nAddress: \(ip)\n\n")
    #expect(
      sim.must("nslookup 10.96.0.1")
        == Self.header + "1.0.96.10.in-addr.arpa\tname = kubernetes.default.svc.cluster.local.\n\n")
    let reversed = ip.split(separator: ".").reversed().joined(separator: ".")
    #expect(
      sim.must("nslookup \(ip)")
        == Self.header + "\(reversed).in-addr.arpa\tname = \(dashed).web.default.svc.cluster.local.\n\n")
  }

  @Test func withoutCoreDNSNothingAnswers() {
    var sim = Simulation.defaultSample()
    #expect(sim.must("get deploy coredns -n kube-system").contains("coredns   2/2     2            2"))
    sim.must("scale deploy/coredns -n kube-system --replicas=0")
    sim.must("advance 40s")
    #expect(sim.run("nslookup web").errors == [";; connection timed out; no servers could be reached"])
    #expect(sim.run("curl web").errors == ["curl: (6) Could not resolve host: web"])
    let ip = Net.serviceRow(&sim, "web")[2]
    #expect(sim.must("curl \(ip)").hasPrefix("Hostname: web-"), "addresses still work without DNS")
  }
}
