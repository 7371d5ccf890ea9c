import ClusterSim
import KubeModel
import Testing

/// `kubectl describe service` (kubectl 1.36 `describeService`): endpoints come from the service's EndpointSlices,
/// ready endpoints only, three at most.
@Suite struct DescribeServiceTests {
  typealias F = DescribeFixture

  static func slice(
    _ name: String, service: String, ports: [(String, Int)], endpoints: [(String, Bool?)]
  ) -> EndpointSlice {
    var slice = EndpointSlice()
    slice.metadata = F.meta(name, labels: ["kubernetes.io/service-name": service])
    slice.addressType = "IPv4"
    slice.ports = ports.map { name, number in
      var port = SlicePort()
      port.name = name
      port.port = number
      port.protocol = "TCP"
      return port
    }
    slice.endpoints = endpoints.map { address, ready in
      var endpoint = SliceEndpoint()
      endpoint.addresses = [address]
      endpoint.conditions.ready = ready
      return endpoint
    }
    return slice
  }

  @Test func clusterIPServiceListsReadyEndpoints() throws {
    var sim = Simulation.withoutControllers()
    var service = Service()
    service.metadata = F.meta("web", labels: ["app": "web"])
    service.spec.selector = ["app": "web"]
    service.spec.ports = [ServicePort(port: 80, targetPort: .int(8080))]
    service.spec.clusterIP = "10.96.0.10"
    service.spec.clusterIPs = ["10.96.0.10"]
    try sim.cluster.create(service)
    try sim.cluster.create(
      Self.slice(
        "web-abc12", service: "web", ports: [("", 8080)],
        endpoints: [("10.244.0.5", true), ("10.244.0.6", nil), ("10.244.0.7", false)]))

    F.expectPage(
      sim.run("describe svc web").output,
      """
      Name:                     web
      Namespace:                default
      Labels:                   app=web
      Annotations:              <none>
      Selector:                 app=web
      Type:                     ClusterIP
      IP Family Policy:         SingleStack
      IP Families:              IPv4
      IP:                       10.96.0.10
      IPs:                      10.96.0.10
      DNS Name:                 web.default.svc.cluster.local
      Port:                     <unset>  80/TCP
      TargetPort:               8080/TCP
      Endpoints:                10.244.0.5:8080,10.244.0.6:8080
      Session Affinity:         None
      Internal Traffic Policy:  Cluster
      Events:                   <none>

      """)
  }

  @Test func nodePortServiceWithNamedPortsCapsEndpointsAtThree() throws {
    var sim = Simulation.withoutControllers()
    var service = Service()
    service.metadata = F.meta("api")
    service.spec.type = "NodePort"
    service.spec.selector = ["app": "api", "tier": "backend"]
    var http = ServicePort(name: "http", port: 80, targetPort: .int(8080))
    http.nodePort = 30080
    var metrics = ServicePort(name: "metrics", port: 9090, targetPort: .string("metrics"))
    metrics.nodePort = 30090
    service.spec.ports = [http, metrics]
    service.spec.clusterIP = "10.96.12.7"
    service.spec.clusterIPs = ["10.96.12.7"]
    try sim.cluster.create(service)
    let ready: [(String, Bool?)] = [("10.244.1.2", true), ("10.244.1.3", true), ("10.244.2.2", true)]
    try sim.cluster.create(
      Self.slice("api-aaaaa", service: "api", ports: [("http", 8080), ("metrics", 9090)], endpoints: ready))
    try sim.cluster.create(
      Self.slice("api-bbbbb", service: "api", ports: [("http", 8080)], endpoints: [("10.244.2.3", true)]))

    F.expectPage(
      sim.run("describe service api").output,
      """
      Name:                     api
      Namespace:                default
      Labels:                   <none>
      Annotations:              <none>
      Selector:                 app=api,tier=backend
      Type:                     NodePort
      IP Family Policy:         SingleStack
      IP Families:              IPv4
      IP:                       10.96.12.7
      IPs:                      10.96.12.7
      DNS Name:                 api.default.svc.cluster.local
      Port:                     http  80/TCP
      TargetPort:               8080/TCP
      NodePort:                 http  30080/TCP
      Endpoints:                10.244.1.2:8080,10.244.1.3:8080,10.244.2.2:8080 + 1 more...
      Port:                     metrics  9090/TCP
      TargetPort:               metrics/TCP
      NodePort:                 metrics  30090/TCP
      Endpoints:                10.244.1.2:9090,10.244.1.3:9090,10.244.2.2:9090
      Session Affinity:         None
      External Traffic Policy:  Cluster
      Internal Traffic Policy:  Cluster
      Events:                   <none>

      """)
  }

  @Test func loadBalancerServiceWithoutReadyEndpoints() throws {
    var sim = Simulation.withoutControllers()
    var service = Service()
    service.metadata = F.meta("lb")
    service.metadata.annotations = ["service.beta.kubernetes.io/aws-load-balancer-type": "nlb"]
    service.spec.type = "LoadBalancer"
    service.spec.selector = ["app": "shop"]
    var https = ServicePort(name: "https", port: 443, targetPort: .int(8443))
    https.nodePort = 31443
    service.spec.ports = [https]
    service.spec.clusterIP = "10.96.40.1"
    service.spec.clusterIPs = ["10.96.40.1"]
    service.spec.loadBalancerIP = "203.0.113.10"
    service.spec.externalTrafficPolicy = "Local"
    service.spec.healthCheckNodePort = 32000
    service.spec.loadBalancerSourceRanges = ["10.0.0.0/8", "192.168.0.0/16"]
    service = try sim.cluster.create(service)
    var vip = LoadBalancerIngress(ip: "203.0.113.10")
    vip.ipMode = "VIP"
    service.status.loadBalancer.ingress = [vip, LoadBalancerIngress(hostname: "lb.example.com")]
    service = sim.cluster.write(service)
    try sim.cluster.create(
      Self.slice("lb-xyz98", service: "lb", ports: [("https", 8443)], endpoints: [("10.244.3.9", false)]))
    sim.cluster.recordEvent(
      service, reason: "EnsuringLoadBalancer", message: "Ensuring load balancer", from: .serviceController)
    F.advance(&sim, to: 3)
    sim.cluster.recordEvent(
      service, reason: "EnsuredLoadBalancer", message: "Ensured load balancer", from: .serviceController)
    F.advance(&sim, to: 95)

    F.expectPage(
      sim.run("describe services lb").output,
      """
      Name:                        lb
      Namespace:                   default
      Labels:                      <none>
      Annotations:                 service.beta.kubernetes.io/aws-load-balancer-type: nlb
      Selector:                    app=shop
      Type:                        LoadBalancer
      IP Family Policy:            SingleStack
      IP Families:                 IPv4
      IP:                          10.96.40.1
      IPs:                         10.96.40.1
      DNS Name:                    lb.default.svc.cluster.local
      Desired LoadBalancer IP:     203.0.113.10
      LoadBalancer Ingress:        203.0.113.10 (VIP), lb.example.com
      Port:                        https  443/TCP
      TargetPort:                  8443/TCP
      NodePort:                    https  31443/TCP
      Endpoints:                  \u{20}
      Session Affinity:            None
      External Traffic Policy:     Local
      Internal Traffic Policy:     Cluster
      HealthCheck NodePort:        32000
      LoadBalancer Source Ranges:  10.0.0.0/8,192.168.0.0/16
      Events:
        Type    Reason                Age   From                Message
        ----    ------                ----  ----                -------
        Normal  EnsuringLoadBalancer  95s   service-controller  Ensuring load balancer
        Normal  EnsuredLoadBalancer   92s   service-controller  Ensured load balancer

      """)
  }

  @Test func headlessServiceWithoutSlices() throws {
    var sim = Simulation.withoutControllers()
    var service = Service()
    service.metadata = F.meta("db", labels: ["app": "db"])
    service.spec.selector = ["app": "db"]
    service.spec.clusterIP = "None"
    service.spec.clusterIPs = ["None"]
    service.spec.ports = [ServicePort(name: "postgres", port: 5432, targetPort: .int(5432))]
    try sim.cluster.create(service)

    F.expectPage(
      sim.run("describe svc db").output,
      """
      Name:                     db
      Namespace:                default
      Labels:                   app=db
      Annotations:              <none>
      Selector:                 app=db
      Type:                     ClusterIP
      IP Family Policy:         SingleStack
      IP Families:              IPv4
      IP:                       None
      IPs:                      None
      DNS Name:                 db.default.svc.cluster.local
      Port:                     postgres  5432/TCP
      TargetPort:               5432/TCP
      Endpoints:                <none>
      Session Affinity:         None
      Internal Traffic Policy:  Cluster
      Events:                   <none>

      """)
  }
}
