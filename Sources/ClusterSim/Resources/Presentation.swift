import KubeModel

/// An object whose stored form leaves out what changes only with time, filled in when it is read.
///
/// A healthy kubelet posts node status every five minutes even when nothing changed
/// (`nodeStatusReportFrequency`); storing each of those writes would cost 5,000 nodes a write every few seconds
/// for nothing, so heartbeats are computed when a node is printed.
public protocol Presented {
  func presented(in cluster: ClusterState) -> Self
}

extension Node: Presented {
  public static let statusReportFrequency = SimDuration.minutes(5)

  public func presented(in cluster: ClusterState) -> Node {
    let runtime = cluster.nodeRuntime(metadata.name)
    guard !runtime.isFailed else { return self }
    let since = runtime.runningSince
    let elapsed = max(0, (cluster.now - since).milliseconds)
    let period = Self.statusReportFrequency.milliseconds
    let lastReport = since + .milliseconds(elapsed / period * period)
    var node = self
    for index in node.status.conditions.indices {
      let transition = node.status.conditions[index].lastTransitionTime ?? since
      node.status.conditions[index].lastHeartbeatTime = max(lastReport, transition)
    }
    return node
  }
}

extension ClusterState {
  /// An object as a reader sees it: with time-derived fields filled in.
  func presented<Object: APIObject>(_ object: Object) -> Object {
    (object as? any Presented).map { $0.presented(in: self) as! Object } ?? object
  }
}
