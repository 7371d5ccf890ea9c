import ClusterSim
import KubeModel

/// What the dashboard is given: a key, or a new terminal size.
public enum DashboardInput: Hashable, Sendable {
  case key(Key)
  case resize(TerminalSize)
}
