import ClusterSim
import Dashboard
import KubeModel

/// Sessions over the built-in sample cluster, settled for a while so pods run, at a given terminal size.
enum Fixtures {
  static func simulation(settleSeconds: Int64 = 30) -> Simulation {
    var (simulation, _) = Simulation.defaultCluster()
    simulation.cluster.advance(by: .seconds(settleSeconds))
    return simulation
  }

  static func session(width: Int = 120, height: Int = 40, settleSeconds: Int64 = 30) -> DashboardSession {
    var session = DashboardSession(simulation: simulation(settleSeconds: settleSeconds))
    session.handle(.resize(TerminalSize(width: width, height: height)))
    return session
  }

  /// The command lines keys ran, as the events strip shows them.
  static func commands(_ session: DashboardSession) -> [String] { session.state.activity.map(\.command) }
}

extension DashboardSession {
  /// Focuses a pane with Tab, as a user would.
  mutating func focus(_ pane: PaneID) {
    var guardCount = 0
    while state.focus != pane && guardCount < 8 {
      press(.tab)
      guardCount += 1
    }
  }

  /// Moves the focused pane's cursor to the row whose name is `name`.
  mutating func select(_ name: String) {
    press(.character("g"))
    var guardCount = 0
    while state[state.focus].selected?.key.name != name && guardCount < 500 {
      press(.character("j"))
      guardCount += 1
    }
  }
}
