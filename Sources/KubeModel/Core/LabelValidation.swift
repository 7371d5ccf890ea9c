/// The syntax rules for label keys, label values and DNS names, with apimachinery's exact error messages
/// (`pkg/api/validate/content/kube.go` and `dns.go`, which `validation.IsQualifiedName` and
/// `validation.IsValidLabelValue` now alias). Each function returns the list of problems; empty means valid.
///
/// The regular expressions are checked by hand, byte by byte, since they only use ASCII classes. Lengths are
/// counted in UTF-8 bytes as Go's `len` does, and the messages say "bytes" as upstream has since 1.35.
public enum LabelValidation {
  static let labelKeyFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
  static let labelKeyMessage =
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
  static let labelValueFormat = "(" + labelKeyFormat + ")?"
  static let labelValueMessage =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', "
    + "and must start and end with an alphanumeric character"
  static let dns1123LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
  static let dns1123LabelMessage =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', "
    + "and must start and end with an alphanumeric character"
  static let dns1123SubdomainFormat = dns1123LabelFormat + "(\\." + dns1123LabelFormat + ")*"
  static let dns1123SubdomainMessage =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', "
    + "and must start and end with an alphanumeric character"

  /// The longest label value, and the longest name part of a label key.
  public static let maxLabelValueLength = 63
  /// The longest DNS subdomain, such as a label key's prefix or most object names.
  public static let maxDNS1123SubdomainLength = 253
  /// The longest DNS label, such as a Service or Namespace name.
  public static let maxDNS1123LabelLength = 63

  /// Upstream `IsLabelKey` (`IsQualifiedName`): an optional DNS subdomain prefix and `/`, then a name of at most
  /// 63 bytes of `[-A-Za-z0-9_.]` that starts and ends alphanumeric, such as `app` or `example.com/tier`.
  public static func validateKey(_ key: String) -> [String] {
    var errors: [String] = []
    // Split bytes, as Go's strings.Split does: a Character split would glue "/" to a following combining mark.
    let parts = key.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map(Substring.init)
    let name: Substring
    switch parts.count {
    case 1:
      name = parts[0]
    case 2:
      let prefix = parts[0]
      name = parts[1]
      if prefix.isEmpty {
        errors.append("prefix part " + emptyError)
      } else {
        errors += validateDNS1123Subdomain(String(prefix)).map { "prefix part " + $0 }
      }
    default:
      return [
        "a valid label key " + regexError(labelKeyMessage, labelKeyFormat, "MyName", "my.name", "123-abc")
          + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
      ]
    }
    if name.isEmpty {
      errors.append("name part " + emptyError)
    } else if name.utf8.count > maxLabelValueLength {
      errors.append("name part " + maxLengthError(maxLabelValueLength))
    }
    if !isLabelName(name) {
      errors.append("name part " + regexError(labelKeyMessage, labelKeyFormat, "MyName", "my.name", "123-abc"))
    }
    return errors
  }

  /// Upstream `IsLabelValue` (`IsValidLabelValue`): empty, or at most 63 bytes of `[-A-Za-z0-9_.]` that start and
  /// end alphanumeric.
  public static func validateValue(_ value: String) -> [String] {
    var errors: [String] = []
    if value.utf8.count > maxLabelValueLength {
      errors.append(maxLengthError(maxLabelValueLength))
    }
    if !value.isEmpty && !isLabelName(Substring(value)) {
      errors.append(regexError(labelValueMessage, labelValueFormat, "MyValue", "my_value", "12345"))
    }
    return errors
  }

  /// Upstream `IsDNS1123Subdomain`: at most 253 bytes of dot-separated lowercase RFC 1123 labels, such as
  /// `example.com`; the rule for most object names.
  public static func validateDNS1123Subdomain(_ value: String) -> [String] {
    var errors: [String] = []
    if value.utf8.count > maxDNS1123SubdomainLength {
      errors.append(maxLengthError(maxDNS1123SubdomainLength))
    }
    if !isDNS1123Subdomain(value) {
      errors.append(regexError(dns1123SubdomainMessage, dns1123SubdomainFormat, "example.com"))
    }
    return errors
  }

  /// Upstream `IsDNS1123Label`: at most 63 bytes of `[-a-z0-9]` that start and end alphanumeric, such as
  /// `my-name`; the rule for Namespace and Service names.
  public static func validateDNS1123Label(_ value: String) -> [String] {
    var errors: [String] = []
    if value.utf8.count > maxDNS1123LabelLength {
      errors.append(maxLengthError(maxDNS1123LabelLength))
    }
    if !isDNS1123Label(Substring(value)) {
      if isDNS1123Subdomain(value) {
        errors.append("must not contain dots")
      } else {
        errors.append(regexError(dns1123LabelMessage, dns1123LabelFormat, "my-name", "123-abc"))
      }
    }
    return errors
  }

  static let emptyError = "must be non-empty"

  static func maxLengthError(_ length: Int) -> String { "must be no more than \(length) bytes" }

  /// Upstream `RegexError`, including its doubled spaces: `(e.g. 'MyName',  or 'my.name', regex used ...)`.
  static func regexError(_ message: String, _ format: String, _ examples: String...) -> String {
    if examples.isEmpty { return message + " (regex used for validation is '" + format + "')" }
    var text = message + " (e.g. "
    for (index, example) in examples.enumerated() {
      if index > 0 { text += " or " }
      text += "'" + example + "', "
    }
    return text + "regex used for validation is '" + format + "')"
  }

  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  /// `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`
  static func isLabelName(_ name: Substring) -> Bool {
    let bytes = name.utf8
    guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first), isAlphanumeric(last) else {
      return false
    }
    return bytes.allSatisfy {
      isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
    }
  }

  /// `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`
  static func isDNS1123Label(_ label: Substring) -> Bool {
    let bytes = label.utf8
    guard let first = bytes.first, let last = bytes.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last)
    else { return false }
    return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
  }

  /// `^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`
  static func isDNS1123Subdomain(_ value: String) -> Bool {
    value.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map(Substring.init)
      .allSatisfy(isDNS1123Label)
  }
}
