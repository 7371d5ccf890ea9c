import ClusterSim
import KubeModel

/// The running dashboard without a terminal: the simulation, the state, the pane rows and the key map, with the
/// loop's three steps (advance the clock, handle an input, render a frame) as methods. The terminal adapter calls
/// them; tests call them too, with keys as values and wall time as numbers.
public struct DashboardSession: Sendable {
  public private(set) var simulation: Simulation
  public var state: DashboardState
  public private(set) var index = ClusterIndex()
  public var keyMap: KeyMap
  public var themes: [Theme]
  public private(set) var marks = RowMarks()
  /// Virtual milliseconds owed by the wall clock but not yet a whole millisecond.
  private var pendingMilliseconds = 0.0
  private var lastLogFetch = -1.0
  private var lastLogTime: Timestamp?

  public init(
    simulation: Simulation, state: DashboardState = DashboardState(), keyMap: KeyMap = .standard,
    themes: [Theme] = BuiltInThemes.all
  ) {
    self.simulation = simulation
    self.state = state
    self.keyMap = keyMap
    self.themes = themes
    refresh(wallTime: 0)
  }

  public var cluster: ClusterState { simulation.cluster }

  /// The theme the state names (the first one if it names none).
  public var theme: Theme { themes.first { $0.name == state.themeName } ?? themes.first ?? BuiltInThemes.fallback }

  public var world: DashboardWorld {
    DashboardWorld(cluster: simulation.cluster, index: index, keyMap: keyMap, themeNames: themes.map(\.name))
  }

  /// Handles a key or a resize and runs the effects; returns false once the dashboard should quit.
  @discardableResult
  public mutating func handle(_ input: DashboardInput, wallTime: Double = 0) -> Bool {
    let demoPhase = state.demo?.phase
    let effects = DashboardUpdate.update(&state, input, world: world)
    for effect in effects { run(effect) }
    // A demo phase (a step's output, then the panes) starts now: `--auto` counts from here.
    if let phase = state.demo?.phase, phase != demoPhase { state.demo?.phaseStart = wallTime }
    refresh(wallTime: wallTime)
    return !state.shouldQuit
  }

  /// Feeds keys one after another (for tests and scripted demos).
  @discardableResult
  public mutating func press(_ keys: Key..., wallTime: Double = 0) -> Bool {
    for key in keys where !handle(.key(key), wallTime: wallTime) { return false }
    return true
  }

  /// Types text at a prompt, one character a key.
  public mutating func type(_ text: String, wallTime: Double = 0) {
    for character in text { handle(.key(.character(character)), wallTime: wallTime) }
  }

  /// Moves virtual time on by `seconds` of wall-clock time times the speed, unless paused.
  public mutating func advanceClock(wallSeconds seconds: Double, wallTime: Double = 0) {
    autoplayDemo(wallTime: wallTime)
    guard !state.paused, seconds > 0 else { return }
    pendingMilliseconds += seconds * state.speed * 1000
    let whole = pendingMilliseconds.rounded(.down)
    guard whole >= 1 else { return }
    pendingMilliseconds -= whole
    simulation.cluster.advance(by: .milliseconds(Int64(whole)))
    refresh(wallTime: wallTime)
  }

  /// Runs a command without echoing it (benchmarks and scripted set-up).
  public mutating func runQuietly(_ line: String) {
    simulation.run(line)
  }

  /// Moves virtual time without refreshing the panes, so a benchmark can time the refresh on its own.
  public mutating func advanceSimulationOnly(by duration: SimDuration) {
    simulation.cluster.advance(by: duration)
  }

  /// Brings the pane rows, the marks, the cursors and a following logs view up to date with the cluster.
  public mutating func refresh(wallTime: Double) {
    index.refresh(simulation.cluster, state)
    DashboardUpdate.reconcile(&state, index: index)
    if !index.changed.isEmpty {
      // Only rows on screen are marked: a cluster where thousands of pods change each frame costs no more.
      let visible = visibleRows()
      marks.mark(index.changed.filter { visible.contains($0) }, at: wallTime)
    } else {
      marks.mark([], at: wallTime)
    }
    refreshLogs(wallTime: wallTime)
  }

  /// The rows the panes show right now.
  func visibleRows() -> Set<RowRef> {
    guard state.overlay == nil else { return [] }
    let layout = Layout(size: state.size, zoomed: state.zoomed ? state.focus : nil)
    var visible: Set<RowRef> = []
    for pane in layout.panes.keys {
      visible.formUnion(index.rows(pane).slice(from: state[pane].scroll, limit: layout.visibleRows(pane)))
    }
    return visible
  }

  /// The frame for the current state.
  public func render() -> Screen {
    DashboardRenderer(
      context: RenderContext(state: state, cluster: simulation.cluster, index: index, marks: marks, keyMap: keyMap)
    ).render()
  }

  /// Seconds of wall time until the next frame is due: the header's clock turns a second, a controller's timer
  /// fires, or a row mark fades. Nil when nothing will change until a key is pressed (paused, or an empty cluster
  /// at rest), so the loop can block on input and use no CPU.
  public func nextFrameDelay(wallTime: Double) -> Double? {
    var due: Double? = marks.nextExpiry(after: wallTime).map { $0 - wallTime }
    func consider(_ delay: Double) { due = min(due ?? delay, delay) }
    if !state.paused {
      let speed = state.speed
      let now = simulation.cluster.now.milliseconds
      consider(Double(1000 - now % 1000) / 1000 / speed)
      if let wakeup = simulation.cluster.nextWakeup {
        consider(Double(max(0, wakeup.milliseconds - now)) / 1000 / speed)
      }
      if case .text(let text)? = state.overlay, text.kind == .logs { consider(0.25) }
    }
    if let demo = state.demo, let interval = demo.autoInterval, !demo.isAtEnd {
      consider(max(0, demo.phaseStart + interval - wallTime))
    }
    return due.map { max(1.0 / 30, $0) }
  }

  /// `--auto`: once a demo phase has been up for its interval, go on as if space had been pressed.
  private mutating func autoplayDemo(wallTime: Double) {
    guard let demo = state.demo, let interval = demo.autoInterval, !demo.isAtEnd, state.prompt == nil,
      state.picker == nil, wallTime - demo.phaseStart >= interval
    else { return }
    handle(.key(.character(" ")), wallTime: wallTime)
  }

  private mutating func run(_ effect: Effect) {
    switch effect {
    case .quit:
      state.shouldQuit = true
    case .demoStep:
      playDemoStep()
    case .run(let line, let shown):
      let result = simulation.run(line)
      guard let shown else {
        state.logText = Self.logText(result)
        return
      }
      let answerText = result.succeeded ? result.output : (result.errors.first ?? "")
      let answer = answerText.split(separator: "\n").first.map(String.init) ?? ""
      state.activity.append(
        ActivityEntry(time: simulation.cluster.now, command: shown, succeeded: result.succeeded, answer: answer))
      if state.activity.count > 200 { state.activity.removeFirst(state.activity.count - 200) }
      if !result.succeeded { state.message = StatusMessage(answer, isError: true) }
    }
  }

  /// Runs the demo's next step on the session's simulation: its commands go to the events strip as keys' commands
  /// do, and what they printed covers the panes until the next key.
  private mutating func playDemoStep() {
    guard var demo = state.demo, let step = demo.player.playNext(in: &simulation) else { return }
    for ran in step.commands {
      // The output panel shows what a command printed; the strip keeps only an error's first line.
      let error = ran.result.errors.first?.split(separator: "\n").first.map(String.init) ?? ""
      state.activity.append(
        ActivityEntry(
          time: ran.startedAt, command: CommandEcho.shown(ran.command.text),
          succeeded: ran.result.succeeded, answer: error))
    }
    if state.activity.count > 200 { state.activity.removeFirst(state.activity.count - 200) }
    demo.output = DemoState.outputLines(step)
    demo.outputScroll = 0
    demo.phase += 1
    state.demo = demo
  }

  /// Logs are a command too; until the simulator has a `logs` verb, the view says so.
  static func logText(_ result: CommandResult) -> String {
    if result.succeeded { return result.output.isEmpty ? "(no log lines yet)" : result.output }
    let error = result.errors.joined(separator: "\n")
    return error.contains("unknown command") ? "logs: not available yet" : error
  }

  private mutating func refreshLogs(wallTime: Double) {
    guard case .text(let text)? = state.overlay, text.kind == .logs else { return }
    guard wallTime - lastLogFetch >= 0.25 || lastLogTime != simulation.cluster.now || state.logText == nil else {
      return
    }
    guard let pod = simulation.cluster.store.pods[text.target.key] else { return }
    lastLogFetch = wallTime
    lastLogTime = simulation.cluster.now
    state.logText = Self.logText(simulation.run(CommandLines.logs(pod, cluster: simulation.cluster)))
  }
}
