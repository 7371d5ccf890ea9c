// Deleted when the selector implementation lands.
public struct NodeSelectorRequirement: Hashable, Sendable, Codable {
  public var key: String = ""
  public var `operator`: String = ""
  public var values: [String] = []
  public init() {}
  public func matches(_ labels: [String: String]) -> Bool { false }
}

public enum LabelValidation {
  public static func validateKey(_ key: String) -> [String] { [] }
  public static func validateValue(_ value: String) -> [String] { [] }
}

extension LabelSelector {
  public func matches(_ labels: [String: String]) -> Bool {
    matchLabels.allSatisfy { labels[$0.key] == $0.value }
  }
  public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }
}

public struct SelectorError: Error, Hashable, Sendable, CustomStringConvertible {
  public var description: String
}

public struct Selector: Hashable, Sendable, CustomStringConvertible {
  var pairs: [String: String] = [:]
  public init(parsing text: String) throws(SelectorError) {
    for part in text.split(separator: ",") {
      let kv = part.split(separator: "=", maxSplits: 1)
      guard kv.count == 2 else { throw SelectorError(description: "unable to parse requirement") }
      pairs[String(kv[0])] = String(kv[1])
    }
  }
  public init(matchLabels: [String: String]) { pairs = matchLabels }
  public func matches(_ labels: [String: String]) -> Bool { pairs.allSatisfy { labels[$0.key] == $0.value } }
  public var description: String { pairs.keys.sorted().map { "\($0)=\(pairs[$0]!)" }.joined(separator: ",") }
  public var isEverything: Bool { pairs.isEmpty }
}

public enum ObjectEncoder {
  public static func encode<T: Encodable>(_ value: T) -> JSONValue { .null }
}
public enum YAMLWriter {
  public static func write(_ value: JSONValue) -> String { "" }
}
public enum JSONWriter {
  public static func write(_ value: JSONValue) -> String { "" }
}

extension LabelSelector: CustomStringConvertible {
  public var description: String { matchLabels.keys.sorted().map { "\($0)=\(matchLabels[$0]!)" }.joined(separator: ",") }
}
