import KubeModel

/// Everything the dashboard remembers between frames, as one value: which pane has the focus, cursors, filters,
/// the namespace, what covers the panes, the prompt, the clock's speed, and the commands keys ran. The cluster is
/// not in here: it lives in the ``DashboardSession``'s simulation, and the state refers to objects by key.
public struct DashboardState: Hashable, Sendable {
  /// The speeds `>` and `<` step through.
  public static let speeds: [Double] = [0.5, 1, 2, 5, 10, 30, 60]

  public var size = TerminalSize(width: 80, height: 24)
  public var focus: PaneID = .pods
  public var panes: [PaneID: PaneState] = Dictionary(uniqueKeysWithValues: PaneID.allCases.map { ($0, PaneState()) })
  /// The namespace shown, nil for all of them.
  public var namespace: String?
  public var zoomed = false
  /// Enter pushes, Esc pops.
  public var scopes: [DrillScope] = []
  public var overlay: Overlay?
  public var picker: Picker?
  public var prompt: Prompt?
  public var speedIndex = 1
  public var paused = false
  /// Lines run at the `:` prompt, oldest first.
  public var commandHistory: [String] = []
  /// Commands keys ran, with what they answered: shown in the events strip, newest last.
  public var activity: [ActivityEntry] = []
  /// A one-line answer to the last thing done, shown above the footer until the next key.
  public var message: StatusMessage?
  public var themeName = "default"
  /// The cluster's name for the header (its folder, or `default`).
  public var clusterName = "default"
  public var ascii = false
  /// A Secret's YAML view shows its values decoded instead of masked (`--show-secrets`, toggled by `X`).
  public var showSecrets = false
  public var shouldQuit = false
  /// The text of the logs overlay, fetched by the session (logs is a command, and commands run there).
  public var logText: String?
  /// A guided demo playing (`kubarium demo NAME`), until a key hands the cluster over.
  public var demo: DemoState?

  public init() {}

  public var speed: Double { Self.speeds[speedIndex] }

  /// `1x`, `0.5x`, `60x`.
  public var speedText: String {
    speed == speed.rounded() ? "\(Int(speed))x" : "\(speed)x"
  }

  public subscript(pane: PaneID) -> PaneState {
    get { panes[pane] ?? PaneState() }
    set { panes[pane] = newValue }
  }

  public var glyphs: Glyphs { ascii ? .ascii : .unicode }

  public var scope: DrillScope? { scopes.last }
}
