/// The name rules of the API server (apimachinery `pkg/util/validation/validation.go`), with its messages.
public enum NameValidation {
  static let dns1123LabelMaxLength = 63
  static let dns1123SubdomainMaxLength = 253

  static let dns1123LabelMessage =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end "
    + "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
    + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
  static let dns1123SubdomainMessage =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start "
    + "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
    + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
  static let dns1035LabelMessage =
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic "
    + "character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation "
    + "is '[a-z]([-a-z0-9]*[a-z0-9])?')"

  /// Problems with `name` as a DNS-1123 label (namespaces, services' ports, containers).
  public static func dns1123Label(_ name: String) -> [String] {
    var problems: [String] = []
    if name.utf8.count > dns1123LabelMaxLength {
      problems.append("must be no more than \(dns1123LabelMaxLength) characters")
    }
    if !isDNS1123Label(name) {
      problems.append(dns1123Subdomain(name).isEmpty ? "must not contain dots" : dns1123LabelMessage)
    }
    return problems
  }

  /// Problems with `name` as a DNS-1123 subdomain (most object names).
  public static func dns1123Subdomain(_ name: String) -> [String] {
    var problems: [String] = []
    if name.utf8.count > dns1123SubdomainMaxLength {
      problems.append("must be no more than \(dns1123SubdomainMaxLength) characters")
    }
    let labels = name.split(separator: ".", omittingEmptySubsequences: false)
    if name.isEmpty || !labels.allSatisfy({ isDNS1123Label(String($0)) }) {
      problems.append(dns1123SubdomainMessage)
    }
    return problems
  }

  /// Problems with `name` as a DNS-1035 label (Service names must start with a letter).
  public static func dns1035Label(_ name: String) -> [String] {
    var problems: [String] = []
    if name.utf8.count > dns1123LabelMaxLength {
      problems.append("must be no more than \(dns1123LabelMaxLength) characters")
    }
    if !isDNS1123Label(name) || !(name.first?.isLetter ?? false) { problems.append(dns1035LabelMessage) }
    return problems
  }

  static func isDNS1123Label(_ name: String) -> Bool {
    let bytes = Array(name.utf8)
    guard let first = bytes.first, let last = bytes.last else { return false }
    func alphanumeric(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
    return alphanumeric(first) && alphanumeric(last) && bytes.allSatisfy { alphanumeric($0) || $0 == UInt8(ascii: "-") }
  }
}
