import ClusterSim
import Foundation
import KubeModel
import Testing

/// Every verb given wrong arguments answers as kubectl would and leaves the cluster exactly as it was: the encoded
/// cluster (objects, clock, timers, queues, random streams) is byte for byte the same after the command.
@Suite struct BadCommandTests {
  /// The default cluster, settled, with the name of one of its running pods.
  static let sample: (simulation: Simulation, pod: String) = {
    var simulation = Simulation.defaultSample()
    simulation.must("advance 30s")
    let pod = simulation.cluster.store.pods.list(namespace: "default").first { $0.status.phase == "Running" }
    return (simulation, pod?.metadata.name ?? "")
  }()

  /// Runs a line on a copy of the sample and checks the error and that nothing changed.
  static func check(_ line: String, expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    var simulation = sample.simulation
    let before = try ClusterFingerprint.of(simulation.cluster)
    let result = simulation.run(line.replacingOccurrences(of: "{pod}", with: sample.pod))
    #expect(!result.succeeded, "\(line) succeeded", sourceLocation: sourceLocation)
    let expectedText = expected.replacingOccurrences(of: "{pod}", with: sample.pod)
    #expect(
      result.errors.first?.hasPrefix(expectedText) == true, "\(line): \(result.errors)", sourceLocation: sourceLocation)
    // A verb that changes objects prints nothing of what it would have done; a lookup may print what it found.
    let words = (try? CommandTokenizer.words(line.replacingOccurrences(of: "{pod}", with: sample.pod))) ?? []
    if (try? CommandParser.parse(words, currentNamespace: "default"))?.isAtomic ?? true {
      #expect(result.output.isEmpty, "\(line) printed \(result.output)", sourceLocation: sourceLocation)
    }
    #expect(
      try ClusterFingerprint.of(simulation.cluster) == before, "\(line) changed the cluster",
      sourceLocation: sourceLocation)
  }

  @Test(arguments: BadCommands.all)
  func aBadCommandChangesNothing(_ command: BadCommand) throws {
    try Self.check(command.line, expected: command.expected)
  }

  @Test(arguments: CommandParser.verbs.map { $0.name })
  func anUnknownFlagIsRefusedByEveryVerb(_ verb: String) throws {
    try Self.check("\(verb) --no-such-flag", expected: "error: unknown flag: --no-such-flag")
    try Self.check("\(verb) -Z", expected: "error: unknown shorthand flag: 'Z' in -Z")
  }

  @Test func everyVerbHasBadCommands() {
    let covered = Set(BadCommands.all.map(\.verb))
    for verb in CommandParser.verbs.map({ $0.name }) {
      #expect(covered.contains(verb), "no bad commands for \(verb)")
    }
    ReliabilityFigures.record(.badCommands, cases: BadCommands.all.count + 2 * CommandParser.verbs.count)
  }

  /// kubectl would delete `web` and report `nosuch`; here the command fails as a whole and says so.
  @Test func aTypoInOneOfSeveralNamesChangesNoneOfThem() {
    var simulation = Self.sample.simulation
    let result = simulation.run("delete deploy web nosuch")
    #expect(result.errors == [BadCommands.notFoundWeb2])
    #expect(result.notices == ["nothing was changed because of the error above"])
    #expect(simulation.cluster.store.deployments["default", "web"] != nil)
  }

  /// A refused drain still cordons the node first, as kubectl does; only a bad node name changes nothing.
  @Test func aDrainThatIsRefusedLeavesTheNodeCordonedAsKubectlDoes() {
    var simulation = Self.sample.simulation
    let worker = simulation.cluster.store.pods.list(namespace: "default").first?.spec.nodeName ?? "worker-1"
    simulation.apply(
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: loner
      spec:
        nodeName: \(worker)
        containers:
        - name: c
          image: nginx
      """)
    let result = simulation.run("drain \(worker)")
    #expect(result.errors.first?.contains("cannot delete Pods that declare no controller") == true, "\(result)")
    #expect(simulation.cluster.store.nodes["", worker]?.spec.unschedulable == true)
  }
}
