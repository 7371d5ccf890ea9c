import ClusterSim
import Foundation
import KubeModel
import Testing

/// The stories of the samples about reaching and configuring applications: services, config and quota-limits,
/// asserted on what their scenarios print (who answered curl, what DNS said, which key was missing, what the quota
/// refused).
@Suite struct NetworkAndConfigSampleTests {
  /// The pod that answered a curl: the echo server's `Hostname:` line.
  static func answeredBy(_ output: String) -> String? {
    output.split(separator: "\n").first { $0.hasPrefix("Hostname: ") }.map { String($0.dropFirst(10)) }
  }

  /// The `Address:` lines of an nslookup answer, the DNS server's own (`#53`) left out.
  static func addresses(_ output: String) -> [String] {
    output.split(separator: "\n").filter { $0.hasPrefix("Address: ") }.map { String($0.dropFirst(9)) }
  }

  @Test func servicesRouteByTypeNameReadinessAndIngress() throws {
    let run = SampleRun.played("services")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    let services = run.output("get services")
    #expect(PrintedTable.row(services, "web-headless")?[2] == "None")
    #expect(PrintedTable.row(services, "db")?[1] == "ExternalName")
    #expect(PrintedTable.row(services, "db")?[3] == "db.example.com")
    #expect(PrintedTable.row(services, "web-nodeport")?[4] == "80:30080/TCP")
    #expect(PrintedTable.row(services, "web-lb")?[3] == "172.18.255.201")
    let pods = PrintedTable.rows(run.output("get pods -o wide"))
    let web = pods.filter { $0[0].hasPrefix("web-") }
    let webIPs = Set(web.map { $0[5] })
    // Three requests, three different web pods.
    let answered = (0..<3).compactMap { Self.answeredBy(run.output("curl web", $0)) }
    #expect(Set(answered) == Set(web.map { $0[0] }))
    // DNS: the ClusterIP for web, each ready pod for the headless Service, a CNAME for the ExternalName one.
    let clusterIP = try #require(PrintedTable.row(services, "web")?[2])
    #expect(Self.addresses(run.output("nslookup web")) == [clusterIP])
    #expect(Set(Self.addresses(run.output("nslookup web-headless"))) == webIPs)
    #expect(run.output("nslookup db").contains("db.default.svc.cluster.local\tcanonical name = db.example.com."))
    // From outside: the node port and the load balancer's address reach the web pods.
    let nodePort = run.output("curl http://172.18.0.3:30080")
    #expect(web.map { $0[0] }.contains(Self.answeredBy(nodePort) ?? ""))
    #expect(nodePort.contains("Host: 172.18.0.3:30080"))
    #expect(web.map { $0[0] }.contains(Self.answeredBy(run.output("curl http://172.18.255.201")) ?? ""))
    // Session affinity: the same pod twice.
    let sticky = (0..<2).map { Self.answeredBy(run.output("curl web-sticky", $0)) }
    #expect(sticky[0] != nil && sticky[0] == sticky[1])
    // The Ingress: / goes to web, /api to api.
    #expect(Self.answeredBy(run.output("curl http://shop.example.com/"))?.hasPrefix("web-") == true)
    #expect(Self.answeredBy(run.output("curl http://shop.example.com/api/orders"))?.hasPrefix("api-") == true)
    // Endpoints follow readiness: the two new pods join only once Ready.
    let starting = PrintedTable.rows(run.output("get pods -l app=web", 0))
    #expect(starting.filter { $0[1] == "0/1" && $0[2] == "Running" }.count == 2)
    let endpoints = { (occurrence: Int) in PrintedTable.rows(run.output("get endpoints web", occurrence)).first ?? [] }
    #expect(endpoints(1)[1] == endpoints(0)[1], "the same three addresses")
    #expect(endpoints(1)[1].split(separator: ",").count == 3)
    #expect(endpoints(2)[1].hasSuffix("+ 2 more..."))
    // Every pod deleted at once: no ready address (an empty column) until the replacements are Ready.
    #expect(endpoints(3).count == 2 && endpoints(4).count == 2, "\(endpoints(3)) \(endpoints(4))")
    #expect(endpoints(5)[1].hasSuffix("+ 2 more..."))
    #expect(!webIPs.contains { endpoints(5)[1].contains($0 + ":") })
  }

  @Test func configShowsValuesFilesAMissingKeyAndWhenChangesArrive() throws {
    let run = SampleRun.played("config")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    #expect(PrintedTable.row(run.output("get configmaps,secrets"), "configmap/app-config")?[1] == "3")
    // Base64 is an encoding: the stored value decodes to what the container sees.
    let yaml = run.output("get secret db-config -o yaml")
    let encoded = try #require(yaml.split(separator: "\n").first { $0.hasPrefix("  DB_PASSWORD: ") }?.dropFirst(15))
    let decoded = String(decoding: try #require(Data(base64Encoded: String(encoded))), as: UTF8.self)
    #expect(run.output("exec deploy/app -- env | grep DB_").contains("DB_PASSWORD=\(decoded)\n"))
    #expect(run.output("describe secret db-config").contains("DB_PASSWORD:  \(decoded.utf8.count) bytes"))
    #expect(run.output("exec deploy/app -- env | grep COLOR", 0) == "COLOR=blue\n")
    #expect(run.output("exec deploy/app -- ls /etc/app") == "COLOR\nLOG_LEVEL\napp.properties\n")
    // The missing key: the container cannot be created, and the event names the key.
    #expect(PrintedTable.row(run.output("get pods", 0), "reporter")?[2] == "CreateContainerConfigError")
    #expect(
      run.output("describe pod reporter").contains(
        "Error: couldn't find key report-url in ConfigMap default/app-config"))
    #expect(PrintedTable.row(run.output("get pods", 1), "reporter")?[1...2] == ["1/1", "Running"])
    // The mounted file follows the change; the variable only after a restart, in a new pod.
    #expect(run.output("exec deploy/app -- cat /etc/app/app.properties", 0).contains("color=blue"))
    #expect(run.output("exec deploy/app -- cat /etc/app/app.properties", 1).contains("color=green"))
    #expect(run.output("exec deploy/app -- env | grep COLOR", 1) == "COLOR=blue\n")
    #expect(run.output("exec deploy/app -- env | grep COLOR", 2).hasPrefix("COLOR=green\n"))
    let before = try #require(PrintedTable.names(run.output("get pods", 1)).first { $0.hasPrefix("app-") })
    let restarted = run.output("exec deploy/app -- env | grep COLOR", 2)
    #expect(restarted.contains("using pod/app-") && !restarted.contains(before), "\(restarted)")
  }

  @Test func quotaLimitsFillsDefaultsRefusesOverTheBudgetAndRecovers() {
    let run = SampleRun.played("quota-limits")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    let quota = { (occurrence: Int) in run.output("get quota -n team-a", occurrence) }
    #expect(quota(0).contains("pods: 3/5, requests.cpu: 900m/1"))
    // The LimitRange's defaults make the bare pod Burstable, and its 100m fills the CPU budget.
    let debug = run.output("describe pod debug -n team-a")
    #expect(
      debug.contains(
        "kubernetes.io/limit-ranger: LimitRanger plugin set: cpu, memory request for container debug; "
          + "cpu, memory limit for container debug"))
    #expect(debug.contains("QoS Class:                    Burstable"))
    #expect(quota(1).contains("pods: 4/5, requests.cpu: 1/1"))
    // The fourth web pod is over the budget: the ReplicaSet keeps failing with the quota's numbers.
    #expect(PrintedTable.row(run.output("get deployment,replicaset -n team-a"), "deployment.apps/web")?[1] == "3/4")
    #expect(
      run.output("describe replicaset -n team-a").contains(
        "exceeded quota: compute-quota, requested: limits.cpu=500m,requests.cpu=300m, "
          + "used: limits.cpu=1700m,requests.cpu=1, limited: limits.cpu=2,requests.cpu=1"))
    // The LimitRange refuses the 2-CPU container outright.
    let big = run.commands.first { $0.command.text == "apply -f SampleClusters/quota-limits/steps/big-pod.yaml" }
    #expect(
      big?.result.errors.contains {
        $0.hasSuffix("pods \"big\" is forbidden: maximum cpu usage per Container is 1, but limit is 2")
      }
        == true)
    #expect(run.simulation.cluster.store.pods["team-a", "big"] == nil)
    // A raised quota lets the ReplicaSet finish.
    #expect(PrintedTable.row(run.output("get deployment,pods -n team-a"), "deployment.apps/web")?[1] == "4/4")
    #expect(quota(2).contains("pods: 5/10, requests.cpu: 1300m/2"))
  }
}
