import KubeModel

/// Plays a ``DemoScript`` step by step against a simulation: the headless `kubarium demo --headless`, the dashboard's
/// guided demo and the tests all move through a demo with this one value, so they show the same story.
///
/// The player only knows which step comes next; the caller decides when (a key, a timer, a loop) and owns the
/// simulation, so a viewer can take over the same cluster at any moment.
public struct DemoPlayer: Hashable, Sendable {
  public let script: DemoScript
  /// The step `playNext` runs next; `script.steps.count` once every step has run.
  public private(set) var nextStep = 0

  public init(script: DemoScript) {
    self.script = script
  }

  public var isFinished: Bool { nextStep >= script.steps.count }

  /// The step shown last (its caption stays on screen while the viewer reads), if any has run.
  public var currentStep: Step? { nextStep > 0 ? script.steps[nextStep - 1] : nil }

  public typealias Step = DemoScript.Step

  /// Runs the next step's commands and returns what each printed; nil when the demo is over.
  public mutating func playNext(in simulation: inout Simulation) -> DemoStepResult? {
    guard !isFinished else { return nil }
    let step = script.steps[nextStep]
    var result = DemoStepResult(index: nextStep, count: script.steps.count, caption: step.caption)
    for command in step.commands {
      let startedAt = simulation.cluster.now
      result.commands.append(
        DemoStepResult.Ran(command: command, result: simulation.run(command.text), startedAt: startedAt))
    }
    nextStep += 1
    return result
  }
}

/// What one step of a demo did: its caption and each command with what it printed.
public struct DemoStepResult: Hashable, Sendable {
  public struct Ran: Hashable, Sendable {
    public var command: DemoScript.Command
    public var result: CommandResult
    /// The virtual time the command was typed at: a step's `advance` moves the clock between its commands, and
    /// the events strip must not date the earlier ones after it.
    public var startedAt: Timestamp

    public init(command: DemoScript.Command, result: CommandResult, startedAt: Timestamp) {
      self.command = command
      self.result = result
      self.startedAt = startedAt
    }

    /// A failure the script did not allow (`|| true`).
    public var failedUnexpectedly: Bool { !result.succeeded && !command.mayFail }
  }

  /// 0-based position of the step and the number of steps.
  public var index: Int
  public var count: Int
  public var caption: String
  public var commands: [Ran] = []

  public init(index: Int, count: Int, caption: String, commands: [Ran] = []) {
    self.index = index
    self.count = count
    self.caption = caption
    self.commands = commands
  }

  /// Whether a command failed that was not meant to.
  public var failed: Bool { commands.contains { $0.failedUnexpectedly } }

  /// The step as `kubarium demo --headless` prints it: a heading, the caption wrapped at `width`, then each command
  /// after a `$` and what it printed (warnings, output, notices and errors, in kubectl's order).
  public func transcript(width: Int = 100) -> String {
    var text = "── Step \(index + 1)/\(count) ──\n"
    if !caption.isEmpty { text += DemoText.wrap(caption, width: width).joined(separator: "\n") + "\n" }
    for ran in commands {
      text += "\n$ \(ran.command.written)\n" + ran.result.transcript
    }
    return text + "\n"
  }
}
