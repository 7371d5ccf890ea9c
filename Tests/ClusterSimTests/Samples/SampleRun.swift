import ClusterSim
import Foundation
import KubeModel
import Testing

/// A sample of `SampleClusters/` loaded as `kubarium run --cluster` loads it and played to its end as
/// `kubarium demo --headless` plays it, keeping what every command printed so tests can read the story.
struct SampleRun {
  let name: String
  let load: CommandResult
  var simulation: Simulation
  let script: DemoScript
  private(set) var steps: [DemoStepResult] = []

  /// Loads the sample from the checkout, with the paths of its scenario resolved from the checkout's root;
  /// `cluster` plays the sample's scenario on another cluster folder instead (a generated one, smaller).
  init(_ name: String, cluster: String? = nil) {
    self.name = name
    var simulation = Simulation(
      warmUp: Simulation.defaultWarmUp, environment: [:], workingDirectory: RepositoryPaths.root)
    load = simulation.loadCluster(at: cluster ?? RepositoryPaths.sample(name))
    self.simulation = simulation
    let text = (try? String(contentsOfFile: RepositoryPaths.sample(name) + "/scenario.kub", encoding: .utf8)) ?? ""
    script = DemoScript.parse(text)
  }

  /// Loads and plays every step.
  static func played(_ name: String) -> SampleRun {
    var run = SampleRun(name)
    run.playAll()
    return run
  }

  mutating func playAll() {
    var player = DemoPlayer(script: script)
    while let step = player.playNext(in: &simulation) { steps.append(step) }
  }

  var commands: [DemoStepResult.Ran] { steps.flatMap(\.commands) }

  /// Commands that failed although the script did not mark them `|| true`, with their errors.
  var unexpectedFailures: [String] {
    commands.filter(\.failedUnexpectedly).map { "\($0.command.text): \($0.result.errors.joined(separator: " "))" }
  }

  /// What the `occurrence`-th run (0-based) of a command printed (output and errors, as a user reads them).
  func output(_ command: String, _ occurrence: Int = 0, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let matches = commands.filter { $0.command.text == command }
    guard occurrence < matches.count else {
      Issue.record("\(name): no run \(occurrence) of `\(command)` in the scenario", sourceLocation: sourceLocation)
      return ""
    }
    return matches[occurrence].result.transcript
  }

  /// How many times the scenario runs a command.
  func count(_ command: String) -> Int { commands.filter { $0.command.text == command }.count }
}

/// Tables as kubectl prints them, read back as rows of columns.
enum PrintedTable {
  /// The rows (header excluded) of the first table in `text`, each split on runs of two or more spaces.
  static func rows(_ text: String) -> [[String]] {
    let lines = text.split(separator: "\n").map(String.init)
    guard let header = lines.firstIndex(where: { $0.hasPrefix("NAME") || $0.hasPrefix("NAMESPACE") }) else {
      return []
    }
    var rows: [[String]] = []
    for line in lines[(header + 1)...] {
      if line.isEmpty || line.hasPrefix("NAME") { break }
      rows.append(columns(line))
    }
    return rows
  }

  /// The rows of the `index`-th table of a combined listing (`get statefulset,pods,pvc` prints one per kind).
  static func rows(_ text: String, table index: Int) -> [[String]] {
    let tables = text.components(separatedBy: "\n\n").filter { $0.contains("NAME") }
    return index < tables.count ? rows(tables[index]) : []
  }

  static func columns(_ line: String) -> [String] {
    line.components(separatedBy: "   ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// The first column of every row: names.
  static func names(_ text: String) -> [String] { rows(text).compactMap(\.first) }

  /// The row whose first column is `name`.
  static func row(_ text: String, _ name: String) -> [String]? { rows(text).first { $0.first == name } }
}
