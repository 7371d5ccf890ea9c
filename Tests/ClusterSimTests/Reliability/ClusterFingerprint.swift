import ClusterSim
import Foundation
import KubeModel

/// The whole cluster as bytes: the store, clock, timers, queues and random streams, encoded with sorted keys. Two
/// equal fingerprints mean nothing a command or controller could observe differs — the test that a refused command
/// changed nothing, and that a seed and its commands always lead to the same cluster.
///
/// Swift encodes a `Set`, and a dictionary whose keys are not strings, in hash order, which differs between two
/// equal values built separately; those fields are sorted, so only a real difference changes the fingerprint.
enum ClusterFingerprint {
  /// Fields whose arrays (or whose values' arrays) are sets.
  static let setFields: Set<String> = [
    "usedAddresses", "nodeImages", "podsWaitingForConfig", "ownersToRecheck", "disabledControllers",
  ]
  /// Dictionaries with non-string keys, which JSON holds as one array of key, value, key, value.
  static let pairFields: Set<String> = ["pending"]

  static func of(_ cluster: ClusterState) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.userInfo[.preciseTimestamps] = true
    let data = try encoder.encode(cluster)
    let canonical = canonicalize(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    return try JSONSerialization.data(withJSONObject: canonical, options: [.sortedKeys, .fragmentsAllowed])
  }

  static func canonicalize(_ value: Any, isSet: Bool = false) -> Any {
    if let object = value as? [String: Any] {
      var result: [String: Any] = [:]
      for (key, member) in object {
        if pairFields.contains(key), let flat = member as? [Any], flat.count % 2 == 0 {
          let pairs = stride(from: 0, to: flat.count, by: 2).map {
            [canonicalize(flat[$0]), canonicalize(flat[$0 + 1])]
          }
          result[key] = pairs.sorted { describe($0) < describe($1) }
        } else {
          result[key] = canonicalize(member, isSet: isSet || setFields.contains(key))
        }
      }
      return result
    }
    if let array = value as? [Any] {
      let members = array.map { canonicalize($0) }
      guard isSet else { return members }
      return members.sorted { describe($0) < describe($1) }
    }
    return value
  }

  private static func describe(_ value: Any) -> String {
    guard JSONSerialization.isValidJSONObject([value]),
      let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])
    else { return "\(value)" }
    return String(decoding: data, as: UTF8.self)
  }
}
