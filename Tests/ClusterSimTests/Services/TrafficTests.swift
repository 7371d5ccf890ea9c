import ClusterSim
import KubeModel
import Testing

/// `curl` through Services, node ports, load balancers and Ingresses shows which pod answered, or what a learner's
/// curl prints when nothing does.
@Suite struct TrafficTests {
  @Test func curlToAServiceAlternatesOverItsPods() {
    var sim = Simulation.defaultSample()
    let pods = Net.pods(sim, app: "web")
    let answers = (0..<6).map { _ in Net.answeredBy(sim.must("curl http://web"))! }
    #expect(Set(answers) == Set(pods))
    #expect(Array(answers[0..<3]) == Array(answers[3..<6]), "round robin: the same order again")
    #expect(Set(answers[0..<3]).count == 3)
    let first = sim.must("curl web")
    #expect(first.hasSuffix("RemoteAddr: 10.244.0.250\nGET / HTTP/1.1\nHost: web\n"))
  }

  @Test func clientIPAffinitySticks() {
    var sim = Simulation.defaultSample()
    sim.apply(
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: sticky
      spec:
        sessionAffinity: ClientIP
        selector:
          app: web
        ports:
        - port: 80
          targetPort: http
      """)
    #expect(sim.must("describe svc sticky").contains("Session Affinity:         ClientIP\n"))
    let answers = (0..<5).map { _ in Net.answeredBy(sim.must("curl sticky"))! }
    #expect(Set(answers).count == 1, "\(answers)")
    // Another client (a pod) may land elsewhere, and then sticks too.
    let client = Net.pods(sim, app: "web")[1]
    let fromPod = (0..<3).map { _ in Net.answeredBy(sim.must("exec \(client) -- curl -s sticky"))! }
    #expect(Set(fromPod).count == 1)
    // The pinned pod going away moves the client on.
    sim.must("delete pod \(answers[0])")
    sim.must("advance 31s")
    #expect(Net.answeredBy(sim.must("curl sticky")) != answers[0])
  }

  @Test func noEndpointsRefusesTheConnection() {
    var sim = Simulation.defaultSample()
    sim.must("scale deploy/web --replicas=0")
    sim.must("advance 40s")
    #expect(Net.endpointsCell(&sim, "web") == "<none>")
    #expect(
      sim.run("curl web").errors == [
        "curl: (7) Failed to connect to web port 80 after 0 ms: Couldn't connect to server"
      ])
    #expect(sim.run("curl nowhere").errors == ["curl: (6) Could not resolve host: nowhere"])
  }

  @Test func aWrongTargetPortIsRefusedByThePod() {
    var sim = Simulation.defaultSample()
    sim.apply(
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: wrong
      spec:
        selector:
          app: web
        ports:
        - port: 80
          targetPort: 8080
      """)
    #expect(Net.endpointIPs(&sim, "wrong").count == 3, "endpoints do not check that anything listens")
    #expect(
      sim.run("curl wrong").errors == [
        "curl: (7) Failed to connect to wrong port 80 after 0 ms: Couldn't connect to server"
      ])
  }

  @Test func nodePortsAndLoadBalancersReachThePods() {
    var sim = Simulation.defaultSample()
    sim.apply(
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: public
      spec:
        type: NodePort
        selector:
          app: web
        ports:
        - port: 80
          targetPort: http
          nodePort: 30080
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: local
      spec:
        type: LoadBalancer
        externalTrafficPolicy: Local
        selector:
          app: web
        ports:
        - port: 8080
          targetPort: http
      """)
    let pods = Set(Net.pods(sim, app: "web"))
    for node in ["172.18.0.2", "172.18.0.3", "172.18.0.4"] {
      let answer = sim.must("curl http://\(node):30080/")
      #expect(pods.contains(Net.answeredBy(answer)!))
      // Cluster policy: the pod sees the node that forwarded the connection.
      #expect(answer.contains("RemoteAddr: 172.18.0."))
    }
    sim.must("advance 5s")
    let address = Net.serviceRow(&sim, "local")[3]
    let answer = sim.must("curl http://\(address):8080/")
    #expect(answer.contains("RemoteAddr: 10.244.0.250\n"), "Local policy keeps the client's address")
    #expect(sim.run("curl http://\(address):80/").errors.first?.hasPrefix("curl: (28) ") == true)
    // The control plane runs no web pod: a Local Service's node port there drops the connection.
    let localPort = Net.serviceRow(&sim, "local")[4].split(separator: ":")[1].prefix(5)
    #expect(
      sim.run("curl http://172.18.0.2:\(localPort)/").errors == [
        "curl: (28) Failed to connect to 172.18.0.2 port \(localPort) after 130000 ms: Timeout was reached"
      ])
  }

  func ingressSetUp() -> Simulation {
    var sim = Simulation.defaultSample()
    sim.apply(NetManifests.deployment("api", replicas: 1))
    sim.apply(NetManifests.deployment("docs", replicas: 1))
    sim.apply(
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: api
      spec:
        selector:
          app: api
        ports:
        - name: http
          port: 8080
          targetPort: http
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: docs
      spec:
        selector:
          app: docs
        ports:
        - port: 80
          targetPort: http
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: empty
      spec:
        selector:
          app: nothing
        ports:
        - port: 80
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: shop
      spec:
        ingressClassName: nginx
        tls:
        - hosts:
          - secure.example.com
          secretName: secure-tls
        rules:
        - host: shop.example.com
          http:
            paths:
            - path: /
              pathType: Prefix
              backend:
                service:
                  name: web
                  port:
                    number: 80
            - path: /api
              pathType: Prefix
              backend:
                service:
                  name: api
                  port:
                    name: http
            - path: /api/docs
              pathType: Exact
              backend:
                service:
                  name: docs
                  port:
                    number: 80
            - path: /empty
              pathType: Prefix
              backend:
                service:
                  name: empty
                  port:
                    number: 80
        - host: "*.example.org"
          http:
            paths:
            - path: /
              pathType: Prefix
              backend:
                service:
                  name: docs
                  port:
                    number: 80
        - host: secure.example.com
          http:
            paths:
            - path: /
              pathType: Prefix
              backend:
                service:
                  name: web
                  port:
                    number: 80
      """)
    sim.must("advance 30s")
    return sim
  }

  @Test func ingressRoutesByHostAndLongestPath() {
    var sim = ingressSetUp()
    let row = sim.must("get ing shop").split(separator: "\n")[1].split(separator: " ")
    #expect(
      row.map(String.init) == [
        "shop", "nginx", "shop.example.com,*.example.org,secure.example.com", "172.18.255.200", "80,", "443", "30s",
      ])
    let web = Set(Net.pods(sim, app: "web"))
    let api = Net.pods(sim, app: "api")[0]
    let docs = Net.pods(sim, app: "docs")[0]
    func who(_ url: String) -> String? { Net.answeredBy(sim.must("curl \(url)")) }
    #expect(web.contains(who("http://shop.example.com/")!))
    #expect(who("http://shop.example.com/api") == api)
    #expect(who("http://shop.example.com/api/users") == api, "Prefix matches whole path elements")
    #expect(web.contains(who("http://shop.example.com/apiary")!), "…and not parts of one")
    #expect(who("http://shop.example.com/api/docs") == docs, "the longest match wins; Exact")
    #expect(who("http://shop.example.com/api/docs/v2") == api, "Exact matches only itself")
    #expect(who("http://blog.example.org/") == docs, "a wildcard host matches one label")
    // Requests reach the pod from the controller, with the client in X-Forwarded-For.
    let answer = sim.must("curl http://shop.example.com/api")
    #expect(answer.contains("RemoteAddr: 172.18.255.200\n"))
    #expect(answer.hasSuffix("GET /api HTTP/1.1\nHost: shop.example.com\nX-Forwarded-For: 10.244.0.250\n"))
    #expect(who("-H 'Host: shop.example.com' http://172.18.255.200/api") == api)
  }

  @Test func ingressFailuresAreTheControllersPages() {
    var sim = ingressSetUp()
    let notFound =
      "<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n"
      + "<hr><center>nginx</center>\n</body>\n</html>\n"
    #expect(sim.must("curl -H 'Host: unknown.example.com' http://172.18.255.200/") == notFound)
    #expect(sim.must("curl http://172.18.255.200/") == notFound)
    #expect(
      sim.must("curl http://shop.example.com/empty").contains("<title>503 Service Temporarily Unavailable</title>"))
    #expect(
      sim.run("curl --fail http://shop.example.com/empty").errors == [
        "curl: (22) The requested URL returned error: 503"
      ])
    // TLS: plain HTTP is redirected; the certificate of a missing Secret is the controller's own fake one.
    #expect(sim.must("curl -i http://secure.example.com/").hasPrefix("HTTP/1.1 308 Permanent Redirect\n"))
    #expect(
      sim.run("curl https://secure.example.com/").errors == [
        "curl: (60) SSL certificate problem: self-signed certificate"
      ])
    #expect(sim.must("curl -k https://secure.example.com/").hasPrefix("Hostname: web-"))
    #expect(sim.must("curl -L -k http://secure.example.com/").hasPrefix("Hostname: web-"))
    #expect(sim.must("describe ing shop").contains("  secure-tls terminates secure.example.com\n"))
  }

  @Test func execCurlRunsFromInsideThePod() {
    var sim = Simulation.defaultSample()
    sim.must("create namespace other")
    sim.apply(NetManifests.deployment("client", replicas: 1, namespace: "other"))
    sim.must("advance 20s")
    let client = Net.pods(sim, app: "client", namespace: "other")[0]
    let ip = Net.ip(of: client, sim, namespace: "other")
    #expect(
      sim.run("exec \(client) -n other -- curl -s web").transcript == "curl: (6) Could not resolve host: web\n"
        + "command terminated with exit code 6\n")
    let answer = sim.must("exec \(client) -n other -- curl -s web.default")
    #expect(answer.contains("RemoteAddr: \(ip)\n"))
    #expect(
      sim.must("exec \(client) -n other -- wget -qO- http://web.default.svc.cluster.local").hasPrefix("Hostname: web-"))
    #expect(sim.must("curl web.default --from other").hasPrefix("Hostname: web-"))
  }

  @Test func aThrowawayPodRunsACommandAndGoes() {
    var sim = Simulation.defaultSample()
    let output = sim.must("run tmp --rm -it --image=busybox --restart=Never -- wget -qO- web")
    #expect(output.hasPrefix("Hostname: web-"))
    #expect(output.hasSuffix("GET / HTTP/1.1\nHost: web\npod \"tmp\" deleted from default namespace\n"))
    #expect(sim.cluster.store.pods["default", "tmp"] == nil)
    #expect(
      sim.must("run dns --rm -i --image=busybox --restart=Never -- nslookup kubernetes.default").contains(
        "Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n"))
    #expect(
      sim.must("run hello --image=nginx:1.27 --port=80 --expose") == "service/hello created\npod/hello created\n")
    sim.must("advance 10s")
    #expect(sim.must("curl hello").hasPrefix("Hostname: hello\n"))
    #expect(sim.run("run x --rm --image=busybox").errors == ["error: --rm should only be used for attached containers"])
  }
}
