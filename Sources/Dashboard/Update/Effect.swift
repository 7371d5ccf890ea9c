import ClusterSim
import KubeModel

/// What the dashboard is given: a key, or a new terminal size.
public enum DashboardInput: Hashable, Sendable {
  case key(Key)
  case resize(TerminalSize)
}

/// What an update asks the session to do with the world beyond the state.
public enum Effect: Hashable, Sendable {
  /// Run a line of the command language. `shown` is how the events strip writes it (`kubectl scale ...`); nil for
  /// commands the user did not ask for (fetching logs).
  case run(line: String, shown: String?)
  case quit
}

/// What an update may read: the cluster, the pane rows, the key map and the themes to cycle through.
public struct DashboardWorld: Sendable {
  public var cluster: ClusterState
  public var index: ClusterIndex
  public var keyMap: KeyMap
  public var themeNames: [String]

  public init(cluster: ClusterState, index: ClusterIndex, keyMap: KeyMap, themeNames: [String]) {
    self.cluster = cluster
    self.index = index
    self.keyMap = keyMap
    self.themeNames = themeNames
  }
}

/// How a command line is shown in the events strip: kubectl's verbs as `kubectl ...`, the simulator's own
/// (`node`, `crash`, `advance`) as typed, so a key teaches what a real cluster would be told.
public enum CommandEcho {
  static let simulatorVerbs: Set<String> = ["node", "crash", "advance"]

  public static func shown(_ line: String) -> String {
    let verb = line.split(separator: " ").first.map(String.init) ?? ""
    return simulatorVerbs.contains(verb) ? line : "kubectl " + line
  }
}
