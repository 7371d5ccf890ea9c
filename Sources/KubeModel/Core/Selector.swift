/// A parsed label selector: an AND of requirements on an object's labels (apimachinery's `labels.Selector`,
/// `pkg/labels/selector.go`).
///
/// This is what `kubectl get -l`, a Service's selector and a workload's `LabelSelector` all become before they are
/// matched. Requirements are kept sorted by key, as upstream's `Add` and `Parse` sort them, so the printed form is
/// deterministic: `app=web,env in (a,b),!canary,tier!=db`.
public struct Selector: Hashable, Sendable, CustomStringConvertible {
  /// Upstream `selection.Operator`; raw values are upstream's spellings.
  public enum Operator: String, Hashable, Sendable, CaseIterable {
    case equals = "="
    case doubleEquals = "=="
    case notEquals = "!="
    case `in` = "in"
    case notIn = "notin"
    case exists = "exists"
    case doesNotExist = "!"
    case greaterThan = "gt"
    case lessThan = "lt"
  }

  /// One condition on one label (upstream `labels.Requirement`).
  public struct Requirement: Hashable, Sendable, CustomStringConvertible {
    public let key: String
    public let `operator`: Operator
    public let values: [String]

    /// Upstream `NewRequirement`: validates the key, the number of values the operator takes, that `gt`/`lt`
    /// values are integers and that every value is a valid label value, reporting all problems at once with
    /// upstream's field errors.
    public init(key: String, operator: Operator, values: [String] = []) throws(SelectorError) {
      try self.init(validatingKey: key, operator: `operator`, values: values, valuesWereNil: false)
    }

    /// `valuesWereNil` renders an empty list as `null` in errors, as Go does for a nil slice (a `matchExpressions`
    /// entry without `values`), rather than `[]`.
    init(validatingKey key: String, operator: Operator, values: [String], valuesWereNil: Bool) throws(SelectorError) {
      var errors: [SelectorFieldError] = []
      let keyProblems = LabelValidation.validateKey(key)
      if !keyProblems.isEmpty {
        errors.append(SelectorFieldError(path: "key", value: .string(key), detail: keyProblems.joined(separator: "; ")))
      }
      let listValue = SelectorFieldError.BadValue.stringList(valuesWereNil && values.isEmpty ? nil : values)
      switch `operator` {
      case .in, .notIn:
        if values.isEmpty {
          errors.append(
            SelectorFieldError(
              path: "values", value: listValue, detail: "for 'in', 'notin' operators, values set can't be empty"))
        }
      case .equals, .doubleEquals, .notEquals:
        if values.count != 1 {
          errors.append(
            SelectorFieldError(
              path: "values", value: listValue, detail: "exact-match compatibility requires one single value"))
        }
      case .exists, .doesNotExist:
        if !values.isEmpty {
          errors.append(
            SelectorFieldError(
              path: "values", value: listValue, detail: "values set must be empty for exists and does not exist"))
        }
      case .greaterThan, .lessThan:
        if values.count != 1 {
          errors.append(
            SelectorFieldError(
              path: "values", value: listValue, detail: "for 'Gt', 'Lt' operators, exactly one value is required"))
        }
        for (index, value) in values.enumerated() where Int64(value) == nil {
          errors.append(
            SelectorFieldError(
              path: "values[\(index)]", value: .string(value),
              detail: "for 'Gt', 'Lt' operators, the value must be an integer"))
        }
      }
      for (index, value) in values.enumerated() {
        let problems = LabelValidation.validateValue(value)
        if !problems.isEmpty {
          errors.append(
            SelectorFieldError(
              path: "values[\(index)][\(key)]", value: .string(value), detail: problems.joined(separator: "; ")))
        }
      }
      if let message = SelectorFieldError.aggregate(errors) { throw SelectorError(message) }
      self.init(unvalidatedKey: key, operator: `operator`, values: values)
    }

    init(unvalidatedKey key: String, operator: Operator, values: [String]) {
      self.key = key
      self.operator = `operator`
      self.values = values
    }

    /// Upstream `Requirement.Matches`: `in`/`=`/`==` need the label with one of the values; `notin`/`!=` match
    /// when the label is missing or has another value; `gt`/`lt` need a label whose value is an integer (Go's
    /// `ParseInt`) above or below the requirement's.
    public func matches(_ labels: [String: String]) -> Bool {
      switch `operator` {
      case .in, .equals, .doubleEquals:
        guard let value = labels[key] else { return false }
        return values.contains(value)
      case .notIn, .notEquals:
        guard let value = labels[key] else { return true }
        return !values.contains(value)
      case .exists:
        return labels[key] != nil
      case .doesNotExist:
        return labels[key] == nil
      case .greaterThan, .lessThan:
        guard let text = labels[key], let value = Int64(text), values.count == 1, let bound = Int64(values[0]) else {
          return false
        }
        return `operator` == .greaterThan ? value > bound : value < bound
      }
    }

    /// Upstream `Requirement.String()`: `app=web`, `tier!=db`, `env in (a,b)`, `env notin (c)`, `canary`,
    /// `!canary`, `replicas>3`. Several values print sorted; the values themselves are left as given.
    public var description: String {
      switch `operator` {
      case .exists: return key
      case .doesNotExist: return "!" + key
      default: break
      }
      let joined = values.count == 1 ? values[0] : values.sorted(by: GoText.less).joined(separator: ",")
      switch `operator` {
      case .equals: return key + "=" + joined
      case .doubleEquals: return key + "==" + joined
      case .notEquals: return key + "!=" + joined
      case .in: return key + " in (" + joined + ")"
      case .notIn: return key + " notin (" + joined + ")"
      case .greaterThan: return key + ">" + joined
      case .lessThan: return key + "<" + joined
      case .exists, .doesNotExist: return key
      }
    }
  }

  /// The requirements, sorted by key; requirements on the same key keep their order.
  public private(set) var requirements: [Requirement]
  /// Upstream `labels.Nothing()`, which matches no labels at all (for a missing selector).
  private var matchesNothing: Bool

  /// A selector of all `requirements`, sorted by key as upstream's `Selector.Add` sorts them.
  public init(requirements: [Requirement]) {
    self.requirements = Self.sortedByKey(requirements)
    self.matchesNothing = false
  }

  /// Upstream `SelectorFromSet`: `key=value` for every entry, without validation. An empty set selects everything,
  /// as for a Service's or ReplicationController's `selector`.
  public init(matchLabels: [String: String]) {
    self.init(
      requirements: matchLabels.map { Requirement(unvalidatedKey: $0.key, operator: .equals, values: [$0.value]) })
  }

  private init(nothing: Void) {
    requirements = []
    matchesNothing = true
  }

  /// Upstream `labels.Everything()`: matches every set of labels and prints as an empty string.
  public static let everything = Selector(requirements: [])
  /// Upstream `labels.Nothing()`: matches no set of labels and prints as an empty string.
  public static let nothing = Selector(nothing: ())

  /// Whether this selector does not restrict anything (upstream `Empty()`; false for ``nothing``).
  public var isEverything: Bool { requirements.isEmpty && !matchesNothing }

  /// Whether `labels` satisfy every requirement.
  public func matches(_ labels: [String: String]) -> Bool {
    !matchesNothing && requirements.allSatisfy { $0.matches(labels) }
  }

  /// This selector with `more` requirements, re-sorted by key (upstream `Add`).
  public func adding(_ more: [Requirement]) -> Selector {
    if matchesNothing { return self }
    return Selector(requirements: requirements + more)
  }

  /// Upstream `internalSelector.String()`: the requirements joined with commas, as `kubectl` prints a selector.
  public var description: String { requirements.map(\.description).joined(separator: ",") }

  /// Upstream sorts with `sort.Sort(ByKey)`, which is stable for the handful of requirements a selector has;
  /// this sort is stable for any number and compares keys byte by byte like Go.
  static func sortedByKey(_ requirements: [Requirement]) -> [Requirement] {
    requirements.enumerated().sorted { lhs, rhs in
      if GoText.less(lhs.element.key, rhs.element.key) { return true }
      if GoText.less(rhs.element.key, lhs.element.key) { return false }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}

/// Why a selector could not be parsed or built, with upstream's message.
public struct SelectorError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
