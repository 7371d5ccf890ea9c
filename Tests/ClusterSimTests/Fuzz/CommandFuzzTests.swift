import Foundation
import KubeModel
import Testing

@testable import ClusterSim

/// Random command lines run against the default cluster, twenty at a time on the same cluster so later commands
/// meet what earlier ones did: ten thousand seeded lines (`KUBARIUM_FUZZ_CASES` for more). None may crash or hang,
/// and a command that fails while parsing, or fails as a whole, must leave the cluster as it was.
@Suite struct CommandFuzzTests {
  static let linesPerSequence = 20

  /// The default cluster, working in a scratch folder that holds a good and a bad manifest for `apply -f`.
  static func sample(in folder: String) -> Simulation {
    var simulation = Simulation.defaultSample()
    simulation.workingDirectory = folder
    return simulation
  }

  @Test func randomCommandLinesNeverCrashHangOrHalfApply() throws {
    let cases = ReliabilityBudget.fuzzCases
    let folder = try TemporaryFolder([
      "web.yaml": Manifests.deployment("fuzzed", replicas: 2),
      "bad.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bad\nspec:\n  replicas: -1\n",
    ])
    defer { folder.remove() }
    let run = ReliabilityRun(.fuzzCommands)
    let base = Self.sample(in: folder.path)
    var violations: [String] = []
    var simulation = base
    var generator = CommandLineGenerator(names: [])
    var random = SeededGenerator(seed: 0)
    var failed = 0
    for index in 0..<cases {
      if index % Self.linesPerSequence == 0 {
        simulation = base
        random = SeededGenerator(seed: 0x636F_6D6D_616E_6473 &+ UInt64(index))
      }
      generator.names = simulation.cluster.store.pods.list().prefix(6).map(\.metadata.name)
      let line = generator.line(using: &random)
      guard !line.hasPrefix("save"), !line.hasPrefix("kubectl save") else { continue }
      run.begin(
        "line \(index) (sequence seed \(0x636F_6D6D_616E_6473 &+ UInt64(index - index % Self.linesPerSequence))): \(line)"
      )
      let parsed = try? CommandParser.parse(CommandTokenizer.words(line), currentNamespace: "default")
      // Lines that do not parse never reach a verb: check one in ten of them, and every atomic verb that failed.
      let check = parsed.map(\.isAtomic) ?? (index % 10 == 0)
      let before = simulation
      let result = simulation.run(line)
      if !result.succeeded {
        failed += 1
        // A cheap look at every such failure; the whole encoded cluster for one in ten.
        guard check else { continue }
        if Signature(before.cluster) != Signature(simulation.cluster) {
          violations.append(line)
        } else if failed % 10 == 0 {
          let (old, new) = (try ClusterFingerprint.of(before.cluster), try ClusterFingerprint.of(simulation.cluster))
          if old != new { violations.append(line) }
        }
      }
    }
    #expect(violations.isEmpty, "failed commands that changed the cluster: \(violations.prefix(5))")
    #expect(failed < cases, "some lines should succeed")
    print("reliability: fuzz-commands \(failed) of \(cases) lines failed")
    run.finish(cases: cases, violations: violations.count)
  }

  /// The tokenizer and parser alone, on lines of any characters: they answer or refuse, never crash.
  @Test func randomTextNeverCrashesTheParser() {
    var random = SeededGenerator(seed: 0x7061_7273_6572)
    let generator = CommandLineGenerator(names: ["web"])
    for _ in 0..<ReliabilityBudget.fuzzCases {
      let text = (0..<Int.random(in: 0...5, using: &random)).map { _ in
        random.chance(0.5) ? generator.token(using: &random) : generator.junk(using: &random)
      }.joined(separator: random.chance(0.8) ? " " : "")
      let line = random.chance(0.7) ? random.pick(CommandLineGenerator.verbs) + " " + text : text
      if let words = try? CommandTokenizer.words(line) {
        _ = try? CommandParser.parse(words, currentNamespace: "default")
      }
    }
  }
}

/// What any write changes: the store's resource version, the clock, the event count, the next wakeup.
struct Signature: Equatable {
  var resourceVersion: Int64
  var now: Timestamp
  var events: Int
  var nextWakeup: Timestamp?
  var crashRequests: Int

  init(_ cluster: ClusterState) {
    resourceVersion = cluster.store.resourceVersion
    now = cluster.now
    events = cluster.store.events.count
    nextWakeup = cluster.nextWakeup
    crashRequests = cluster.crashRequests.count
  }
}
