import ClusterSim
import Dashboard
import KubeModel
import Testing

/// Whole screens as text, for the sample cluster, at the sizes the dashboard must handle and for every view.
@Suite struct ScreenSnapshotTests {
  @Test(arguments: [(80, 24), (120, 40), (160, 48), (200, 60)])
  func panes(width: Int, height: Int) {
    let session = Fixtures.session(width: width, height: height)
    assertSnapshot(session.render(), named: "panes-\(width)x\(height)")
  }

  @Test func asciiFallback() {
    var session = Fixtures.session(width: 120, height: 40)
    session.state.ascii = true
    assertSnapshot(session.render(), named: "panes-ascii-120x40")
  }

  @Test func tooSmall() {
    let session = Fixtures.session(width: 40, height: 10)
    let screen = session.render()
    #expect(screen.text.contains("Terminal too small: 40x10"))
    assertSnapshot(screen, named: "too-small-40x10")
  }

  @Test(arguments: [
    ("describe", Key.character("d")), ("yaml", Key.character("y")), ("events", Key.character("e")),
  ])
  func deploymentViews(name: String, key: Key) {
    var session = Fixtures.session()
    session.focus(.deployments)
    session.press(key)
    assertSnapshot(session.render(), named: "view-\(name)-120x40")
  }

  @Test func logsView() {
    var session = Fixtures.session()
    session.focus(.pods)
    session.select("etcd-control-plane")
    session.press(.character("l"))
    let screen = session.render()
    #expect(screen.text.contains("Logs pod/etcd-control-plane"))
    assertSnapshot(screen, named: "view-logs-120x40")
  }

  @Test(arguments: [(120, 40), (200, 60)])
  func rolloutView(width: Int, height: Int) {
    var session = Fixtures.session(width: width, height: height)
    session.focus(.deployments)
    session.press(.character("i"))
    // The prompt is prefilled with the current image: replace the tag.
    for _ in 0..<4 { session.press(.backspace) }
    session.type("1.28")
    session.press(.enter)
    session.advanceClock(wallSeconds: 4)
    session.press(.character("r"))
    assertSnapshot(session.render(), named: "view-rollout-\(width)x\(height)")
  }

  @Test func helpView() {
    var session = Fixtures.session(width: 200, height: 60)
    session.press(.character("?"))
    assertSnapshot(session.render(), named: "view-help-200x60")
  }

  @Test func filterPrompt() {
    var session = Fixtures.session()
    session.focus(.pods)
    session.press(.character("/"))
    session.type("kube-proxy")
    assertSnapshot(session.render(), named: "prompt-filter-120x40")
  }

  @Test func commandPrompt() {
    var session = Fixtures.session()
    session.press(.character(":"))
    session.type("scale deploy/w")
    session.press(.tab)
    assertSnapshot(session.render(), named: "prompt-command-120x40")
  }

  @Test func namespacePicker() {
    var session = Fixtures.session()
    session.press(.character("n"))
    assertSnapshot(session.render(), named: "picker-namespace-120x40")
  }

  @Test func drillDownAndZoom() {
    var session = Fixtures.session()
    session.focus(.deployments)
    session.press(.enter)
    assertSnapshot(session.render(), named: "drill-deployment-120x40")
    session.press(.character("z"))
    assertSnapshot(session.render(), named: "zoom-pods-120x40")
  }

  @Test func scaledAndPaused() {
    var session = Fixtures.session(width: 80, height: 24)
    session.focus(.deployments)
    session.press(.character("+"), .character(" "))
    assertSnapshot(session.render(), named: "scaled-paused-80x24")
  }
}
