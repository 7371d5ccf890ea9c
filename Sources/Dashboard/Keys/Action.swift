/// Everything a key can do. The raw value is the name used in `keys.yaml` to remap it.
public enum Action: String, CaseIterable, Hashable, Sendable {
  case quit, help, nextPane = "next-pane", previousPane = "previous-pane"
  case up, down, left, right, pageUp = "page-up", pageDown = "page-down", top, bottom
  case drillDown = "drill-down", back, filter, namespace, zoom
  case describe, yaml, events, logs, rollout, revealSecrets = "reveal-secrets"
  case scaleUp = "scale-up", scaleDown = "scale-down", scaleTo = "scale-to", setImage = "set-image"
  case rolloutUndo = "rollout-undo", rolloutRestart = "rollout-restart", rolloutPause = "rollout-pause"
  case deletePod = "delete-pod", crashContainer = "crash-container"
  case failNode = "fail-node", recoverNode = "recover-node", cordon, drain
  case command
  case pauseTime = "pause-time", faster, slower, step, advanceTime = "advance-time"
  case nextTheme = "next-theme"

  /// Groups of the help screen, in order.
  public enum Group: String, CaseIterable, Sendable {
    case navigation = "Navigation"
    case views = "Views"
    case workloads = "Workload actions"
    case nodes = "Node actions"
    case time = "Time"
    case general = "General"
  }

  public var group: Group {
    switch self {
    case .nextPane, .previousPane, .up, .down, .left, .right, .pageUp, .pageDown, .top, .bottom, .drillDown, .back,
      .filter, .namespace, .zoom:
      return .navigation
    case .describe, .yaml, .events, .logs, .rollout, .revealSecrets: return .views
    case .scaleUp, .scaleDown, .scaleTo, .setImage, .rolloutUndo, .rolloutRestart, .rolloutPause, .deletePod,
      .crashContainer:
      return .workloads
    case .failNode, .recoverNode, .cordon, .drain: return .nodes
    case .pauseTime, .faster, .slower, .step, .advanceTime: return .time
    case .quit, .help, .command, .nextTheme: return .general
    }
  }

  /// What the help screen says.
  public var summary: String {
    switch self {
    case .quit: return "quit (restores the terminal)"
    case .help: return "this help"
    case .nextPane: return "next pane"
    case .previousPane: return "previous pane"
    case .up: return "up"
    case .down: return "down"
    case .left: return "pane to the left"
    case .right: return "pane to the right"
    case .pageUp: return "page up"
    case .pageDown: return "page down"
    case .top: return "first row"
    case .bottom: return "last row"
    case .drillDown: return "drill down (deployment, node, service -> pods)"
    case .back: return "back / close"
    case .filter: return "filter the pane (text, or -l SELECTOR)"
    case .namespace: return "pick the namespace"
    case .zoom: return "zoom the pane to full screen"
    case .describe: return "describe"
    case .yaml: return "YAML"
    case .events: return "events of the object"
    case .logs: return "logs of the pod"
    case .rollout: return "rollout view of the deployment"
    case .revealSecrets: return "reveal / mask a Secret's values (YAML view)"
    case .scaleUp: return "scale up by one"
    case .scaleDown: return "scale down by one"
    case .scaleTo: return "scale to N"
    case .setImage: return "set image"
    case .rolloutUndo: return "rollout undo (pick a revision)"
    case .rolloutRestart: return "rollout restart"
    case .rolloutPause: return "pause / resume the rollout"
    case .deletePod: return "delete (kill) the pod"
    case .crashContainer: return "crash a container"
    case .failNode: return "fail the node"
    case .recoverNode: return "recover the node"
    case .cordon: return "cordon / uncordon"
    case .drain: return "drain the node"
    case .command: return "command prompt"
    case .pauseTime: return "pause / resume time"
    case .faster: return "faster"
    case .slower: return "slower"
    case .step: return "step one second (paused)"
    case .advanceTime: return "advance by a duration"
    case .nextTheme: return "next theme"
    }
  }

  /// The short label the footer shows.
  public var label: String {
    switch self {
    case .scaleUp: return "scale+"
    case .scaleDown: return "scale-"
    case .scaleTo: return "scale"
    case .setImage: return "image"
    case .rolloutUndo: return "undo"
    case .rolloutRestart: return "restart"
    case .rolloutPause: return "pause-rollout"
    case .deletePod: return "kill"
    case .crashContainer: return "crash"
    case .failNode: return "fail"
    case .recoverNode: return "recover"
    case .pauseTime: return "pause"
    case .drillDown: return "drill"
    case .command: return "cmd"
    case .revealSecrets: return "reveal"
    default: return rawValue
    }
  }
}
