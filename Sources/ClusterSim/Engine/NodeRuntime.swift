import KubeModel

/// What the simulator knows about a node that Kubernetes does not store: whether its kubelet is alive.
/// `node fail` stops the kubelet (no more heartbeats); `node recover` starts it again.
public struct NodeRuntime: Hashable, Sendable, Codable {
  /// When the kubelet stopped, or nil while it runs.
  public var failedAt: Timestamp?
  /// When the kubelet last (re)started, from which heartbeats are counted.
  public var runningSince: Timestamp

  public init(runningSince: Timestamp) { self.runningSince = runningSince }

  public var isFailed: Bool { failedAt != nil }
}

extension ClusterState {
  /// The kubelet state of a node (running, unless `node fail` stopped it).
  public func nodeRuntime(_ name: String) -> NodeRuntime {
    nodeRuntimes[name] ?? NodeRuntime(runningSince: startTime)
  }
}
