import ClusterSim
import Testing

@Suite struct DemoScriptTests {
  static let script = """
    # Rolling update: a short title.
    #
    # More about the sample,
    # over two lines.

    # The first step's caption,
    # joined into one paragraph.
    #
    # A second paragraph.
    get pods
    scale deployment/web \\
      --replicas=5

    advance 10s
    # The second step.
    apply -f broken.yaml || true
    # A conclusion with nothing to run.
    """

  @Test func readsTheHeaderStepsAndCaptions() {
    let parsed = DemoScript.parse(Self.script)
    #expect(parsed.title == "Rolling update: a short title.")
    #expect(parsed.introduction == "More about the sample, over two lines.")
    #expect(parsed.steps.count == 3)
    #expect(parsed.steps[0].caption == "The first step's caption, joined into one paragraph.\nA second paragraph.")
    #expect(parsed.steps[0].commands.map(\.text) == ["get pods", "scale deployment/web --replicas=5", "advance 10s"])
    #expect(parsed.steps[0].commands.map(\.line) == [10, 11, 14])
    #expect(parsed.steps[1].caption == "The second step.")
    #expect(parsed.steps[2].caption == "A conclusion with nothing to run.")
    #expect(parsed.steps[2].commands.isEmpty)
  }

  @Test func aTrailingOrTrueMarksACommandThatMayFail() {
    let command = DemoScript.parse(Self.script).steps[1].commands[0]
    #expect(command.text == "apply -f broken.yaml")
    #expect(command.mayFail)
    #expect(command.written == "apply -f broken.yaml || true")
  }

  @Test func commandsBeforeAnyCaptionMakeAStepWithoutOne() {
    let parsed = DemoScript.parse("get nodes\n# Then pods.\nget pods\n")
    #expect(parsed.title.isEmpty)
    #expect(parsed.steps.map(\.caption) == ["", "Then pods."])
  }

  @Test func aCommentRightAboveTheFirstCommandIsACaptionNotAHeader() {
    let parsed = DemoScript.parse("# Nodes first.\nget nodes\n")
    #expect(parsed.title.isEmpty)
    #expect(parsed.steps.map(\.caption) == ["Nodes first."])
  }

  @Test func thePlayerRunsOneStepAtATime() {
    var sim = Simulation.defaultSample()
    var player = DemoPlayer(
      script: DemoScript.parse("# Scale.\nscale deployment/web --replicas=4\n# Look.\nget deploy web\n"))
    #expect(player.currentStep == nil)
    let first = player.playNext(in: &sim)
    #expect(first?.index == 0 && first?.count == 2 && first?.caption == "Scale.")
    #expect(sim.cluster.store.deployments["default", "web"]?.spec.replicas == 4)
    let second = player.playNext(in: &sim)
    #expect(second?.commands.first?.result.output.hasPrefix("NAME   READY   UP-TO-DATE") == true)
    #expect(player.isFinished)
    #expect(player.playNext(in: &sim) == nil)
    #expect(second?.transcript(width: 100).hasPrefix("── Step 2/2 ──\nLook.\n\n$ get deploy web\nNAME") == true)
  }

  @Test func wrapsCaptionsAtWordsAndKeepsParagraphs() {
    #expect(DemoText.wrap("one two three four", width: 9) == ["one two", "three", "four"])
    #expect(DemoText.wrap("a\nb c", width: 10) == ["a", "b c"])
    #expect(DemoText.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
  }

  @Test func tabsExpandToTheNextStopOfEight() {
    #expect(DemoText.expandTabs("Server:\t\t10.96.0.10") == "Server:         10.96.0.10")
    #expect(DemoText.expandTabs("Address:\t10.96.0.10#53") == "Address:        10.96.0.10#53")
    #expect(DemoText.expandTabs("no tabs") == "no tabs")
  }
}
