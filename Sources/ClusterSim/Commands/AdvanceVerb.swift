import KubeModel

/// `advance DURATION`: moves virtual time forward, letting every controller act on the way.
public struct AdvanceVerb: Verb {
  /// Cannot fail once parsed.
  public var isAtomic: Bool { false }

  public static let name = "advance"
  public static let usage = ["advance DURATION   (Go syntax: 500ms, 30s, 5m, 1h30m)"]
  public static let summary = "Advance the simulation's virtual clock"
  public static let flags: [FlagSpec] = []

  var duration: SimDuration

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    guard arguments.positionals.count == 1 else {
      throw CommandError("advance takes one duration, such as 30s, 5m or 1h30m")
    }
    guard let duration = SimDuration(parsing: arguments.positionals[0]), duration.milliseconds >= 0 else {
      throw CommandError(
        "invalid duration \"\(arguments.positionals[0])\": use Go syntax such as 500ms, 30s, 5m or 1h30m")
    }
    self.duration = duration
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    simulation.cluster.advance(by: duration)
    return CommandResult()
  }
}
