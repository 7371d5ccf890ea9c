import ClusterSim
import KubeModel

/// What a frame is drawn from: the dashboard's state, the cluster as it stands, the pane rows, the rows to mark
/// as just changed, and the key map (for the footer and help).
public struct RenderContext: Sendable {
  public var state: DashboardState
  public var cluster: ClusterState
  public var index: ClusterIndex
  public var marks: RowMarks
  public var keyMap: KeyMap

  public init(
    state: DashboardState, cluster: ClusterState, index: ClusterIndex, marks: RowMarks = RowMarks(), keyMap: KeyMap
  ) {
    self.state = state
    self.cluster = cluster
    self.index = index
    self.marks = marks
    self.keyMap = keyMap
  }
}
