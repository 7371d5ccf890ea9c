import Dashboard
import Testing

/// The key map: one table for dispatch, footer and help, remappable from `keys.yaml`.
@Suite struct KeyMapTests {
  @Test func paneBindingsWinInTheirPane() {
    let map = KeyMap.standard
    #expect(map.action(for: .character("l"), in: .pods) == .logs)
    #expect(map.action(for: .character("l"), in: .nodes) == .right)
    #expect(map.keys(for: .right, in: .pods) == [.right])
    #expect(map.keyNames(for: .logs, in: .pods) == "l/L")
    #expect(map.action(for: .control("d")) == .deletePod)
  }

  @Test func everyActionHasAKeyAndAppearsInHelp() {
    let map = KeyMap.standard
    for action in Action.allCases {
      #expect(!map.keys(for: action, in: .pods).isEmpty || !map.keys(for: action, in: .nodes).isEmpty, "\(action)")
    }
    var session = Fixtures.session(width: 200, height: 60)
    session.press(.character("?"))
    let help = session.render().text
    for action in Action.allCases { #expect(help.contains(action.summary.prefix(30)), "\(action.summary)") }
  }

  @Test func keysFileRemaps() throws {
    let map = try KeyMap.standard(
      overriddenBy: "keys:\n  logs: o\n  scale-up: [\"+\", \"ctrl-u\"]\n  quit: Q\n", file: "keys.yaml")
    #expect(map.action(for: .character("o"), in: .pods) == .logs)
    #expect(map.action(for: .character("l"), in: .pods) == .right)
    #expect(map.action(for: .control("u")) == .scaleUp)
    #expect(map.action(for: .character("Q")) == .quit)
    #expect(map.action(for: .character("q")) == nil)
    var session = DashboardSession(simulation: Fixtures.simulation(), keyMap: map)
    session.handle(.resize(TerminalSize(width: 120, height: 40)))
    let keptRunning = session.press(.character("q"))
    #expect(keptRunning)
    let quit = !session.press(.character("Q"))
    #expect(quit)
  }

  @Test func badKeysFilesSayWhat() {
    #expect(throws: ThemeParser.Problem.self) { try KeyMap.standard(overriddenBy: "fly: x\n", file: "keys.yaml") }
    #expect(throws: ThemeParser.Problem.self) {
      try KeyMap.standard(overriddenBy: "quit: hyper-q\n", file: "keys.yaml")
    }
  }

  @Test func keyNamesRoundTrip() {
    let keys: [Key] = [
      .character("a"), .character(" "), .control("d"), .tab, .backTab, .enter, .escape, .pageUp, .function(5),
    ]
    for key in keys { #expect(Key(name: key.name) == key) }
  }
}
