import ClusterSim
import KubeModel
import Testing

/// Cluster IPs, node ports and load-balancer addresses, as the API server and the cloud's service controller
/// hand them out (`pkg/registry/core/service/ipallocator`, `portallocator`, `k8s.io/cloud-provider`).
@Suite struct ServiceAllocationTests {
  func service(_ name: String, type: String = "ClusterIP", port: String = "", clusterIP: String = "") -> String {
    """
    apiVersion: v1
    kind: Service
    metadata:
      name: \(name)
    spec:
      type: \(type)
      \(clusterIP.isEmpty ? "" : "clusterIP: \(clusterIP)")
      selector:
        app: web
      ports:
      - port: 80
        targetPort: http
        \(port.isEmpty ? "" : "nodePort: \(port)")
    """
  }

  @Test func clusterIPsAreRandomInTheDynamicBandAndUnique() {
    var sim = Simulation.defaultSample()
    var seen: Set<String> = []
    for index in 0..<25 {
      sim.apply(service("svc-\(index)"))
      let ip = Net.serviceRow(&sim, "svc-\(index)")[2]
      let parts = ip.split(separator: ".").compactMap { Int($0) }
      #expect(parts.count == 4 && parts[0] == 10 && (96...111).contains(parts[1]), "\(ip) outside 10.96.0.0/12")
      // The first 256 addresses (10.96.0.1-10.96.1.0) are the static band, kept for addresses users choose.
      #expect(!(parts[1] == 96 && parts[2] == 0), "\(ip) taken from the static band")
      #expect(seen.insert(ip).inserted, "\(ip) handed out twice")
    }
    #expect(Net.serviceRow(&sim, "kubernetes")[2] == "10.96.0.1")
    #expect(Net.serviceRow(&sim, "kube-dns", namespace: "kube-system")[2] == "10.96.0.10")
  }

  @Test func theSameSeedAllocatesTheSameAddresses() {
    func addresses() -> [String] {
      var sim = Simulation.defaultSample()
      sim.apply(service("a"))
      sim.apply(service("b", type: "NodePort"))
      return [Net.serviceRow(&sim, "a")[2], Net.serviceRow(&sim, "b")[2], Net.serviceRow(&sim, "b")[4]]
    }
    #expect(addresses() == addresses())
  }

  @Test func aChosenClusterIPIsHonouredOrRefusedWithTheAPIServersMessage() {
    var sim = Simulation.defaultSample()
    sim.apply(service("fixed", clusterIP: "10.96.0.50"))
    #expect(Net.serviceRow(&sim, "fixed")[2] == "10.96.0.50")
    #expect(sim.must("describe svc fixed").contains("IPs:                      10.96.0.50\n"))

    let folder = try! TemporaryFolder([
      "taken.yaml": service("again", clusterIP: "10.96.0.10"),
      "outside.yaml": service("outside", clusterIP: "10.0.0.5"),
    ])
    defer { folder.remove() }
    #expect(
      sim.run("create -f \(folder.path)/taken.yaml").errors.first?.contains(
        "spec.clusterIPs: Invalid value: [\"10.96.0.10\"]: failed to allocate IP 10.96.0.10: "
          + "provided IP is already allocated") == true)
    #expect(
      sim.run("create -f \(folder.path)/outside.yaml").errors.first?.contains(
        "spec.clusterIPs: Invalid value: [\"10.0.0.5\"]: failed to allocate IP 10.0.0.5: "
          + "the provided network does not match the current range") == true)
    #expect(sim.run("get svc again").errors == ["Error from server (NotFound): services \"again\" not found"])
  }

  @Test func nodePortsAreAllocatedGivenOrRefused() {
    var sim = Simulation.defaultSample()
    sim.apply(service("auto", type: "NodePort"))
    let ports = Net.serviceRow(&sim, "auto")[4]
    let nodePort = Int(ports.dropFirst(3).prefix(5))!
    #expect(ports == "80:\(nodePort)/TCP")
    #expect((30086...32767).contains(nodePort), "dynamic allocations come from above the static band")

    sim.apply(service("fixed", type: "NodePort", port: "30080"))
    #expect(Net.serviceRow(&sim, "fixed")[4] == "80:30080/TCP")
    #expect(sim.must("describe svc fixed").contains("NodePort:                 <unset>  30080/TCP\n"))

    let folder = try! TemporaryFolder([
      "taken.yaml": service("taken", type: "NodePort", port: "30080"),
      "low.yaml": service("low", type: "NodePort", port: "8080"),
    ])
    defer { folder.remove() }
    let taken = sim.run("apply -f \(folder.path)/taken.yaml").errors.joined()
    #expect(taken.hasPrefix("The Service \"taken\" is invalid: "))
    #expect(taken.hasSuffix("spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated"))
    let low = sim.run("apply -f \(folder.path)/low.yaml").errors.joined()
    #expect(
      low.hasSuffix(
        "spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. "
          + "The range of valid ports is 30000-32767"))

    // Deleting the Service frees its port.
    sim.must("delete svc fixed")
    sim.must("apply -f \(folder.path)/taken.yaml")
    #expect(Net.serviceRow(&sim, "taken")[4] == "80:30080/TCP")
  }

  @Test func aLoadBalancerIsPendingThenGetsAnAddress() {
    var sim = Simulation.defaultSample()
    sim.apply(service("shop", type: "LoadBalancer"))
    var row = Net.serviceRow(&sim, "shop")
    #expect(row[1] == "LoadBalancer")
    #expect(row[3] == "<pending>")
    #expect(row[4].hasPrefix("80:3") && row[4].hasSuffix("/TCP"))
    sim.must("advance 5s")
    row = Net.serviceRow(&sim, "shop")
    #expect(row[3] == "172.18.255.201")
    let page = sim.must("describe svc shop")
    #expect(page.contains("LoadBalancer Ingress:     172.18.255.201 (VIP)\n"))
    #expect(page.contains("External Traffic Policy:  Cluster\n"))
    #expect(page.contains("Normal  EnsuringLoadBalancer  5s    service-controller  Ensuring load balancer\n"))
    #expect(page.contains("Normal  EnsuredLoadBalancer   0s    service-controller  Ensured load balancer\n"))

    // Turning it back into a ClusterIP Service gives the address and the node port back.
    let folder = try! TemporaryFolder(["shop.yaml": service("shop")])
    defer { folder.remove() }
    sim.must("apply -f \(folder.path)/shop.yaml")
    row = Net.serviceRow(&sim, "shop")
    #expect(row[1] == "ClusterIP")
    #expect(row[3] == "<none>")
    #expect(row[4] == "80/TCP")
    let events = sim.must("describe svc shop")
    #expect(events.contains("Normal  Type                  0s    service-controller  LoadBalancer -> ClusterIP\n"))
    #expect(events.contains("Normal  DeletedLoadBalancer   0s    service-controller  Deleted load balancer\n"))
  }

  @Test func headlessAndExternalNameServicesHaveNoClusterIP() {
    var sim = Simulation.defaultSample()
    sim.apply(service("headless", clusterIP: "None"))
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
    #expect(Net.serviceRow(&sim, "headless")[2] == "None")
    #expect(Net.serviceRow(&sim, "db") == ["db", "ExternalName", "<none>", "db.example.com", "<none>", "0s"])
  }
}
