import ClusterSim
import KubeModel
import Testing

/// The describe command around the pages (kubectl 1.36 `DescribeOptions.Run` and `DescribeMatchingResources`), and
/// `DescribePodTemplate` written without a tabwriter for `rollout history --revision`.
@Suite struct DescribeVerbTests {
  typealias F = DescribeFixture

  static func configMaps(_ names: [String], in sim: inout Simulation) throws {
    for name in names {
      var configMap = ConfigMap()
      configMap.metadata = F.meta(name)
      let created = try sim.cluster.create(configMap)
      sim.cluster.recordEvent(created, reason: "Touched", message: "touched \(name)", from: EventReporter("tester"))
    }
  }

  static func page(_ name: String, events: Bool) -> String {
    """
    Name:         \(name)
    Namespace:    default
    Labels:       <none>
    Annotations:  <none>

    Data
    ====

    BinaryData
    ====


    """
      + (events
        ? """
        Events:
          Type    Reason   Age   From    Message
          ----    ------   ----  ----    -------
          Normal  Touched  0s    tester  touched \(name)

        """ : "")
  }

  @Test func oneObjectShowsItsEvents() throws {
    var sim = Simulation.withoutControllers()
    try Self.configMaps(["a"], in: &sim)
    F.expectPage(sim.run("describe configmap a").output, Self.page("a", events: true))
  }

  @Test func severalObjectsAreSeparatedByTwoNewlinesWithoutEvents() throws {
    var sim = Simulation.withoutControllers()
    try Self.configMaps(["a", "b"], in: &sim)
    let result = sim.run("describe configmaps")
    F.expectPage(result.output, Self.page("a", events: false) + "\n\n" + Self.page("b", events: false))
    #expect(result.errors.isEmpty && result.notices.isEmpty)
  }

  @Test func showEventsBringsThemBackForSeveralObjects() throws {
    var sim = Simulation.withoutControllers()
    try Self.configMaps(["a", "b"], in: &sim)
    F.expectPage(
      sim.run("describe cm --show-events").output,
      Self.page("a", events: true) + "\n\n" + Self.page("b", events: true))
    F.expectPage(sim.run("describe cm a --show-events=false").output, Self.page("a", events: false))
  }

  @Test func aMissingNameHidesEventsAndIsReported() throws {
    var sim = Simulation.withoutControllers()
    try Self.configMaps(["a"], in: &sim)
    let result = sim.run("describe configmap a missing")
    F.expectPage(result.output, Self.page("a", events: false))
    #expect(result.errors == ["Error from server (NotFound): configmaps \"missing\" not found"])
  }

  @Test func aNamePrefixDescribesEveryMatchFollowedByANewline() throws {
    var sim = Simulation.withoutControllers()
    try Self.configMaps(["db", "web-1", "web-2"], in: &sim)
    let result = sim.run("describe configmap web")
    F.expectPage(result.output, Self.page("web-1", events: false) + "\n" + Self.page("web-2", events: false) + "\n")
    #expect(result.errors.isEmpty)
    #expect(sim.run("describe configmap zzz").errors == ["Error from server (NotFound): configmaps \"zzz\" not found"])
    // Only `TYPE NAME` falls back to prefixes.
    #expect(sim.run("describe configmap/web").output.isEmpty)
  }

  @Test func nothingFoundIsANotice() {
    var sim = Simulation.withoutControllers()
    #expect(sim.run("describe nodes").notices == ["No resources found in default namespace."])
    #expect(sim.run("describe pods -A").notices == ["No resources found"])
  }

  @Test func rolloutHistoryRevisionPrintsThePodTemplateWithLiteralTabs() throws {
    var sim = Simulation.withoutControllers()
    _ = try DescribeWorkloadTests.rollout(in: &sim)
    let result = sim.run("rollout history deployment/web --revision=2")
    #expect(
      result.output
        == "deployment.apps/web with revision #2\nPod Template:\n  Labels:\tapp=web\n\tpod-template-hash=7d9c5b6f8\n"
        + "  Containers:\n   web:\n    Image:\tnginx:1.26\n    Port:\t80/TCP\n    Host Port:\t0/TCP\n"
        + "    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n"
        + "  Tolerations:\t<none>\n\n")
  }
}
