import ArgumentParser
import ClusterSim
import Foundation
import KubeModel

/// The options every subcommand that builds a cluster shares.
struct ClusterOptions: ParsableArguments {
  @Option(help: "A manifest file or folder to load (default: the built-in sample cluster).")
  var cluster: String?

  @Option(help: "The seed of the simulation's random choices.")
  var seed: UInt64 = ClusterState.defaultSeed

  @Option(name: .customLong("set"), help: "A value for ${NAME} in manifests, as NAME=VALUE (repeatable).")
  var values: [String] = []

  @Option(help: "The start of virtual time, RFC 3339 (default 2025-01-06T09:00:00Z).")
  var start: String?

  @Flag(help: "Refuse the whole cluster when any manifest has a problem.")
  var strict = false

  @Option(help: "Resume a simulation saved with the save command, instead of loading a cluster.")
  var load: String?

  @Option(help: "How long the loaded cluster runs before T+0, so it is up when you look (0s to watch it start).")
  var warmUp = "5m"

  func makeSimulation() throws -> Simulation {
    var variables: [String: String] = [:]
    for value in values {
      guard let equals = value.firstIndex(of: "=") else {
        throw ValidationError("--set expects NAME=VALUE, got \(value)")
      }
      variables[String(value[..<equals])] = String(value[value.index(after: equals)...])
    }
    var startTime = ClusterState.defaultStart
    if let start {
      guard let parsed = Timestamp(rfc3339: start) else { throw ValidationError("--start is not RFC 3339: \(start)") }
      startTime = parsed
    }
    guard let warmUpDuration = SimDuration(parsing: warmUp), warmUpDuration >= .zero else {
      throw ValidationError("--warm-up is not a duration such as 5m: \(warmUp)")
    }
    var simulation: Simulation
    var result: CommandResult
    if let load {
      guard cluster == nil else { throw ValidationError("--load and --cluster cannot be used together") }
      do {
        simulation = try Snapshot.read(from: load)
      } catch {
        Output.error("error: \(error.description)\n")
        throw ExitCode(1)
      }
      for (name, value) in variables { simulation.variables[name] = value }
      simulation.environment = ProcessInfo.processInfo.environment
      simulation.workingDirectory = FileManager.default.currentDirectoryPath
      return simulation
    } else if let cluster {
      simulation = Simulation(
        seed: seed, start: startTime, warmUp: warmUpDuration, variables: variables,
        environment: ProcessInfo.processInfo.environment, workingDirectory: FileManager.default.currentDirectoryPath)
      result = simulation.loadCluster(at: cluster, strict: strict)
    } else {
      (simulation, result) = Simulation.defaultCluster(seed: seed, start: startTime, warmUp: warmUpDuration)
      simulation.variables = variables
      simulation.environment = ProcessInfo.processInfo.environment
      simulation.workingDirectory = FileManager.default.currentDirectoryPath
    }
    for warning in result.warnings { Output.error("Warning: \(warning)\n") }
    for notice in result.notices { Output.error(notice + "\n") }
    for error in result.errors { Output.error(error + "\n") }
    if strict && !result.succeeded { throw ExitCode(1) }
    return simulation
  }
}
