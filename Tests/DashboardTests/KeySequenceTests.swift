import ClusterSim
import Dashboard
import KubeModel
import Testing

/// Keys fed to the dashboard without a terminal: what they do to the state, the command lines they run, and the
/// cluster that results.
@Suite struct KeySequenceTests {
  @Test func tabCyclesPanesInReadingOrder() {
    var session = Fixtures.session()
    #expect(session.state.focus == .pods)
    var seen: [PaneID] = []
    for _ in 0..<4 {
      session.press(.tab)
      seen.append(session.state.focus)
    }
    #expect(seen == [.deployments, .services, .nodes, .pods])
    session.press(.backTab)
    #expect(session.state.focus == .nodes)
    session.press(.character("l"))
    #expect(session.state.focus == .pods)
    session.press(.character("h"))
    #expect(session.state.focus == .nodes)
  }

  @Test func cursorMovesAndStaysOnItsObject() {
    var session = Fixtures.session()
    session.focus(.pods)
    session.press(.character("j"), .character("j"))
    #expect(session.state[.pods].cursor == 2)
    let selected = session.state[.pods].selected
    session.press(.character("G"))
    let count = session.index.rows(.pods).count
    #expect(session.state[.pods].cursor == count - 1)
    session.press(.character("g"))
    #expect(session.state[.pods].cursor == 0)
    session.press(.down, .down)
    #expect(session.state[.pods].selected == selected)
    // Rows above it come and go; the cursor follows the object.
    session.focus(.deployments)
    session.press(.character("+"))
    session.focus(.pods)
    #expect(session.state[.pods].selected == selected)
  }

  @Test func drillDownShowsTheDeploymentsPodsAndEscGoesBack() {
    var session = Fixtures.session()
    session.focus(.deployments)
    session.press(.enter)
    #expect(session.state.scope == .deployment(ObjectKey(namespace: "default", name: "web")))
    #expect(session.state.focus == .pods)
    let rows = session.index.rows(.pods)
    #expect(rows.count == 3)
    #expect((0..<rows.count).allSatisfy { rows[$0].key.name.hasPrefix("web-") })
    session.press(.escape)
    #expect(session.state.scope == nil)
    #expect(session.index.rows(.pods).count > 3)
  }

  @Test func drillDownOnANodeShowsItsPods() {
    var session = Fixtures.session()
    session.focus(.nodes)
    session.select("control-plane")
    session.press(.enter)
    let rows = session.index.rows(.pods)
    #expect(rows.count > 0)
    for index in 0..<rows.count {
      #expect(session.cluster.store.pods[rows[index].key]?.spec.nodeName == "control-plane")
    }
  }

  @Test func filterByTextAndBySelector() {
    var session = Fixtures.session()
    session.focus(.pods)
    session.press(.character("/"))
    session.type("etcd")
    #expect(session.index.rows(.pods).count == 1)
    session.press(.enter)
    #expect(session.state[.pods].filter?.text == "etcd")
    session.press(.escape)
    #expect(session.state[.pods].filter == nil)
    session.press(.character("/"))
    session.type("-l app=web")
    session.press(.enter)
    #expect(session.index.rows(.pods).count == 3)
  }

  @Test func namespacePickerLimitsThePanes() {
    var session = Fixtures.session()
    session.press(.character("n"))
    #expect(session.state.picker != nil)
    session.select(in: "kube-system")
    session.press(.enter)
    #expect(session.state.namespace == "kube-system")
    let rows = session.index.rows(.pods)
    #expect(rows.count > 0 && (0..<rows.count).allSatisfy { rows[$0].key.namespace == "kube-system" })
  }

  @Test func zoomTogglesAndEscUnzooms() {
    var session = Fixtures.session()
    session.press(.character("z"))
    #expect(session.state.zoomed)
    session.press(.escape)
    #expect(!session.state.zoomed)
  }

  @Test func plusAndMinusScaleThroughTheCommandLanguage() {
    var session = Fixtures.session()
    session.focus(.deployments)
    session.press(.character("+"))
    #expect(Fixtures.commands(session).last == "kubectl scale deployment/web --replicas=4")
    #expect(session.cluster.store.deployments["default", "web"]?.spec.replicas == 4)
    #expect(session.cluster.store.pods.list(namespace: "default").count == 4)
    session.press(.character("-"), .character("-"))
    #expect(Fixtures.commands(session).last == "kubectl scale deployment/web --replicas=2")
    session.press(.character("s"))
    #expect(session.state.prompt?.text == "2")
    session.press(.backspace)
    session.type("5")
    session.press(.enter)
    #expect(Fixtures.commands(session).last == "kubectl scale deployment/web --replicas=5")
    #expect(session.cluster.store.deployments["default", "web"]?.spec.replicas == 5)
  }

  @Test func podKeysKillAndCrash() {
    var session = Fixtures.session()
    session.focus(.pods)
    session.select("etcd-control-plane")
    session.press(.character("c"))
    #expect(Fixtures.commands(session).last == "crash pod/etcd-control-plane -n kube-system")
    session.press(.character("x"))
    #expect(Fixtures.commands(session).last == "kubectl delete pod etcd-control-plane -n kube-system")
  }

  @Test func nodeKeys() {
    var session = Fixtures.session()
    session.focus(.nodes)
    session.select("worker-1")
    session.press(.character("C"))
    #expect(Fixtures.commands(session).last == "kubectl cordon worker-1")
    #expect(session.cluster.store.nodes["", "worker-1"]?.spec.unschedulable == true)
    session.press(.character("C"))
    #expect(Fixtures.commands(session).last == "kubectl uncordon worker-1")
    session.press(.character("F"))
    #expect(Fixtures.commands(session).last == "node fail worker-1")
    session.press(.character("N"))
    #expect(Fixtures.commands(session).last == "node recover worker-1")
    session.press(.character("D"))
    #expect(Fixtures.commands(session).last == "kubectl drain worker-1 --ignore-daemonsets")
  }

  @Test func rolloutKeys() {
    var session = Fixtures.session()
    session.focus(.deployments)
    session.press(.character("i"))
    #expect(session.state.prompt?.text == "set image deployment/web web=nginx:1.27")
    for _ in 0..<4 { session.press(.backspace) }
    session.type("1.28")
    session.press(.enter)
    #expect(Fixtures.commands(session).last == "kubectl set image deployment/web web=nginx:1.28")
    session.press(.character("p"))
    #expect(Fixtures.commands(session).last == "kubectl rollout pause deployment/web")
    session.press(.character("p"))
    #expect(Fixtures.commands(session).last == "kubectl rollout resume deployment/web")
    session.press(.character("R"))
    #expect(Fixtures.commands(session).last == "kubectl rollout restart deployment/web")
    session.press(.character("u"))
    #expect(session.state.picker?.options.map(\.value) == ["2", "1"])
    session.press(.down, .enter)
    #expect(Fixtures.commands(session).last == "kubectl rollout undo deployment/web --to-revision=1")
  }

  @Test func commandPromptRunsAndRemembers() {
    var session = Fixtures.session()
    session.press(.character(":"))
    session.type("scale deploy/web --replicas=1")
    session.press(.enter)
    #expect(session.cluster.store.deployments["default", "web"]?.spec.replicas == 1)
    #expect(Fixtures.commands(session).last == "kubectl scale deploy/web --replicas=1")
    session.press(.character(":"), .up)
    #expect(session.state.prompt?.text == "scale deploy/web --replicas=1")
    session.press(.escape)
    session.press(.character(":"))
    session.type("bogus")
    session.press(.enter)
    #expect(session.state.activity.last?.succeeded == false)
    #expect(session.state.message?.isError == true)
  }

  @Test func tabCompletesVerbsKindsAndNames() {
    let cluster = Fixtures.simulation().cluster
    #expect(CommandCompletion.complete("sca", cluster: cluster, namespace: "default").text == "scale ")
    #expect(
      CommandCompletion.complete("get deploy", cluster: cluster, namespace: "default").candidates.contains("deployment")
    )
    #expect(
      CommandCompletion.complete("scale deploy/w", cluster: cluster, namespace: "default").text == "scale deploy/web ")
    #expect(
      CommandCompletion.complete("cordon work", cluster: cluster, namespace: "default").candidates == [
        "worker-1", "worker-2", "worker-3",
      ])
    #expect(CommandCompletion.complete("rollout u", cluster: cluster, namespace: "default").text == "rollout undo ")
    #expect(
      CommandCompletion.complete("describe pod etcd", cluster: cluster, namespace: "kube-system").text
        == "describe pod etcd-control-plane ")
  }

  @Test func timeKeys() {
    var session = Fixtures.session()
    let start = session.cluster.now
    session.press(.character(">"), .character(">"))
    #expect(session.state.speedText == "5x")
    session.advanceClock(wallSeconds: 1)
    #expect(session.cluster.now == start + .seconds(5))
    session.press(.character("<"), .character("<"), .character("<"))
    #expect(session.state.speedText == "0.5x")
    session.press(.character(" "))
    #expect(session.state.paused)
    #expect(session.nextFrameDelay(wallTime: 10) == nil)
    session.advanceClock(wallSeconds: 10)
    #expect(session.cluster.now == start + .seconds(5))
    session.press(.character("."))
    #expect(session.cluster.now == start + .seconds(6))
    #expect(Fixtures.commands(session).last == "advance 1s")
    session.press(.character("t"))
    session.type("5m")
    session.press(.enter)
    #expect(session.cluster.now == start + .seconds(306))
    session.press(.character(" "))
    #expect(session.nextFrameDelay(wallTime: 0) != nil)
  }

  @Test func viewsOpenAndClose() {
    var session = Fixtures.session()
    session.focus(.deployments)
    session.press(.character("d"))
    guard case .text(let text)? = session.state.overlay else {
      Issue.record("no describe view")
      return
    }
    #expect(text.kind == .describe && text.target.slashName == "deployment/web")
    session.press(.character("y"))
    if case .text(let yaml)? = session.state.overlay { #expect(yaml.kind == .yaml) }
    session.press(.character("j"), .character("j"))
    #expect(session.state.overlay?.scroll == 2)
    session.press(.escape)
    #expect(session.state.overlay == nil)
    session.press(.character("r"))
    #expect(session.state.overlay == .rollout(deployment: ObjectKey(namespace: "default", name: "web"), scroll: 0))
    session.press(.escape, .character("?"))
    #expect(session.state.overlay == .help(scroll: 0))
  }

  @Test func logsSayNotAvailableUntilTheVerbExists() {
    var session = Fixtures.session()
    session.focus(.pods)
    session.select("etcd-control-plane")
    session.press(.character("l"))
    let logText = session.state.logText ?? ""
    let logsVerbExists = CommandParser.verbs.contains { $0.name == "logs" }
    #expect(logsVerbExists || logText == "logs: not available yet")
  }

  @Test func quitKeys() {
    var session = Fixtures.session()
    #expect(session.press(.character("q")) == false)
    var other = Fixtures.session()
    other.press(.character(":"))
    other.type("q")
    #expect(other.handle(.key(.enter)) == false)
  }

  @Test func tooSmallTerminalOnlyQuits() {
    var session = Fixtures.session(width: 30, height: 8)
    session.press(.character("+"), .tab)
    #expect(session.state.activity.isEmpty)
    #expect(session.press(.character("q")) == false)
  }
}

extension DashboardSession {
  /// Moves an open picker's cursor to the option `value`.
  mutating func select(in value: String) {
    var guardCount = 0
    while let picker = state.picker, picker.options[picker.cursor].value != value, guardCount < 100 {
      press(.down)
      guardCount += 1
    }
  }
}
