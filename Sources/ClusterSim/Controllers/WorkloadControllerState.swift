import KubeModel

/// What the batch and node-level workload controllers remember between syncs that the API does not store, kept in
/// ``ClusterState`` so snapshots and forks carry it.
///
/// Upstream keeps the same things in controller memory: the Job controller's pod-failure back-off store
/// (`backoff_utils.go`), and the DaemonSet controller's view of which nodes should run which daemon. The DaemonSet
/// caches are not saved: they are rebuilt from the store by the first sync after a snapshot is loaded.
public struct WorkloadControllerState: Sendable {
  /// Pod-failure back-off per Job uid.
  var jobBackoff: [String: JobBackoffRecord] = [:]
  /// Per DaemonSet uid: the nodes it places pods on and their pods (not saved).
  var daemonSets: [String: DaemonSetPlacement] = [:]

  public init() {}
}

extension WorkloadControllerState: Codable {
  private enum CodingKeys: String, CodingKey { case jobBackoff }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    jobBackoff = try container.decodeIfPresent([String: JobBackoffRecord].self, forKey: .jobBackoff) ?? [:]
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(jobBackoff, forKey: .jobBackoff)
  }
}
