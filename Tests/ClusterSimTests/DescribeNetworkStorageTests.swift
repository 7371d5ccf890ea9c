import ClusterSim
import KubeModel
import Testing

/// `kubectl describe` of Ingresses and PersistentVolumeClaims (kubectl 1.36 `describeIngressV1`,
/// `describePersistentVolumeClaim`).
@Suite struct DescribeNetworkStorageTests {
  typealias F = DescribeFixture

  static func backend(_ service: String, number: Int = 0, name: String = "") -> IngressBackend {
    var backend = IngressBackend()
    var target = IngressServiceBackend()
    target.name = service
    target.port.number = number
    target.port.name = name
    backend.service = target
    return backend
  }

  static func path(_ path: String, _ backend: IngressBackend) -> HTTPIngressPath {
    var value = HTTPIngressPath()
    value.path = path
    value.pathType = "Prefix"
    value.backend = backend
    return value
  }

  @Test func ingressWithTLSRulesAndBackendEndpoints() throws {
    var sim = Simulation.withoutControllers()
    var web = Service()
    web.metadata = F.meta("web")
    web.spec.ports = [ServicePort(port: 80, targetPort: .int(8080))]
    try sim.cluster.create(web)
    var api = Service()
    api.metadata = F.meta("api")
    api.spec.ports = [ServicePort(name: "http", port: 80, targetPort: .int(8080))]
    try sim.cluster.create(api)
    try sim.cluster.create(
      DescribeServiceTests.slice(
        "web-1", service: "web", ports: [("", 8080)], endpoints: [("10.244.0.5", true), ("10.244.0.6", true)]))
    try sim.cluster.create(
      DescribeServiceTests.slice("api-1", service: "api", ports: [("http", 8080)], endpoints: [("10.244.1.9", true)]))

    var ingress = Ingress()
    ingress.metadata = F.meta("shop")
    ingress.metadata.annotations = ["nginx.ingress.kubernetes.io/rewrite-target": "/"]
    ingress.spec.ingressClassName = "nginx"
    var tls = IngressTLS()
    tls.hosts = ["shop.example.com"]
    tls.secretName = "shop-tls"
    ingress.spec.tls = [tls]
    var shop = IngressRule()
    shop.host = "shop.example.com"
    var shopPaths = HTTPIngressRuleValue()
    shopPaths.paths = [
      Self.path("/", Self.backend("web", number: 80)), Self.path("/api", Self.backend("api", name: "http")),
    ]
    shop.http = shopPaths
    var any = IngressRule()
    var anyPaths = HTTPIngressRuleValue()
    anyPaths.paths = [Self.path("/healthz", Self.backend("health", number: 8080))]
    any.http = anyPaths
    ingress.spec.rules = [shop, any]
    ingress = try sim.cluster.create(ingress)
    ingress.status.loadBalancer.ingress = [LoadBalancerIngress(ip: "192.168.49.2")]
    sim.cluster.write(ingress)

    F.expectPage(
      sim.run("describe ingress shop").output,
      """
      Name:             shop
      Labels:           <none>
      Namespace:        default
      Address:          192.168.49.2
      Ingress Class:    nginx
      Default backend:  <default>
      TLS:
        shop-tls terminates shop.example.com
      Rules:
        Host              Path  Backends
        ----              ----  --------
        shop.example.com \u{20}
                          /      web:80 (10.244.0.5:8080,10.244.0.6:8080)
                          /api   api:http (10.244.1.9:8080)
        *                \u{20}
                          /healthz   health:8080 (<error: services "health" not found>)
      Annotations:        nginx.ingress.kubernetes.io/rewrite-target: /
      Events:             <none>

      """)
  }

  @Test func ingressWithOnlyADefaultBackend() throws {
    var sim = Simulation.withoutControllers()
    var ingress = Ingress()
    ingress.metadata = F.meta("catch-all")
    ingress.spec.defaultBackend = Self.backend("missing", number: 80)
    try sim.cluster.create(ingress)

    F.expectPage(
      sim.run("describe ing catch-all").output,
      """
      Name:             catch-all
      Labels:           <none>
      Namespace:        default
      Address:         \u{20}
      Ingress Class:    <none>
      Default backend:  missing:80 (<error: services "missing" not found>)
      Rules:
        Host        Path  Backends
        ----        ----  --------
        *           *     missing:80 (<error: services "missing" not found>)
      Annotations:  <none>
      Events:       <none>

      """)
  }

  @Test func boundClaimUsedByTwoPods() throws {
    var sim = Simulation.withoutControllers()
    var claim = PersistentVolumeClaim()
    claim.metadata = F.meta("web-data", labels: ["app": "web"])
    claim.metadata.annotations = [
      "pv.kubernetes.io/bind-completed": "yes", "pv.kubernetes.io/bound-by-controller": "yes",
    ]
    claim.metadata.finalizers = ["kubernetes.io/pvc-protection"]
    claim.spec.accessModes = ["ReadWriteOnce"]
    claim.spec.storageClassName = "standard"
    claim.spec.resources.requests = ["storage": F.quantity("1Gi")]
    claim.spec.volumeName = "pvc-1234"
    claim = try sim.cluster.create(claim)
    claim.status.phase = "Bound"
    claim.status.accessModes = ["ReadWriteOnce"]
    claim.status.capacity = ["storage": F.quantity("1Gi")]
    sim.cluster.write(claim)
    for name in ["web-1", "web-0", "other"] {
      var pod = Pod()
      pod.metadata = F.meta(name)
      pod.spec.containers = [Container(name: "web", image: "nginx")]
      var volume = Volume(name: "data")
      volume.persistentVolumeClaim = PersistentVolumeClaimVolumeSource(claimName: name == "other" ? "x" : "web-data")
      pod.spec.volumes = [volume]
      try sim.cluster.create(pod)
    }

    F.expectPage(
      sim.run("describe pvc web-data").output,
      """
      Name:          web-data
      Namespace:     default
      StorageClass:  standard
      Status:        Bound
      Volume:        pvc-1234
      Labels:        app=web
      Annotations:   pv.kubernetes.io/bind-completed: yes
                     pv.kubernetes.io/bound-by-controller: yes
      Finalizers:    [kubernetes.io/pvc-protection]
      Capacity:      1Gi
      Access Modes:  RWO
      VolumeMode:    Filesystem
      Used By:       web-0
                     web-1
      Events:        <none>

      """)
  }

  @Test func pendingClaimHasNoCapacityYet() throws {
    var sim = Simulation.withoutControllers()
    var claim = PersistentVolumeClaim()
    claim.metadata = F.meta("scratch")
    claim.spec.accessModes = ["ReadWriteOnce"]
    claim.spec.storageClassName = "standard"
    claim.spec.resources.requests = ["storage": F.quantity("5Gi")]
    claim = try sim.cluster.create(claim)
    sim.cluster.recordEvent(
      claim, reason: "WaitForFirstConsumer", message: "waiting for first consumer to be created before binding",
      from: .persistentVolumeController)
    F.advance(&sim, to: 14)

    F.expectPage(
      sim.run("describe pvc scratch").output,
      """
      Name:          scratch
      Namespace:     default
      StorageClass:  standard
      Status:        Pending
      Volume:       \u{20}
      Labels:        <none>
      Annotations:   <none>
      Finalizers:    [kubernetes.io/pvc-protection]
      Capacity:     \u{20}
      Access Modes: \u{20}
      VolumeMode:    Filesystem
      Used By:       <none>
      Events:
        Type    Reason                Age   From                         Message
        ----    ------                ----  ----                         -------
        Normal  WaitForFirstConsumer  14s   persistentvolume-controller  waiting for first consumer to be \
      created before binding

      """)
  }
}
