import ArgumentParser
import ClusterSim
import Dashboard
import Foundation
import KubeModel

/// `kubarium demo [NAME]`: plays a sample's scenario as a guided demo in the dashboard, a caption per step, for a
/// teacher in front of a class; with no name, lists the samples.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Play a sample cluster's scenario as a guided demo (kubarium demo lists them).",
    discussion: """
      The sample's cluster opens in the dashboard with a caption bar: what the next step does and why. Space (or \
      enter, or right) runs the step; what its commands printed covers the panes until the next space. Time stands \
      still between steps, so the story is always the same. Esc leaves the demo, and any other key hands you the \
      cluster at once: the key does what it always does, and time runs again.

      Examples:
        kubarium demo                          # the samples, one line each
        kubarium demo rolling-update           # step by step, a key at a time
        kubarium demo node-failure --auto 8    # a step every 8 seconds
        kubarium demo services --headless      # every caption and transcript, printed
      Samples are found in SampleClusters/ from the working directory or the binary's checkout, or KUBARIUM_SAMPLES.
      """
  )

  @Argument(help: "The sample to play (a name from the list, or a sample folder).")
  var name: String?

  @Option(
    name: .customLong("auto"),
    help: ArgumentHelp(
      "Go on by itself: each step's output, then the cluster, stay SECONDS on screen.", valueName: "SECONDS"))
  var seconds: Double?

  @Flag(help: "Print every caption and what each command printed, without the dashboard.")
  var headless = false

  @Option(help: "The seed of the simulation's random choices.")
  var seed: UInt64 = ClusterState.defaultSeed

  @Option(name: .customLong("set"), help: "A value for ${NAME} in manifests, as NAME=VALUE (repeatable).")
  var values: [String] = []

  @Option(help: "The dashboard's theme (see kubarium tui --help).")
  var theme: String?

  @Flag(help: "Draw with ASCII instead of Unicode box drawing.")
  var ascii = false

  @Option(help: "The speed of virtual time once you take over: 0.5, 1, 2, 5, 10, 30 or 60.")
  var speed: Double = 1

  @Flag(help: "Show Secrets' values decoded in the YAML view instead of masked (X toggles it there).")
  var showSecrets = false

  func validate() throws {
    if let seconds, !(seconds > 0) { throw ValidationError("--auto needs a positive number of seconds") }
    if headless && seconds != nil {
      throw ValidationError("--headless prints everything at once; --auto is for the dashboard")
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let directory = FileManager.default.currentDirectoryPath
    guard
      let library = SampleLibrary.locate(
        environment: environment, currentDirectory: directory, executable: CommandLine.arguments[0])
    else {
      throw Self.failure("no SampleClusters folder found here or beside the binary; set KUBARIUM_SAMPLES")
    }
    guard let name else {
      Output.standard(Self.listing(library))
      return
    }
    guard let sample = library.sample(named: name) else {
      let known = library.samples().map(\.name).joined(separator: ", ")
      throw Self.failure("no sample \"\(name)\" with a \(Sample.scenarioFile): the samples are \(known)")
    }
    var simulation = try makeSimulation(sample, library: library, environment: environment)
    if headless {
      let succeeded = DemoHeadless.play(sample, in: &simulation) { Output.standard($0) }
      if !succeeded { throw ExitCode(1) }
      return
    }
    try openDashboard(sample, simulation: simulation, environment: environment)
  }

  /// The samples, one line each: name and title.
  static func listing(_ library: SampleLibrary) -> String {
    let samples = library.samples()
    let width = samples.map(\.name.count).max() ?? 0
    var text = "Samples (kubarium demo NAME, or kubarium demo NAME --headless):\n"
    for sample in samples {
      text +=
        "  " + sample.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + sample.script.title + "\n"
    }
    return text
  }

  /// The sample's cluster, loaded as `kubarium run --cluster` loads it, resolving the scenario's paths from the
  /// folder that holds `SampleClusters`.
  func makeSimulation(_ sample: Sample, library: SampleLibrary, environment: [String: String]) throws -> Simulation {
    var variables: [String: String] = [:]
    for value in values {
      guard let equals = value.firstIndex(of: "=") else {
        throw ValidationError("--set expects NAME=VALUE, got \(value)")
      }
      variables[String(value[..<equals])] = String(value[value.index(after: equals)...])
    }
    var simulation = Simulation(
      seed: seed, start: ClusterState.defaultStart, warmUp: Simulation.defaultWarmUp, variables: variables,
      environment: environment, workingDirectory: library.root)
    let result = simulation.loadCluster(at: sample.folder)
    for warning in result.warnings { Output.error("Warning: \(warning)\n") }
    for notice in result.notices { Output.error(notice + "\n") }
    for error in result.errors { Output.error(error + "\n") }
    return simulation
  }

  func openDashboard(_ sample: Sample, simulation: consuming Simulation, environment: [String: String]) throws {
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
      throw Self.failure("the demo needs a terminal; use --headless to print it")
    }
    var state = DashboardState()
    state.paused = true
    state.clusterName = sample.name
    state.demo = DemoState(name: sample.name, script: sample.script, autoInterval: seconds)
    let launcher = DashboardLauncher(
      environment: environment, theme: theme, ascii: ascii, speed: speed, showSecrets: showSecrets)
    try launcher.run(simulation, state: state)
  }

  /// A problem found while running, not in the arguments: said in one line, exit code 1, without the usage text
  /// that argument errors get.
  static func failure(_ message: String) -> ExitCode {
    Output.error("error: \(message)\n")
    return ExitCode(1)
  }
}
