import ClusterSim
import Dashboard
import Foundation
import Terminal

/// Opens the dashboard for `kubarium tui` and `kubarium demo`: the options they share, the theme, the key map, the
/// terminal and the loop.
struct DashboardLauncher {
  var environment: [String: String]
  var theme: String?
  var ascii: Bool
  var speed: Double
  var showSecrets: Bool

  /// The state the options describe: the rest of `state` is the caller's.
  func prepared(_ state: DashboardState) -> DashboardState {
    var state = state
    state.ascii = ascii
    state.showSecrets = showSecrets
    // The offered speed nearest to the one asked for.
    state.speedIndex =
      DashboardState.speeds.indices.min {
        abs(DashboardState.speeds[$0] - speed) < abs(DashboardState.speeds[$1] - speed)
      } ?? 1
    return state
  }

  /// Runs the dashboard until the user quits. The simulation is consumed: a second reference would make the first
  /// change copy the whole cluster. The terminal is back to normal before an error escapes.
  func run(_ simulation: consuming Simulation, state: DashboardState) throws {
    let configuration = DashboardConfiguration(environment: environment)
    let themes = try configuration.themes(selecting: theme ?? environment["KUBARIUM_THEME"])
    var state = prepared(state)
    state.themeName = themes.selected
    var session = DashboardSession(
      simulation: simulation, state: state, keyMap: try configuration.keyMap(), themes: themes.all)
    let terminal = CursesTerminal()
    terminal.start(environment: environment, logFile: configuration.logFile)
    defer { terminal.stop() }
    try DashboardLoop.run(&session, terminal: terminal, fault: DashboardFault(environment: environment))
  }
}
