import ClusterSim
import Dashboard
import KubeModel
import Testing

/// The dashboard's guided demo (`kubarium demo NAME`) without a terminal: a caption per step, space plays the next
/// step and then shows the cluster, `--auto` goes on by itself, esc leaves, and any other key hands the cluster over
/// and does what it always does.
@Suite struct DemoModeTests {
  static let script = DemoScript.parse(
    """
    # Scale and update: a short demo on the built-in cluster.
    #
    # Two steps, each with a caption.

    # Five replicas instead of three, and ten seconds for them to start.
    scale deployment web --replicas=5
    advance 10s
    get deployment web

    # A new image: the Deployment rolls its pods over to nginx 1.28.
    set image deployment/web web=nginx:1.28
    """)

  /// The built-in cluster with the demo loaded, paused as `kubarium demo` opens it.
  static func session(width: Int = 120, height: Int = 40, auto: Double? = nil) -> DashboardSession {
    var state = DashboardState()
    state.paused = true
    state.clusterName = "demo"
    state.demo = DemoState(name: "scale", script: script, autoInterval: auto)
    var session = DashboardSession(simulation: Fixtures.simulation(), state: state)
    session.handle(.resize(TerminalSize(width: width, height: height)))
    return session
  }

  @Test func opensOnTheIntroductionWithTheClockStopped() {
    var session = Self.session()
    let before = session.cluster.now
    session.advanceClock(wallSeconds: 30, wallTime: 30)
    #expect(session.cluster.now == before, "time moved while the demo waited for a key")
    let screen = session.render()
    #expect(screen.text.contains("Demo scale: introduction (2 steps)"))
    #expect(screen.text.contains("Scale and update: a short demo on the built-in cluster."))
    #expect(screen.text.contains("<space>next step"))
    assertSnapshot(screen, named: "demo-introduction-120x40")
  }

  @Test func spaceRunsTheStepThenShowsTheCluster() {
    var session = Self.session()
    let before = session.cluster.now
    let kept = session.press(.character(" "))
    #expect(kept)
    // The step ran on the session's cluster: five replicas, and exactly the script's ten seconds later.
    #expect(session.cluster.store.deployments["default", "web"]?.spec.replicas == 5)
    #expect((session.cluster.now - before).milliseconds == 10_000)
    #expect(
      Fixtures.commands(session).suffix(3) == [
        "kubectl scale deployment web --replicas=5", "advance 10s", "kubectl get deployment web",
      ])
    let output = session.state.demo?.output ?? []
    #expect(output.first == "$ scale deployment web --replicas=5")
    #expect(output.contains("deployment.apps/web scaled"))
    #expect(output.contains { $0.hasPrefix("web ") && $0.contains(" 5/5 ") }, "\(output)")
    let shown = session.render()
    #expect(shown.text.contains("Step 1: what the commands printed"))
    #expect(shown.text.contains("Demo scale: step 1/2"))
    #expect(shown.text.contains("Five replicas instead of three"))
    assertSnapshot(shown, named: "demo-output-120x40")
    // The next space puts the panes back, with the caption still up; the clock is still stopped.
    session.press(.character(" "))
    #expect(session.state.demo?.output == nil)
    #expect(session.state.demo?.player.nextStep == 1)
    #expect(session.state.paused)
    assertSnapshot(session.render(), named: "demo-panes-120x40")
  }

  @Test func theArrowsScrollALongOutputWithinItsLines() throws {
    var session = Self.session(width: 100, height: 24)
    session.press(.character(" "))
    let count = try #require(session.state.demo?.output?.count)
    session.press(.down, .down)
    #expect(session.state.demo?.outputScroll == 2)
    session.press(.end)
    #expect(session.state.demo?.outputScroll == count - 1)
    session.press(.pageUp, .pageUp, .up)
    #expect(session.state.demo?.outputScroll == 0)
    #expect(session.state.demo != nil, "scrolling is no take-over")
  }

  @Test func anyOtherKeyHandsTheClusterOverAndDoesItsUsualJob() {
    var session = Self.session()
    let focus = session.state.focus
    session.press(.tab)
    #expect(session.state.demo == nil)
    #expect(!session.state.paused, "time runs again once the user has the cluster")
    #expect(session.state.focus != focus, "tab still moved the focus")
    let screen = session.render()
    #expect(screen.text.contains("demo over: the cluster is yours"))
    #expect(!screen.text.contains("Demo scale"))
    // The cluster is the user's: keys act on it again, and time moves.
    let before = session.cluster.now
    session.advanceClock(wallSeconds: 2, wallTime: 2)
    #expect(session.cluster.now > before)
  }

  @Test func escLeavesTheDemoAndDoesNothingElse() {
    var session = Self.session()
    session.press(.character(" "))
    let focus = session.state.focus
    session.press(.escape)
    #expect(session.state.demo == nil)
    #expect(session.state.focus == focus)
    #expect(session.state.overlay == nil && session.state.prompt == nil)
    // Step 2 never ran.
    #expect(
      session.cluster.store.deployments["default", "web"]?.spec.template.spec.containers.first?.image == "nginx:1.27")
  }

  @Test func afterTheLastStepTheNextKeyHandsOver() {
    var session = Self.session()
    session.press(.character(" "), .character(" "), .character(" "))
    // The last step printed something: its output is up, then the panes with the closing words.
    #expect(session.state.demo?.output != nil)
    session.press(.character(" "))
    #expect(session.state.demo?.isAtEnd == true)
    #expect(session.render().text.contains("That was the last step: any key hands you the cluster."))
    #expect(
      session.cluster.store.deployments["default", "web"]?.spec.template.spec.containers.first?.image == "nginx:1.28")
    session.press(.character(" "))
    #expect(session.state.demo == nil)
    #expect(!session.state.paused)
  }

  @Test func autoGoesOnByItselfAtItsPace() {
    var session = Self.session(auto: 4)
    #expect(session.render().text.contains("auto every 4s"))
    // Paused, but a frame is due when the phase's time is up.
    #expect(session.nextFrameDelay(wallTime: 1).map { abs($0 - 3) < 0.001 } == true)
    session.advanceClock(wallSeconds: 3, wallTime: 3)
    #expect(session.state.demo?.player.nextStep == 0, "too early")
    session.advanceClock(wallSeconds: 1, wallTime: 4)
    #expect(session.state.demo?.player.nextStep == 1)
    #expect(session.state.demo?.output != nil)
    // Each phase gets the whole interval, counted from when it began.
    session.advanceClock(wallSeconds: 3, wallTime: 7)
    #expect(session.state.demo?.output != nil)
    session.advanceClock(wallSeconds: 1, wallTime: 8)
    #expect(session.state.demo?.output == nil)
    session.advanceClock(wallSeconds: 4, wallTime: 12)
    #expect(session.state.demo?.player.nextStep == 2)
    // A key still takes over in the middle of an automatic demo.
    session.press(.character("?"), wallTime: 13)
    #expect(session.state.demo == nil)
    if case .help? = session.state.overlay {} else { Issue.record("? did not open the help") }
  }

  @Test func aSmallTerminalKeepsTheCaptionShort() {
    var session = Self.session(width: 80, height: 24)
    session.press(.character(" "))
    let screen = session.render()
    #expect(screen.text.contains("Demo scale: step 1/2"))
    assertSnapshot(screen, named: "demo-output-80x24")
  }

  @Test func aCaptionTooLongForASmallTerminalEndsWithAnEllipsis() {
    let words = (1...60).map { "word\($0)" }.joined(separator: " ")
    var state = DashboardState()
    state.paused = true
    state.demo = DemoState(name: "long", script: DemoScript.parse("# Title.\n\n# \(words)\nget pods\n"))
    var session = DashboardSession(simulation: Fixtures.simulation(), state: state)
    session.handle(.resize(TerminalSize(width: 80, height: 24)))
    session.press(.character(" "), .character(" "))
    let caption = { (text: String) in text.split(separator: "\n").filter { $0.contains("word") } }
    let small = caption(session.render().text)
    #expect(small.count == 4 && small.first?.contains("word1 word2") == true)
    #expect(small.last?.contains("…") == true && !small.contains { $0.contains("word60") })
    session.handle(.resize(TerminalSize(width: 200, height: 60)))
    let large = caption(session.render().text)
    #expect(large.last?.contains("word60") == true && !large.contains { $0.contains("…") })
  }
}
