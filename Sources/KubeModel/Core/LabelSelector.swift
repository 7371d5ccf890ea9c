/// The API's label selector (`metav1.LabelSelector`): `matchLabels` and `matchExpressions`, ANDed together.
/// An empty selector selects everything.
public struct LabelSelector: Hashable, Sendable, Codable {
  public var matchLabels: [String: String] = [:]
  public var matchExpressions: [LabelSelectorRequirement] = []

  public init(matchLabels: [String: String] = [:], matchExpressions: [LabelSelectorRequirement] = []) {
    self.matchLabels = matchLabels
    self.matchExpressions = matchExpressions
  }
}

/// One `matchExpressions` entry (`metav1.LabelSelectorRequirement`): operator `In`, `NotIn`, `Exists` or
/// `DoesNotExist`, kept as the text the manifest had so that an invalid operator can be reported.
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

extension LabelSelector: CustomStringConvertible {
  /// Upstream `LabelSelectorAsSelector` (`pkg/apis/meta/v1/helpers.go`): an empty selector selects everything;
  /// otherwise one `=` requirement per `matchLabels` entry and one requirement per expression, validated as
  /// `NewRequirement` does. The first invalid entry is reported: upstream walks `matchLabels` in Go's random map
  /// order, this walks it sorted by key, then the expressions in order.
  public func asSelector() throws(SelectorError) -> Selector {
    if matchLabels.isEmpty && matchExpressions.isEmpty { return .everything }
    var requirements: [Selector.Requirement] = []
    for key in matchLabels.keys.sorted(by: GoText.less) {
      requirements.append(
        try Selector.Requirement(
          validatingKey: key, operator: .equals, values: [matchLabels[key]!], valuesWereNil: false))
    }
    for expression in matchExpressions {
      let op: Selector.Operator
      switch expression.operator {
      case "In": op = .in
      case "NotIn": op = .notIn
      case "Exists": op = .exists
      case "DoesNotExist": op = .doesNotExist
      default: throw SelectorError("\(GoText.quote(expression.operator)) is not a valid label selector operator")
      }
      // Upstream copies the values into a nil slice, so missing values print as `null` in the error.
      requirements.append(
        try Selector.Requirement(
          validatingKey: expression.key, operator: op, values: expression.values, valuesWereNil: true))
    }
    return Selector(requirements: requirements)
  }

  /// Whether `labels` match; an invalid selector matches nothing, as controllers treat one they cannot convert.
  /// Whether the selector has no requirements at all (it then selects everything).
  public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }

  public func matches(_ labels: [String: String]) -> Bool {
    (try? asSelector())?.matches(labels) ?? false
  }

  /// Upstream `FormatLabelSelector`, used by the `SELECTOR` column of `-o wide` and by `describe`:
  /// `app=web,env in (a,b)`, `<none>` for an empty selector and `<error>` for an invalid one.
  public var description: String {
    guard let selector = try? asSelector() else { return "<error>" }
    let text = selector.description
    return text.isEmpty ? "<none>" : text
  }
}
