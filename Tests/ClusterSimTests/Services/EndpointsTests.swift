import ClusterSim
import KubeModel
import Testing

/// Endpoints and EndpointSlices follow the ready pods a Service selects (`pkg/controller/endpoint`,
/// `pkg/controller/endpointslice`).
@Suite struct EndpointsTests {
  @Test func theDefaultServiceListsItsThreeReadyPods() {
    var sim = Simulation.defaultSample()
    let ips = Net.pods(sim, app: "web").map { Net.ip(of: $0, sim) }
    #expect(Net.endpointIPs(&sim, "web") == Set(ips))
    #expect(Net.endpointsCell(&sim, "web").split(separator: ",").allSatisfy { $0.hasSuffix(":80") })
    let slices = sim.must("get endpointslices -l kubernetes.io/service-name=web")
    let row = slices.split(separator: "\n")[1].split(separator: " ")
    #expect(row[0].hasPrefix("web-"))
    #expect(row[1] == "IPv4")
    #expect(row[2] == "80")
    #expect(Set(row[3].split(separator: ",").map(String.init)) == Set(ips))
    #expect(
      sim.run("get ep web").warnings == ["v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice"])
    let endpoints = sim.must("describe ep web")
    #expect(endpoints.contains("  NotReadyAddresses:  <none>\n"))
    #expect(endpoints.contains("    http  80    TCP\n"))
  }

  @Test func aPodThatFailsReadinessLeavesAndComesBackWhenItPasses() {
    var sim = Simulation.defaultSample()
    // The application stops answering 20 s after each start; its liveness probe then restarts it.
    sim.apply(
      NetManifests.deployment(
        "flaky", replicas: 2, annotations: ["kubarium.dev/breaks-after": "20s"],
        container: NetManifests.readiness + [
          "livenessProbe:", "  httpGet:", "    path: /", "    port: http", "  periodSeconds: 5",
          "  failureThreshold: 2",
        ]))
    sim.apply(
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: flaky
      spec:
        selector:
          app: flaky
        ports:
        - port: 80
          targetPort: http
      """)
    var counts: [Int] = []
    for _ in 0..<60 {
      sim.must("advance 1s")
      counts.append(Net.endpointIPs(&sim, "flaky").count)
    }
    let firstFull = counts.firstIndex(of: 2)!
    let firstDrop = counts[firstFull...].firstIndex { $0 < 2 }!
    #expect(counts[firstDrop...].contains(2), "the pods come back once they pass again: \(counts)")
    #expect(counts[firstDrop] < 2)
    #expect(sim.must("get events").contains("Readiness probe failed"))
  }

  @Test func aCrashedContainerLeavesUntilItIsReadyAgain() {
    var sim = Simulation.defaultSample()
    let victim = Net.pods(sim, app: "web")[0]
    let ip = Net.ip(of: victim, sim)
    #expect(Net.endpointIPs(&sim, "web").contains(ip))
    sim.must("crash pod/\(victim)")
    #expect(!Net.endpointIPs(&sim, "web").contains(ip))
    #expect(!sim.must("describe svc web").contains(ip))
    sim.must("advance 15s")
    #expect(Net.endpointIPs(&sim, "web").contains(ip))
  }

  @Test func notReadyPodsAreListedAsNotReadyUnlessPublished() {
    var sim = Simulation.defaultSample()
    sim.apply(
      NetManifests.deployment(
        "cold", replicas: 1, annotations: ["kubarium.dev/never-ready": "true"], container: NetManifests.readiness))
    sim.apply(
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: cold
      spec:
        selector:
          app: cold
        ports:
        - port: 80
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: cold-published
      spec:
        publishNotReadyAddresses: true
        selector:
          app: cold
        ports:
        - port: 80
      """)
    sim.must("advance 20s")
    let ip = Net.ip(of: Net.pods(sim, app: "cold")[0], sim)
    #expect(!ip.isEmpty)
    #expect(Net.endpointsCell(&sim, "cold") == "")
    #expect(sim.must("describe ep cold").contains("  NotReadyAddresses:  \(ip)\n"))
    #expect(sim.must("describe svc cold").contains("Endpoints:                \n"))
    #expect(Net.endpointIPs(&sim, "cold-published") == [ip])
    #expect(sim.must("curl cold-published").contains("IP: \(ip)\n"))
  }

  @Test func terminatingPodsLeaveTheEndpointsAndStayInTheSliceAsTerminating() {
    var sim = Simulation.defaultSample()
    let victim = Net.pods(sim, app: "web")[0]
    let ip = Net.ip(of: victim, sim)
    sim.must("delete pod \(victim) --wait=false")
    #expect(!Net.endpointIPs(&sim, "web").contains(ip))
    let slice = sim.must("get endpointslices -l kubernetes.io/service-name=web -o yaml")
    #expect(slice.contains("terminating: true"))
  }

  @Test func aSelectorChangePicksOtherPods() {
    var sim = Simulation.defaultSample()
    sim.apply(NetManifests.deployment("api", replicas: 2))
    sim.must("advance 20s")
    sim.apply(
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        labels:
          app: web
      spec:
        selector:
          app: api
        ports:
        - name: http
          port: 80
          targetPort: http
      """)
    let api = Set(Net.pods(sim, app: "api").map { Net.ip(of: $0, sim) })
    #expect(Net.endpointIPs(&sim, "web") == api)
  }
}
