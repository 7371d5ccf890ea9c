import KubeModel

/// A simulated cluster with its command language: what `kubarium run`, the dashboard's `:` prompt, and every test
/// drive. A value: copying it forks the whole simulation.
public struct Simulation: Sendable {
  public var cluster: ClusterState
  /// Values for `${VAR}` in manifests (`--set NAME=VALUE`), consulted before the environment.
  public var variables: [String: String]
  /// The process environment, for `${VAR}` substitution.
  public var environment: [String: String]
  /// Default values for `${VAR}`, consulted after `variables` and the environment: a cluster folder's
  /// `variables.env` (see ``ClusterVariablesFile``), so a sample's templates load without any flag.
  public var templateDefaults: [String: String] = [:]
  /// Where relative file names in commands (`apply -f web.yaml`) are resolved.
  public var workingDirectory: String

  /// The default warm-up of a loaded cluster (see ``ClusterState/init(seed:start:warmUp:)``).
  public static let defaultWarmUp = SimDuration.minutes(5)

  public init(
    seed: UInt64 = ClusterState.defaultSeed, start: Timestamp = ClusterState.defaultStart, warmUp: SimDuration = .zero,
    variables: [String: String] = [:], environment: [String: String] = [:], workingDirectory: String = ".",
    addons: Bool = true
  ) {
    cluster = ClusterState(seed: seed, start: start, warmUp: warmUp)
    self.variables = variables
    self.environment = environment
    self.workingDirectory = workingDirectory
    cluster.bootstrap(addons: addons)
  }

  /// Runs one command line and lets the cluster settle at the current instant.
  @discardableResult
  public mutating func run(_ line: String) -> CommandResult {
    let result: CommandResult
    do {
      let words = try CommandTokenizer.words(line)
      guard !words.isEmpty else { return CommandResult() }
      let command = try CommandParser.parse(words, currentNamespace: cluster.currentNamespace)
      result = command.isAtomic ? runAtomically(command) : command.run(in: &self)
    } catch {
      result = CommandResult(error: error.description)
    }
    cluster.settle()
    return result
  }

  /// Runs a command on a copy and keeps the copy only if the command succeeded, so a failing command changes
  /// nothing. When the failed run had changed objects or time, what it printed about that is not shown; a run that
  /// changed neither (a lookup that found nothing) prints as it ran.
  private mutating func runAtomically(_ command: any Verb) -> CommandResult {
    var trial = self
    var result = command.run(in: &trial)
    guard result.succeeded else {
      let changed =
        trial.cluster.store.resourceVersion != cluster.store.resourceVersion || trial.cluster.now != cluster.now
      if changed {
        if !result.output.isEmpty { result.notices.append("nothing was changed because of the error above") }
        result.output = ""
      }
      return result
    }
    self = trial
    return result
  }
}

/// What a command printed: its output, and what kubectl would print to standard error — warnings, notices that
/// are not failures (`No resources found`), and errors.
public struct CommandResult: Hashable, Sendable {
  public var output: String
  public var errors: [String]
  public var warnings: [String]
  public var notices: [String]

  public init(output: String = "", errors: [String] = [], warnings: [String] = [], notices: [String] = []) {
    self.output = output
    self.errors = errors
    self.warnings = warnings
    self.notices = notices
  }

  public init(error: String) {
    self.init(errors: [error])
  }

  public var succeeded: Bool { errors.isEmpty }

  /// Everything as one transcript: warnings, output, then errors, each line ending in a newline.
  public var transcript: String {
    var text = warnings.map { "Warning: \($0)\n" }.joined()
    text += output
    text += notices.map { $0 + "\n" }.joined()
    text += errors.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
    return text
  }

  mutating func append(_ other: CommandResult) {
    output += other.output
    errors += other.errors
    warnings += other.warnings
    notices += other.notices
  }

  mutating func line(_ text: String) { output += text + "\n" }
}

/// Objects named by manifests, for `delete -f` (filled in by the manifest loader).
struct LoadedManifests {
  struct Named {
    var resource: ResourceKind
    var namespace: String
    var name: String
  }

  var objects: [Named] = []
  var result = CommandResult()
}
