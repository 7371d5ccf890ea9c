/// Object metadata rules (`ValidateObjectMeta`): a valid name, valid label keys and values, valid annotation keys.
public enum MetadataValidation {
  public enum NameRule: Sendable {
    case dns1123Subdomain
    case dns1123Label
    case dns1035Label
    /// Any name without `/` or `%` and not `.` or `..` (events, some cluster objects).
    case pathSegment
  }

  public static func validate(
    _ metadata: ObjectMeta, nameRule: NameRule = .dns1123Subdomain, path: String = "metadata"
  )
    -> [FieldError]
  {
    var errors: [FieldError] = []
    if !metadata.name.isEmpty {
      let problems: [String]
      switch nameRule {
      case .dns1123Subdomain: problems = NameValidation.dns1123Subdomain(metadata.name)
      case .dns1123Label: problems = NameValidation.dns1123Label(metadata.name)
      case .dns1035Label: problems = NameValidation.dns1035Label(metadata.name)
      case .pathSegment:
        problems =
          metadata.name.contains("/") || metadata.name.contains("%") || metadata.name == "." || metadata.name == ".."
          ? ["may not contain '/' or '%'"] : []
      }
      errors += problems.map { .invalid("\(path).name", .string(metadata.name), $0) }
    }
    errors += validateLabels(metadata.labels, path: "\(path).labels")
    for key in metadata.annotations.keys.sorted() {
      errors += LabelValidation.validateKey(key).map { .invalid("\(path).annotations", .string(key), $0) }
    }
    // `ValidateAnnotationsSize`: what `kubectl apply` of a very large object runs into, because the
    // last-applied-configuration annotation holds a copy of the whole object.
    let annotationBytes = metadata.annotations.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count }
    if annotationBytes > totalAnnotationSizeLimit {
      errors.append(.tooLong("\(path).annotations", bytes: totalAnnotationSizeLimit))
    }
    return errors
  }

  /// `TotalAnnotationSizeLimitB`: 256 KiB.
  public static let totalAnnotationSizeLimit = 256 * 1024

  /// Label keys must be qualified names and values valid label values (`ValidateLabels`).
  public static func validateLabels(_ labels: [String: String], path: String) -> [FieldError] {
    var errors: [FieldError] = []
    for key in labels.keys.sorted() {
      errors += LabelValidation.validateKey(key).map { .invalid(path, .string(key), $0) }
      errors += LabelValidation.validateValue(labels[key]!).map { .invalid(path, .string(labels[key]!), $0) }
    }
    return errors
  }
}

/// Checks shared by the kinds: counts, ranges, and supported values.
enum Check {
  static func nonNegative(_ value: Int?, _ path: String) -> [FieldError] {
    guard let value, value < 0 else { return [] }
    return [.invalid(path, .int(value), "must be greater than or equal to 0")]
  }

  static func int32(_ value: Int?, _ path: String) -> [FieldError] {
    guard let value, value > Int(Int32.max) else { return [] }
    return [.invalid(path, .int(value), "must be less than or equal to \(Int32.max)")]
  }

  static func port(_ value: Int, _ path: String) -> [FieldError] {
    (1...65_535).contains(value) ? [] : [.invalid(path, .int(value), "must be between 1 and 65535, inclusive")]
  }

  static func supported(_ value: String, _ supported: [String], _ path: String, required: Bool = true) -> [FieldError] {
    if value.isEmpty { return required ? [.required(path)] : [] }
    return supported.contains(value) ? [] : [.notSupported(path, value, supported: supported)]
  }
}
