import ClusterSim
import KubeModel
import Testing

/// `expose` and `create service`, as a learner makes Services without a manifest.
@Suite struct ServiceGeneratorTests {
  @Test func exposeADeploymentAsANodePort() {
    var sim = Simulation.defaultSample()
    #expect(
      sim.must("expose deployment web --port=80 --target-port=http --type=NodePort --name=web-np")
        == "service/web-np exposed\n")
    let row = Net.serviceRow(&sim, "web-np")
    #expect(row[1] == "NodePort")
    #expect(row[4].hasPrefix("80:") && row[4].hasSuffix("/TCP"))
    #expect(sim.must("get svc web-np -o wide").contains("app=web\n"))
    let nodePort = row[4].dropFirst(3).prefix(5)
    #expect(sim.must("curl http://172.18.0.3:\(nodePort)").hasPrefix("Hostname: web-"))
    #expect(Net.endpointIPs(&sim, "web-np").count == 3)
    #expect(
      sim.run("expose pod nope --port=80").errors == ["Error from server (NotFound): pods \"nope\" not found"])
  }

  @Test func exposeTakesTheContainerPortsWithoutPort() {
    var sim = Simulation.defaultSample()
    sim.apply(NetManifests.deployment("api", replicas: 1))
    sim.must("expose deploy/api")
    #expect(Net.serviceRow(&sim, "api")[4] == "80/TCP")
    #expect(sim.must("describe svc api").contains("TargetPort:               80/TCP\n"))
  }

  @Test func createServiceWithSeveralPorts() {
    var sim = Simulation.defaultSample()
    #expect(sim.must("create service nodeport shop --tcp=80:8080,443:8443") == "service/shop created\n")
    let ports = Net.serviceRow(&sim, "shop")[4]
    let parts = ports.split(separator: ",")
    #expect(parts.count == 2 && parts[0].hasPrefix("80:") && parts[1].hasPrefix("443:"), "\(ports)")
    let page = sim.must("describe svc shop")
    #expect(page.contains("Port:                     80-8080  80/TCP\nTargetPort:               8080/TCP\n"))
    #expect(page.contains("Port:                     443-8443  443/TCP\nTargetPort:               8443/TCP\n"))
    sim.must("create service clusterip db --clusterip=None")
    #expect(Net.serviceRow(&sim, "db")[2] == "None")
    sim.must("create service externalname ext --external-name=db.example.com")
    #expect(Net.serviceRow(&sim, "ext")[3] == "db.example.com")
  }

  @Test func aServiceWithTwoNamedPortsRoutesEachToItsTarget() {
    var sim = Simulation.defaultSample()
    sim.apply(
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: dual
      spec:
        replicas: 1
        selector:
          matchLabels:
            app: dual
        template:
          metadata:
            labels:
              app: dual
          spec:
            containers:
            - name: app
              image: nginx:1.27
              ports:
              - name: http
                containerPort: 8080
              - name: admin
                containerPort: 9090
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: dual
      spec:
        selector:
          app: dual
        ports:
        - name: http
          port: 80
          targetPort: http
        - name: admin
          port: 9000
          targetPort: admin
      """)
    sim.must("advance 20s")
    let ip = Net.ip(of: Net.pods(sim, app: "dual")[0], sim)
    #expect(
      Net.endpointsCell(&sim, "dual") == "\(ip):9090,\(ip):8080"
        || Net.endpointsCell(&sim, "dual") == "\(ip):8080,\(ip):9090")
    let page = sim.must("describe svc dual")
    #expect(page.contains("TargetPort:               http/TCP\nEndpoints:                \(ip):8080\n"))
    #expect(page.contains("TargetPort:               admin/TCP\nEndpoints:                \(ip):9090\n"))
    #expect(sim.must("curl dual").contains("IP: \(ip)\n"))
    #expect(sim.must("curl dual:9000").contains("IP: \(ip)\n"))
  }
}
