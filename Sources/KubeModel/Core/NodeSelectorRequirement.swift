/// One node affinity expression over a node's labels (`core/v1.NodeSelectorRequirement`): operator `In`, `NotIn`,
/// `Exists`, `DoesNotExist`, `Gt` or `Lt`, kept as the manifest's text so an invalid one can be reported.
public struct NodeSelectorRequirement: Hashable, Sendable, Codable {
  public var key: String = ""
  public var `operator`: String = ""
  public var values: [String] = []

  public init(key: String, operator: String, values: [String] = []) {
    self.key = key
    self.operator = `operator`
    self.values = values
  }

  /// The label requirement this expression stands for, validated as upstream's
  /// `NodeSelectorRequirementsAsSelector` does (through `NewRequirement`): `Gt`/`Lt` take exactly one integer.
  public func asRequirement() throws(SelectorError) -> Selector.Requirement {
    let op: Selector.Operator
    switch `operator` {
    case "In": op = .in
    case "NotIn": op = .notIn
    case "Exists": op = .exists
    case "DoesNotExist": op = .doesNotExist
    case "Gt": op = .greaterThan
    case "Lt": op = .lessThan
    default: throw SelectorError("\(GoText.quote(`operator`)) is not a valid node selector operator")
    }
    return try Selector.Requirement(validatingKey: key, operator: op, values: values, valuesWereNil: true)
  }

  /// Whether a node with `labels` satisfies this expression; an invalid expression matches no node, as the
  /// scheduler treats a term it cannot convert. `Gt`/`Lt` compare the label's value as an integer and fail when
  /// it is not one.
  public func matches(_ labels: [String: String]) -> Bool {
    (try? asRequirement())?.matches(labels) ?? false
  }
}

extension Selector {
  /// Upstream `NodeSelectorRequirementsAsSelector`: the AND of the expressions of one node selector term; an empty
  /// list gives ``nothing``, which matches no node.
  public init(nodeSelectorRequirements: [NodeSelectorRequirement]) throws(SelectorError) {
    if nodeSelectorRequirements.isEmpty {
      self = .nothing
      return
    }
    var requirements: [Requirement] = []
    for expression in nodeSelectorRequirements {
      requirements.append(try expression.asRequirement())
    }
    self.init(requirements: requirements)
  }
}
