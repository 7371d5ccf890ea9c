import Testing

@testable import KubeModel

/// Messages follow upstream's `content.IsLabelKey`, `IsLabelValue`, `IsDNS1123Label` and `IsDNS1123Subdomain`.
struct LabelValidationTests {
  static let nameMessage = SelectorParsingTests.nameMessage
  static let valueMessage = SelectorParsingTests.valueMessage
  static let subdomainMessage =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start "
    + "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
    + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
  static let labelMessage =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end "
    + "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
    + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')"

  static let badKeyShape =
    "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    + "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
    + "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' "
    + "(e.g. 'example.com/MyName')"

  static let keyCases: [(String, [String])] = [
    ("app", []), ("example.com/tier", []), ("MyName", []), ("a_b.c-d", []), ("123-abc", []),
    ("kubernetes.io/hostname", []), (String(repeating: "a", count: 63), []),
    ("", ["name part must be non-empty", nameMessage]), ("/a", ["prefix part must be non-empty"]),
    ("a/", ["name part must be non-empty", nameMessage]), ("-a", [nameMessage]), ("a-", [nameMessage]),
    ("a b", [nameMessage]), ("é", [nameMessage]), ("a\n", [nameMessage]),
    (String(repeating: "a", count: 64), ["name part must be no more than 63 bytes"]),
    ("Example.com/a", ["prefix part " + subdomainMessage]),
    (String(repeating: "a", count: 254) + "/b", ["prefix part must be no more than 253 bytes"]),
    ("a/b/c", [badKeyShape]),
    ("bad_prefix/-x", ["prefix part " + subdomainMessage, nameMessage]),
  ]

  @Test("label keys", arguments: keyCases)
  func keys(key: String, problems: [String]) {
    #expect(LabelValidation.validateKey(key) == problems)
  }

  @Test(
    "label values",
    arguments: [
      ("", [String]()), ("my_value", []), ("MyValue", []), ("12345", []), ("a.b-c_d", []),
      (String(repeating: "a", count: 63), []), ("a b", [valueMessage]), ("-a", [valueMessage]), ("a.", [valueMessage]),
      ("é", [valueMessage]), (String(repeating: "a", count: 64), ["must be no more than 63 bytes"]),
      (String(repeating: "a", count: 63) + "-", ["must be no more than 63 bytes", valueMessage]),
    ])
  func values(value: String, problems: [String]) {
    #expect(LabelValidation.validateValue(value) == problems)
  }

  @Test(
    "DNS-1123 labels",
    arguments: [
      ("my-name", [String]()), ("123-abc", []), ("a", []), ("a.b", ["must not contain dots"]), ("A", [labelMessage]),
      ("", [labelMessage]), ("-a", [labelMessage]),
      (String(repeating: "a", count: 64), ["must be no more than 63 bytes"]),
    ])
  func dnsLabels(value: String, problems: [String]) {
    #expect(LabelValidation.validateDNS1123Label(value) == problems)
  }

  @Test(
    "DNS-1123 subdomains",
    arguments: [
      ("example.com", [String]()), ("a", []), ("my-app.v1", []), ("a..b", [subdomainMessage]), ("", [subdomainMessage]),
      (".a", [subdomainMessage]), ("a.", [subdomainMessage]), ("Web", [subdomainMessage]), ("a_b", [subdomainMessage]),
      (String(repeating: "a", count: 254), ["must be no more than 253 bytes"]),
    ])
  func dnsSubdomains(value: String, problems: [String]) {
    #expect(LabelValidation.validateDNS1123Subdomain(value) == problems)
  }
}

struct GoTextTests {
  @Test(
    "quotes like strconv.Quote",
    arguments: [
      ("abc", "\"abc\""), ("a\"b\\c", "\"a\\\"b\\\\c\""), ("\n\t\r", "\"\\n\\t\\r\""),
      ("\u{7F}\u{1B}", "\"\\x7f\\x1b\""),
      ("é日本", "\"é日本\""), ("\u{A0}", "\"\\u00a0\""), ("<&>", "\"<&>\""), ("\u{E0001}", "\"\\U000e0001\""),
    ])
  func quoting(text: String, quoted: String) {
    #expect(GoText.quote(text) == quoted)
  }

  @Test func jsonStrings() {
    #expect(GoText.jsonString("<a&b>") == "\"\\u003ca\\u0026b\\u003e\"")
    #expect(GoText.jsonString("a\"b\n\u{1}") == "\"a\\\"b\\n\\u0001\"")
    #expect(GoText.jsonStringList(nil) == "null")
    #expect(GoText.jsonStringList([]) == "[]")
    #expect(GoText.jsonStringList(["a", "b"]) == "[\"a\",\"b\"]")
  }

  @Test func atoi() {
    #expect(GoText.atoi("42") == (42, nil))
    #expect(GoText.atoi("+7").value == 7)
    #expect(GoText.atoi("-7").value == -7)
    #expect(GoText.atoi("x") == (0, "strconv.Atoi: parsing \"x\": invalid syntax"))
    #expect(GoText.atoi("") == (0, "strconv.Atoi: parsing \"\": invalid syntax"))
    #expect(GoText.atoi(" 1") == (0, "strconv.Atoi: parsing \" 1\": invalid syntax"))
    #expect(
      GoText.atoi("99999999999999999999") == (
        .max, "strconv.Atoi: parsing \"99999999999999999999\": value out of range"
      ))
    #expect(GoText.atoi("-99999999999999999999").value == .min)
  }

  @Test func byteOrder() {
    #expect(GoText.less("a", "b"))
    #expect(GoText.less("B", "a"))
    #expect(GoText.less("", "a"))
    #expect(!GoText.less("a", "a"))
    #expect(GoText.less("z", "é"))
  }
}
