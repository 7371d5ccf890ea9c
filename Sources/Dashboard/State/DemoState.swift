import ClusterSim

/// A guided demo playing in the dashboard (`kubarium demo NAME`): the scenario's player, its pace, and what the last
/// step printed. While it is set the clock stays paused, so the script's `advance` lines are what move time and the
/// story is the one `kubarium demo --headless` prints; the first key that is not a demo key hands the cluster over.
public struct DemoState: Hashable, Sendable {
  /// The sample's name, for the caption bar's title.
  public var name: String
  public var player: DemoPlayer
  /// Seconds each phase (a step's output, then the panes) stays up with `--auto`; nil waits for a key.
  public var autoInterval: Double?
  /// The last step's commands and what they printed, shown over the panes until the next key; nil shows the panes.
  public var output: [String]?
  public var outputScroll = 0
  /// Counts the demo's phases (a step's output shown, the panes shown), so the session restarts the auto timer.
  public var phase = 0
  /// Wall time at which the current phase began, kept by the session.
  public var phaseStart = 0.0

  public init(name: String, script: DemoScript, autoInterval: Double? = nil) {
    self.name = name
    self.player = DemoPlayer(script: script)
    self.autoInterval = autoInterval
  }

  /// Every step has run and its output has been read: the next key hands the cluster over.
  public var isAtEnd: Bool { player.isFinished && output == nil }

  /// The caption bar's title: the demo, and where it is.
  public var heading: String {
    let steps = player.script.steps.count
    if player.nextStep == 0 { return "Demo \(name): introduction (\(steps) steps)" }
    return "Demo \(name): step \(player.nextStep)/\(steps)"
  }

  /// What the caption bar says: the introduction before the first step, then the caption of the step that ran last.
  public var caption: String {
    guard let step = player.currentStep else {
      let script = player.script
      return [script.title, script.introduction].filter { !$0.isEmpty }.joined(separator: "\n")
    }
    let caption = step.caption.isEmpty ? "(no caption)" : step.caption
    return isAtEnd ? caption + "\nThat was the last step: any key hands you the cluster." : caption
  }

  /// A step's transcript as the output panel shows it: each command after `$` and what it printed; nil when no
  /// command printed anything (an `advance`), so the panes show at once.
  static func outputLines(_ step: DemoStepResult) -> [String]? {
    guard step.commands.contains(where: { !$0.result.transcript.isEmpty }) else { return nil }
    var lines: [String] = []
    for ran in step.commands {
      // A blank line between commands, as in a terminal session, so each command's output reads on its own.
      if !lines.isEmpty { lines.append("") }
      lines.append("$ " + ran.command.written)
      var text = ran.result.transcript
      if text.hasSuffix("\n") { text.removeLast() }
      if !text.isEmpty {
        lines += text.split(separator: "\n", omittingEmptySubsequences: false).map {
          DemoText.expandTabs(String($0))
        }
      }
    }
    return lines
  }
}
