import ClusterSim
import KubeModel
import Testing

/// ResourceQuota and LimitRange admission, with the API server's messages (`plugin/pkg/admission/limitranger`,
/// `apiserver/pkg/admission/plugin/resourcequota`, `pkg/quota/v1/evaluator/core`).
@Suite struct QuotaAndLimitTests {
  static let quota = """
    apiVersion: v1
    kind: ResourceQuota
    metadata:
      name: compute-quota
    spec:
      hard:
        pods: "4"
        requests.cpu: "1"
        requests.memory: 1Gi
        limits.cpu: "2"
        limits.memory: 2Gi
        count/deployments.apps: "2"
    """

  static let resources = [
    "resources:", "  requests:", "    cpu: 300m", "    memory: 128Mi", "  limits:", "    cpu: 500m",
    "    memory: 256Mi",
  ]

  @Test func aQuotaStopsAScaleUpWithFailedCreate() {
    var sim = Simulation.defaultSample()
    sim.must("create namespace team")
    sim.must("config set-context --current --namespace=team")
    sim.apply(Self.quota)
    sim.apply(NetManifests.deployment("web", replicas: 2, namespace: "team", container: Self.resources))
    sim.must("advance 10s")
    #expect(
      sim.must("get quota")
        == "NAME            AGE   REQUEST                                                                       "
        + "             LIMIT\n"
        + "compute-quota   10s   count/deployments.apps: 1/2, pods: 2/4, requests.cpu: 600m/1, requests.memory: "
        + "256Mi/1Gi   limits.cpu: 1/2, limits.memory: 512Mi/2Gi\n")
    sim.must("scale deployment web --replicas=5")
    sim.must("advance 10s")
    #expect(Net.pods(sim, app: "web", namespace: "team").count == 3)
    let replicaSet = sim.cluster.store.replicaSets.list(namespace: "team")[0].metadata.name
    let page = sim.must("describe rs \(replicaSet)")
    #expect(page.contains("Replicas:       3 current / 5 desired\n"))
    #expect(page.contains("  ReplicaFailure   True    FailedCreate\n"))
    #expect(
      page.contains(
        "replicaset-controller  Error creating: pods \"\(replicaSet)-\" is forbidden: exceeded quota: compute-quota, "
          + "requested: requests.cpu=300m, used: requests.cpu=900m, limited: requests.cpu=1\n"))
    #expect(page.contains("Warning  FailedCreate  "))
    #expect(
      sim.must("describe quota compute-quota")
        == """
        Name:                   compute-quota
        Namespace:              team
        Resource                Used   Hard
        --------                ----   ----
        count/deployments.apps  1      2
        limits.cpu              1500m  2
        limits.memory           768Mi  2Gi
        pods                    3      4
        requests.cpu            900m   1
        requests.memory         384Mi  1Gi

        """)

    // Raising the limit lets the ReplicaSet finish.
    sim.apply(
      Self.quota.replacing("requests.cpu: \"1\"", with: "requests.cpu: \"2\"").replacing(
        "limits.cpu: \"2\"", with: "limits.cpu: \"4\""
      ).replacing("pods: \"4\"", with: "pods: \"10\""))
    sim.must("advance 10s")
    #expect(Net.pods(sim, app: "web", namespace: "team").count == 5)
  }

  @Test func aQuotaOnComputeResourcesRequiresThemOfEveryContainer() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.quota)
    let result = sim.run("create deployment bare --image=nginx:1.27")
    #expect(result.succeeded)
    sim.must("advance 5s")
    let replicaSet = sim.cluster.store.replicaSets.list(namespace: "default").first {
      $0.metadata.name.hasPrefix("bare-")
    }!.metadata.name
    #expect(
      sim.must("describe rs \(replicaSet)").contains(
        "Error creating: pods \"\(replicaSet)-\" is forbidden: failed quota: compute-quota: must specify "
          + "limits.cpu for: nginx; limits.memory for: nginx; requests.cpu for: nginx; requests.memory for: nginx\n"))
    #expect(
      sim.run("create deployment third --image=nginx:1.27").errors.first?.contains(
        "deployments.apps \"third\" is forbidden: exceeded quota: compute-quota, requested: count/deployments.apps=1, "
          + "used: count/deployments.apps=2, limited: count/deployments.apps=2") == true)
  }

  static let limits = """
    apiVersion: v1
    kind: LimitRange
    metadata:
      name: limits
    spec:
      limits:
      - type: Container
        default:
          cpu: 500m
          memory: 256Mi
        defaultRequest:
          cpu: 200m
          memory: 128Mi
        max:
          cpu: "1"
        min:
          cpu: 100m
        maxLimitRequestRatio:
          cpu: "4"
    """

  func pod(_ name: String, _ resources: [String]) -> String {
    ([
      "apiVersion: v1", "kind: Pod", "metadata:", "  name: \(name)", "spec:", "  containers:", "  - name: \(name)",
      "    image: nginx:1.27",
    ] + resources.map { "    " + $0 }).joined(separator: "\n")
  }

  @Test func aLimitRangeFillsInDefaults() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.limits)
    sim.apply(pod("plain", []))
    let page = sim.must("describe pod plain")
    #expect(
      page.contains(
        "Annotations:      kubernetes.io/limit-ranger: LimitRanger plugin set: cpu, memory request for container "
          + "plain; cpu, memory limit for container plain\n"
      ))
    #expect(page.contains("    Limits:\n      cpu:     500m\n      memory:  256Mi\n"))
    #expect(page.contains("    Requests:\n      cpu:        200m\n      memory:     128Mi\n"))
    #expect(
      sim.must("describe limits limits").contains(
        "Container   cpu       100m  1    200m             500m           4\n"))
  }

  @Test func aLimitRangeRefusesWhatItForbids() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.limits)
    let folder = try! TemporaryFolder([
      "big.yaml": pod("big", ["resources:", "  limits:", "    cpu: \"2\""]),
      "small.yaml": pod("small", ["resources:", "  requests:", "    cpu: 50m"]),
      "ratio.yaml": pod("ratio", ["resources:", "  requests:", "    cpu: 100m", "  limits:", "    cpu: \"1\""]),
    ])
    defer { folder.remove() }
    func error(_ file: String) -> String { sim.run("apply -f \(folder.path)/\(file)").errors.joined() }
    #expect(
      error("big.yaml").hasSuffix(
        "Error from server (Forbidden): pods \"big\" is forbidden: maximum cpu usage per Container is 1, but limit is 2"
      ))
    // The default limit (500m) is applied first, so the ratio is broken too: all violations, aggregated.
    #expect(
      error("small.yaml").hasSuffix(
        "pods \"small\" is forbidden: [minimum cpu usage per Container is 100m, but request is 50m, cpu max limit to "
          + "request ratio per Container is 4, but provided ratio is 10.000000]"))
    #expect(
      error("ratio.yaml").hasSuffix(
        "pods \"ratio\" is forbidden: cpu max limit to request ratio per Container is 4, but provided ratio is "
          + "10.000000"
      ))
    // A Deployment's pods are refused the same way, as FailedCreate events.
    sim.apply(
      NetManifests.deployment("greedy", replicas: 1, container: ["resources:", "  limits:", "    cpu: \"3\""]))
    let replicaSet = sim.cluster.store.replicaSets.list(namespace: "default").first {
      $0.metadata.name.hasPrefix("greedy-")
    }!.metadata.name
    #expect(
      sim.must("describe rs \(replicaSet)").contains(
        "Error creating: pods \"\(replicaSet)-\" is forbidden: maximum cpu usage per Container is 1, but limit is 3\n"))
  }

  @Test func aPodLimitBoundsTheSumOfItsContainers() {
    var sim = Simulation.defaultSample()
    sim.apply(
      """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: per-pod
      spec:
        limits:
        - type: Pod
          max:
            cpu: "1"
      """)
    let folder = try! TemporaryFolder([
      "pair.yaml": """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pair
      spec:
        containers:
        - name: a
          image: nginx:1.27
          resources:
            limits:
              cpu: 600m
        - name: b
          image: nginx:1.27
          resources:
            limits:
              cpu: 600m
      """
    ])
    defer { folder.remove() }
    #expect(
      sim.run("apply -f \(folder.path)/pair.yaml").errors.joined().hasSuffix(
        "pods \"pair\" is forbidden: maximum cpu usage per Pod is 1, but limit is 1200m"))
  }
}
