import Testing

@testable import KubeModel

/// Expected values follow upstream's `labels.Parse` and `pkg/labels/selector_test.go`.
struct SelectorParsingTests {
  @Test(
    "parses and prints as kubectl does",
    arguments: [
      ("x=a,y=b,z=c", "x=a,y=b,z=c"), ("", ""), ("x!=a,y=b", "x!=a,y=b"), ("x=", "x="), ("x= ", "x="),
      ("x=,z= ", "x=,z="), ("x= ,z= ", "x=,z="), ("!x", "!x"), ("x>1", "x>1"), ("x>1,z<5", "x>1,z<5"),
      ("x=a,a=x", "a=x,x=a"), ("a=x,x=a", "a=x,x=a"), ("x==a", "x==a"), ("notin=in", "notin=in"), ("a ", "a"),
      ("app=web,tier!=db,env in (b,a),!canary", "app=web,!canary,env in (a,b),tier!=db"),
      ("\rx", "x"), ("this-is-a-dns.domain.com/key-with-dash", "this-is-a-dns.domain.com/key-with-dash"),
      (
        "this-is-another-dns.domain.com/key-with-dash in (so,what)",
        "this-is-another-dns.domain.com/key-with-dash in (so,what)"
      ),
      ("0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)", "0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)"),
      ("foo  in\t (abc)", "foo in (abc)"), ("x notin\n (abc)", "x notin (abc)"),
      ("x  notin\t\t(abc,def)", "x notin (abc,def)"),
      ("x in (abc,)", "x in (,abc)"), ("x in (abc,abc)", "x in (abc)"), ("x in ()", "x in ()"),
      ("x in (a,,)", "x in (,a)"), ("x in (a,,,,,,)", "x in (,a)"), ("x in (a,,a,,a,,a,,)", "x in (,a)"),
      ("x notin (abc,,def),bar,z in (),w", "bar,w,x notin (,abc,def),z in ()"), ("x notin ( )", "x notin ()"),
      ("x notin (, a)", "x notin (,a)"), ("a in (x,y,notin, z,in)", "a in (in,notin,x,y,z)"),
      ("x,y in (a)", "x,y in (a)"), ("b,a,!c", "a,b,!c"), ("a=1,a!=2,a", "a=1,a!=2,a"), ("x<7", "x<7"),
      ("  app = web  ,  tier  ", "app=web,tier"), ("in in (in)", "in in (in)"), ("x in (,)", "x in ()"),
      ("x in (,b)", "x in (,b)"), ("k8s.io/app=web", "k8s.io/app=web"),
      // Go's lexer reads a NUL byte as the end of a token; after a symbol it is swallowed, so this is "a,b".
      ("a,\u{0}b", "a,b"),
    ])
  func roundTrip(input: String, printed: String) throws {
    #expect(try Selector(parsing: input).description == printed)
  }

  static let valueMessage =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start "
    + "and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for "
    + "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
  static let nameMessage =
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    + "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
    + "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"

  static let errorCases: [(String, String)] = [
    ("x=a||y=b", "unable to parse requirement: values[0][x]: Invalid value: \"a||y\": " + valueMessage),
    ("x==a==b", "found '==', expected: ',' or 'end of string'"),
    ("!x=a", "found '=', expected: ',' or 'end of string'"),
    (
      "x<a",
      "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be "
        + "an integer"
    ),
    ("x,,y", "found ',', expected: identifier after ','"),
    (",x,y", "found ',', expected: !, identifier, or 'end of string'"),
    ("x nott in (y)", "unable to parse requirement: found 'nott', expected: in, notin, =, ==, !=, gt, lt"),
    ("a in (xyz),", "found '', expected: identifier after ','"),
    ("a,", "found '', expected: identifier after ','"),
    ("a in (xyz)b notin ()", "found 'b', expected: ',' or 'end of string'"),
    ("a in (xyz abc)", "unable to parse requirement: found 'abc', expected: ',' or ')'"),
    ("a notin(", "unable to parse requirement: found '', expected: ',', ')' or identifier"),
    ("a (", "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt"),
    ("(", "found '(', expected: !, identifier, or 'end of string'"),
    ("a in b", "unable to parse requirement: found 'b' expected: '('"),
    ("a in (b,=)", "unable to parse requirement: found '=', expected: ',', or identifier"),
    ("a in (b", "unable to parse requirement: found '', expected: ',' or ')'"),
    ("a=b c", "found 'c', expected: ',' or 'end of string'"),
    ("!", "unable to parse requirement: found '', expected: identifier"),
    ("!=a", "found '!=', expected: !, identifier, or 'end of string'"),
    ("a=(b)", "unable to parse requirement: found '(', expected: identifier"),
    ("a@b=c", "unable to parse requirement: <nil>: Invalid value: \"a@b\": " + nameMessage),
    (
      "x>1.5",
      "unable to parse requirement: values[0]: Invalid value: \"1.5\": for 'Gt', 'Lt' operators, the value must "
        + "be an integer"
    ),
    ("x>-1", "unable to parse requirement: values[0][x]: Invalid value: \"-1\": " + valueMessage),
    (
      "x=" + String(repeating: "a", count: 64),
      "unable to parse requirement: values[0][x]: Invalid value: \"" + String(repeating: "a", count: 64)
        + "\": must be no more than 63 bytes"
    ),
    (
      "a/b/c",
      "unable to parse requirement: <nil>: Invalid value: \"a/b/c\": a valid label key must consist of "
        + "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. "
        + "'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
        + "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' "
        + "(e.g. 'example.com/MyName')"
    ),
    (
      "Example.com/app",
      "unable to parse requirement: <nil>: Invalid value: \"Example.com/app\": prefix part a lowercase RFC 1123 "
        + "subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with "
        + "an alphanumeric character (e.g. 'example.com', regex used for validation is "
        + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    ),
    ("a\u{0}b", "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"),
    ("a, \u{0}b", "found '', expected: identifier after ','"),
    ("a=\"b\"", "unable to parse requirement: values[0][a]: Invalid value: \"\\\"b\\\"\": " + valueMessage),
  ]

  @Test("rejects malformed selectors with upstream's messages", arguments: errorCases)
  func errors(input: String, message: String) {
    #expect(throws: SelectorError(message)) { try Selector(parsing: input) }
  }

  @Test func emptySelectsEverything() throws {
    let selector = try Selector(parsing: "")
    #expect(selector.isEverything)
    #expect(selector == .everything)
    #expect(selector.matches([:]))
    #expect(selector.matches(["x": "y"]))
    #expect(try Selector(parsing: "  ").isEverything)
    #expect(try !Selector(parsing: "a").isEverything)
  }

  @Test func parsedRequirementsAreSortedAndDeduplicated() throws {
    let selector = try Selector(parsing: "z in (c,a,c,b),a!=x")
    #expect(selector.requirements.map(\.key) == ["a", "z"])
    #expect(selector.requirements[1].values == ["a", "b", "c"])
    #expect(selector.requirements[1].operator == .in)
    #expect(selector.requirements[0].operator == .notEquals)
  }
}

struct SelectorMatchingTests {
  @Test(
    "matches labels as upstream does",
    arguments: [
      ("", ["x": "y"], true), ("x=y", ["x": "y"], true), ("x=y,z=w", ["x": "y", "z": "w"], true),
      ("x!=y,z!=w", ["x": "z", "z": "a"], true), ("notin=in", ["notin": "in"], true), ("x", ["x": "z"], true),
      ("!x", ["y": "z"], true), ("x>1", ["x": "2"], true), ("x<1", ["x": "0"], true), ("x=z", [:], false),
      ("x=y", ["x": "z"], false), ("x=y,z=w", ["x": "w", "z": "w"], false), ("x!=y,z!=w", ["x": "z", "z": "w"], false),
      ("x", ["y": "z"], false), ("!x", ["x": "z"], false), ("x>1", ["x": "0"], false), ("x<1", ["x": "2"], false),
      ("x>1", ["x": "v2"], false), ("x>1", [:], false), ("x<1", ["x": "-5"], true), ("x>1", ["x": "+2"], true),
      ("x!=y", [:], true), ("x notin (a)", [:], true), ("x notin (a)", ["x": "a"], false),
      ("x in (a,b)", ["x": "b"], true),
      ("x in (a,b)", [:], false), ("x=", ["x": ""], true), ("x=", [:], false), ("x in ()", ["x": ""], true),
      ("x notin ()", ["x": ""], false), ("foo=bar,foobar=bar,baz=blah", ["foo": "bar", "baz": "blah"], false),
      ("x<5", ["x": "99999999999999999999"], false),
    ])
  func matching(selector: String, labels: [String: String], matches: Bool) throws {
    #expect(try Selector(parsing: selector).matches(labels) == matches)
  }

  @Test func matchLabelsSelectsBySetEquality() {
    let selector = Selector(matchLabels: ["foo": "bar", "baz": "blah"])
    #expect(selector.description == "baz=blah,foo=bar")
    #expect(selector.matches(["foo": "bar", "baz": "blah", "extra": "label"]))
    #expect(!selector.matches(["foo": "bar"]))
    #expect(Selector(matchLabels: [:]).isEverything)
    #expect(Selector(matchLabels: [:]).matches(["a": "b"]))
    #expect(Selector(matchLabels: ["app": "foo", "a": "b"]).description == "a=b,app=foo")
  }

  @Test func nothingMatchesNothing() {
    #expect(!Selector.nothing.matches([:]))
    #expect(!Selector.nothing.isEverything)
    #expect(Selector.nothing.description == "")
    #expect(Selector.nothing != .everything)
  }

  @Test func addingResorts() throws {
    let selector = try Selector(parsing: "b=1").adding([Selector.Requirement(key: "a", operator: .exists)])
    #expect(selector.description == "a,b=1")
  }
}

struct RequirementTests {
  static let validationCases: [(String, Selector.Operator, [String], String)] = [
    ("x1", .in, [], "values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty"),
    ("x2", .notIn, [], "values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty"),
    (
      "x5", .equals, ["bar", "foo"],
      "values: Invalid value: [\"bar\",\"foo\"]: exact-match compatibility requires one single value"
    ),
    (
      "x8", .exists, ["foo"], "values: Invalid value: [\"foo\"]: values set must be empty for exists and does not exist"
    ),
    ("x13", .greaterThan, [], "values: Invalid value: []: for 'Gt', 'Lt' operators, exactly one value is required"),
    (
      "x14", .greaterThan, ["bar"],
      "values[0]: Invalid value: \"bar\": for 'Gt', 'Lt' operators, the value must be an integer"
    ),
    (
      String(repeating: "a", count: 254), .exists, [],
      "key: Invalid value: \"\(String(repeating: "a", count: 254))\": name part must be no more than 63 bytes"
    ),
    (
      "x16", .equals, [String(repeating: "a", count: 254)],
      "values[0][x16]: Invalid value: \"\(String(repeating: "a", count: 254))\": must be no more than 63 bytes"
    ),
    ("x17", .equals, ["a b"], "values[0][x17]: Invalid value: \"a b\": " + SelectorParsingTests.valueMessage),
    (
      "-bad", .in, [],
      "[key: Invalid value: \"-bad\": " + SelectorParsingTests.nameMessage
        + ", values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty]"
    ),
    (
      "x", .lessThan, ["a", "b"],
      "[values: Invalid value: [\"a\",\"b\"]: for 'Gt', 'Lt' operators, exactly one value is required, "
        + "values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer, "
        + "values[1]: Invalid value: \"b\": for 'Gt', 'Lt' operators, the value must be an integer]"
    ),
    ("x", .equals, ["a<b"], "values[0][x]: Invalid value: \"a<b\": " + SelectorParsingTests.valueMessage),
    (
      "x", .in, ["<", "&"],
      "[values[0][x]: Invalid value: \"<\": " + SelectorParsingTests.valueMessage
        + ", values[1][x]: Invalid value: \"&\": " + SelectorParsingTests.valueMessage + "]"
    ),
  ]

  @Test("validates like NewRequirement", arguments: validationCases)
  func validation(key: String, op: Selector.Operator, values: [String], message: String) {
    #expect(throws: SelectorError(message)) { try Selector.Requirement(key: key, operator: op, values: values) }
  }

  @Test(
    "accepts valid requirements",
    arguments: [
      ("x3", Selector.Operator.in, ["foo"]), ("x4", .notIn, ["foo"]), ("x6", .exists, []), ("x7", .doesNotExist, []),
      ("x11", .greaterThan, ["1"]), ("x12", .lessThan, ["6"]), ("x", .equals, [""]), ("x", .in, ["", "a"]),
      ("example.com/x", .notEquals, ["v"]),
    ])
  func valid(key: String, op: Selector.Operator, values: [String]) throws {
    let requirement = try Selector.Requirement(key: key, operator: op, values: values)
    #expect(requirement.key == key)
    #expect(requirement.values == values)
  }

  @Test(
    "prints like Requirement.String()",
    arguments: [
      ("x", Selector.Operator.in, ["def", "abc"], "x in (abc,def)"), ("y", .notIn, ["jkl"], "y notin (jkl)"),
      ("z", .exists, [], "z"), ("z", .doesNotExist, [], "!z"), ("z", .notIn, [""], "z notin ()"),
      ("x", .equals, ["abc"], "x=abc"), ("y", .doubleEquals, ["jkl"], "y==jkl"), ("z", .notEquals, ["a"], "z!=a"),
      ("x", .greaterThan, ["2"], "x>2"), ("y", .lessThan, ["8"], "y<8"),
    ])
  func printing(key: String, op: Selector.Operator, values: [String], printed: String) throws {
    let requirement = try Selector.Requirement(key: key, operator: op, values: values)
    #expect(requirement.description == printed)
    #expect(requirement.values == values, "printing sorts a copy, not the requirement")
  }
}
