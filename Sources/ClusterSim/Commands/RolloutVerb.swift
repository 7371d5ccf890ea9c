import KubeModel

/// `rollout status|history|undo|restart|pause|resume`: watching and steering rollouts, as kubectl does.
public struct RolloutVerb: Verb {
  public static let name = "rollout"
  public static let usage = [
    "rollout status TYPE/NAME [--watch=false] [--timeout=DURATION]", "rollout history TYPE/NAME [--revision=N]",
    "rollout undo TYPE/NAME [--to-revision=N]", "rollout restart TYPE/NAME", "rollout pause TYPE/NAME",
    "rollout resume TYPE/NAME",
  ]
  public static let summary = "Manage the rollout of a resource"
  static let revision = FlagSpec("revision", help: "a revision to show or wait for")
  static let toRevision = FlagSpec("to-revision", help: "the revision to roll back to (default: the previous one)")
  static let watch = FlagSpec("watch", short: "w", value: false, help: "keep watching until the rollout ends")
  static let timeout = FlagSpec("timeout", help: "how long to wait (virtual time)")
  public static let flags: [FlagSpec] = [.namespace, .selector, revision, toRevision, watch, timeout]

  enum Action: String, Sendable {
    case status, history, undo, restart, pause, resume
  }

  var action: Action
  var resources: ResourceArguments
  var namespace: String
  var revision: Int?
  var toRevision: Int
  var watch: Bool
  var timeout: SimDuration?

  /// `status` waits in virtual time, which has passed even when it gives up.
  public var isAtomic: Bool { action != .status }

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    guard let first = arguments.positionals.first else {
      throw CommandError("a subcommand is required: status, history, undo, restart, pause or resume")
    }
    guard let action = Action(rawValue: first) else {
      throw CommandError("unknown command \"\(first)\" for \"kubectl rollout\"")
    }
    self.action = action
    resources = try ResourceArguments(Array(arguments.positionals.dropFirst()), verb: "rollout \(first)")
    guard resources.requests.allSatisfy({ $0.names != nil }) else {
      throw CommandError("You must provide one or more resources by argument or filename.")
    }
    namespace = context.namespace(arguments)
    revision = try arguments.int(Self.revision)
    toRevision = try arguments.int(Self.toRevision) ?? 0
    watch = !arguments.has(Self.watch) || arguments.isSet(Self.watch)
    if let text = arguments.value(Self.timeout) {
      guard let duration = SimDuration(parsing: text) else {
        throw CommandError(
          "invalid argument \"\(text)\" for \"--timeout\" flag: time: invalid duration \"\(text)\"")
      }
      timeout = duration.milliseconds > 0 ? duration : nil
    }
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    var result = CommandResult()
    for request in resources.requests {
      for name in request.names ?? [] {
        let key = ObjectKey(namespace: namespace, name: name)
        var rollout = Rollout(resource: request.resource, key: key)
        let outcome: CommandResult
        switch action {
        case .status: outcome = rollout.status(in: &simulation, watch: watch, revision: revision, timeout: timeout)
        case .history: outcome = rollout.history(in: simulation.cluster, revision: revision)
        case .undo: outcome = rollout.undo(in: &simulation.cluster, toRevision: toRevision)
        case .restart: outcome = rollout.restart(in: &simulation.cluster)
        case .pause: outcome = rollout.setPaused(true, in: &simulation.cluster)
        case .resume: outcome = rollout.setPaused(false, in: &simulation.cluster)
        }
        result.append(outcome)
      }
    }
    return result
  }
}
