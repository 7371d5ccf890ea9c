import ClusterSim
import Foundation
import KubeModel

/// The whole cluster as a value: the store, clock, timers, queues and random streams, encoded as the snapshots
/// encode it (timestamps to the millisecond) and read back as JSON. Two equal fingerprints mean nothing a command or
/// controller could observe differs — the test that a refused command changed nothing, and that a seed and its
/// commands always lead to the same cluster.
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

  static func of(_ cluster: ClusterState) throws -> JSONValue {
    let encoder = JSONEncoder()
    encoder.userInfo[.preciseTimestamps] = true
    // JSONSerialization reads without throwing on every member, which `JSONValue`'s decoder does (and a thrown
    // error is costly under the test runner).
    let object = try JSONSerialization.jsonObject(with: encoder.encode(cluster), options: [.fragmentsAllowed])
    return canonicalize(value(object))
  }

  /// Foundation's JSON as a `JSONValue`; numbers and booleans keep their printed form, which is all equality needs.
  static func value(_ object: Any) -> JSONValue {
    switch object {
    case let members as [String: Any]: return .object(members.mapValues(value))
    case let items as [Any]: return .array(items.map(value))
    case let text as String: return .string(text)
    case is NSNull: return .null
    default: return .string("\(object)")
    }
  }

  static func canonicalize(_ value: JSONValue, isSet: Bool = false) -> JSONValue {
    switch value {
    case .object(let members):
      var result: [String: JSONValue] = [:]
      for (key, member) in members {
        if pairFields.contains(key), case .array(let flat) = member, flat.count % 2 == 0 {
          let pairs = stride(from: 0, to: flat.count, by: 2).map {
            JSONValue.array([canonicalize(flat[$0]), canonicalize(flat[$0 + 1])])
          }
          result[key] = .array(pairs.sorted { JSONWriter.compact($0) < JSONWriter.compact($1) })
        } else {
          result[key] = canonicalize(member, isSet: isSet || setFields.contains(key))
        }
      }
      return .object(result)
    case .array(let items):
      let members = items.map { canonicalize($0) }
      guard isSet else { return .array(members) }
      return .array(members.sorted { JSONWriter.compact($0) < JSONWriter.compact($1) })
    default:
      return value
    }
  }
}
