import ArgumentParser
import ClusterSim
import Foundation
import Testing

@testable import KubariumCLI

/// `kubarium demo` without a terminal: the list of samples, the headless transcript, its options, and `kubarium run
/// --captions`, which prints a scenario's captions with its transcript.
@Suite struct DemoCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  static func library() throws -> SampleLibrary {
    try #require(SampleLibrary.locate(environment: [:], currentDirectory: root + "/Sources", executable: "kubarium"))
  }

  @Test func listsEverySampleWithItsTitle() throws {
    let library = try Self.library()
    #expect(library.folder == Self.root + "/SampleClusters")
    let listing = DemoCommand.listing(library)
    let folders = try FileManager.default.contentsOfDirectory(atPath: library.folder).sorted()
    #expect(listing.split(separator: "\n").count == folders.count + 1)
    for name in folders {
      let title = try #require(library.sample(named: name)).script.title
      #expect(!title.isEmpty)
      #expect(listing.split(separator: "\n").contains { $0.hasPrefix("  \(name) ") && $0.hasSuffix(title) })
    }
  }

  @Test func headlessPrintsTheIntroductionEveryCaptionAndEveryCommand() throws {
    let library = try Self.library()
    let sample = try #require(library.sample(named: "recreate"))
    var simulation = Simulation(
      warmUp: Simulation.defaultWarmUp, environment: [:], workingDirectory: library.root)
    #expect(simulation.loadCluster(at: sample.folder).errors.isEmpty)
    var text = ""
    #expect(DemoHeadless.play(sample, in: &simulation) { text += $0 })
    #expect(text.hasPrefix("Demo recreate: \(sample.script.title)\n"))
    let steps = sample.script.steps
    #expect(text.contains("── Step \(steps.count)/\(steps.count) ──"))
    for command in steps.flatMap(\.commands) { #expect(text.contains("\n$ \(command.written)\n")) }
    // Each caption, wrapped at 100 columns, heads its step.
    for (index, step) in steps.enumerated() {
      let wrapped = DemoText.wrap(step.caption, width: 100)
      #expect(wrapped.count > 1 || step.caption.count <= 100)
      #expect(wrapped.allSatisfy { $0.count <= 100 })
      #expect(text.contains("── Step \(index + 1)/\(steps.count) ──\n" + wrapped.joined(separator: "\n") + "\n"))
    }
  }

  @Test func autoTakesSecondsAndNotWithHeadless() throws {
    let parsed = try KubariumCommand.parseAsRoot(["demo", "recreate", "--auto", "2.5"])
    #expect((parsed as? DemoCommand)?.seconds == 2.5)
    #expect(throws: (any Error).self) { try KubariumCommand.parseAsRoot(["demo", "recreate", "--auto", "0"]) }
    #expect(throws: (any Error).self) {
      try KubariumCommand.parseAsRoot(["demo", "recreate", "--headless", "--auto", "3"])
    }
  }

  @Test func runCaptionsGoWithTheFirstCommandOfEachStep() {
    let lines = ScriptLine.parse(
      """
      # A title.

      # First caption.
      get pods
      advance 5s
      # Second caption.
      get nodes || true
      """, file: "s.kub")
    #expect(lines.map(\.text) == ["get pods", "advance 5s", "get nodes"])
    #expect(lines.map(\.caption) == ["First caption.", nil, "Second caption."])
    #expect(lines.map(\.location) == ["s.kub:4", "s.kub:5", "s.kub:7"])
    #expect(lines[2].mayFail)
  }

  @Test func anUnknownSampleIsAnErrorWithTheNamesNotAUsageText() throws {
    var command = try KubariumCommand.parseAsRoot(["demo", "no-such-sample", "--headless"])
    #expect(throws: ExitCode(1)) { try command.run() }
  }
}
