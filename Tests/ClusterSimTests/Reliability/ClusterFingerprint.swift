import ClusterSim
import Foundation
import KubeModel

/// The whole cluster as bytes: the store, clock, timers, queues and random streams, encoded with sorted keys. Two
/// equal fingerprints mean nothing a command or controller could observe differs — the test that a refused command
/// changed nothing, and that a seed and its commands always lead to the same cluster.
enum ClusterFingerprint {
  static func of(_ cluster: ClusterState) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.userInfo[.preciseTimestamps] = true
    return try encoder.encode(cluster)
  }
}
