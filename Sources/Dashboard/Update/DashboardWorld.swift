import ClusterSim

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
