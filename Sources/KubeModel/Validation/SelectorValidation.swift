/// The API server's rules for a `metav1.LabelSelector` (apimachinery `ValidateLabelSelector`), so a misspelt
/// operator is reported as such rather than as a selector that does not match the template.
enum SelectorValidation {
  static func validate(_ selector: LabelSelector, path: String) -> [FieldError] {
    var errors = MetadataValidation.validateLabels(selector.matchLabels, path: "\(path).matchLabels")
    for (index, requirement) in selector.matchExpressions.enumerated() {
      errors += validate(requirement, path: "\(path).matchExpressions[\(index)]")
    }
    return errors
  }

  /// `ValidateLabelSelectorRequirement`.
  static func validate(_ requirement: LabelSelectorRequirement, path: String) -> [FieldError] {
    var errors: [FieldError] = []
    switch requirement.operator {
    case "In", "NotIn":
      if requirement.values.isEmpty {
        errors.append(.required("\(path).values", "must be specified when `operator` is 'In' or 'NotIn'"))
      }
    case "Exists", "DoesNotExist":
      if !requirement.values.isEmpty {
        errors.append(
          .forbidden("\(path).values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
      }
    default:
      errors.append(.invalid("\(path).operator", .string(requirement.operator), "not a valid selector operator"))
    }
    errors += LabelValidation.validateKey(requirement.key).map { .invalid("\(path).key", .string(requirement.key), $0) }
    return errors
  }
}
