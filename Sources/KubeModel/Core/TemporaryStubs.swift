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
