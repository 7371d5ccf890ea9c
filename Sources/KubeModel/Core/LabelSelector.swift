// STUB: replaced by the full implementation.
/// The API's label selector (`matchLabels` and `matchExpressions`).
public struct LabelSelector: Hashable, Sendable, Codable {
  public var matchLabels: [String: String] = [:]
  public var matchExpressions: [LabelSelectorRequirement] = []
  public init(matchLabels: [String: String] = [:], matchExpressions: [LabelSelectorRequirement] = []) {
    self.matchLabels = matchLabels
    self.matchExpressions = matchExpressions
  }
}

public struct LabelSelectorRequirement: Hashable, Sendable, Codable {
  public var key: String = ""
  public var `operator`: String = ""
  public var values: [String] = []
  public init(key: String, operator: String, values: [String] = []) {
    self.key = key
    self.operator = `operator`
    self.values = values
  }
}
