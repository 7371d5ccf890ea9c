import Foundation
import Testing

@testable import KubeModel

/// Expected values follow upstream's `LabelSelectorAsSelector` and `FormatLabelSelector`
/// (`pkg/apis/meta/v1/helpers.go`).
struct LabelSelectorTests {
  @Test func emptySelectsEverythingAndPrintsNone() throws {
    let selector = LabelSelector()
    #expect(try selector.asSelector().isEverything)
    #expect(selector.matches([:]))
    #expect(selector.matches(["app": "web"]))
    #expect(selector.description == "<none>")
  }

  @Test(
    "converts and prints like FormatLabelSelector",
    arguments: [
      (LabelSelector(matchLabels: ["app": "web"]), "app=web"),
      (LabelSelector(matchLabels: ["tier": "db", "app": "web"]), "app=web,tier=db"),
      (
        LabelSelector(
          matchLabels: ["app": "web"],
          matchExpressions: [LabelSelectorRequirement(key: "env", operator: "In", values: ["b", "a"])]),
        "app=web,env in (a,b)"
      ),
      (
        LabelSelector(matchExpressions: [
          LabelSelectorRequirement(key: "zone", operator: "NotIn", values: ["x"]),
          LabelSelectorRequirement(key: "canary", operator: "DoesNotExist"),
          LabelSelectorRequirement(key: "gpu", operator: "Exists"),
        ]),
        "!canary,gpu,zone notin (x)"
      ),
      (
        LabelSelector(
          matchLabels: ["app": "web"],
          matchExpressions: [LabelSelectorRequirement(key: "app", operator: "NotIn", values: ["db"])]),
        "app=web,app notin (db)"
      ),
      (LabelSelector(matchLabels: ["app": ""]), "app="),
    ])
  func formatting(selector: LabelSelector, printed: String) throws {
    #expect(selector.description == printed)
    #expect(try selector.asSelector().description == printed)
  }

  @Test(
    "reports invalid selectors with upstream's messages",
    arguments: [
      (
        LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "a", operator: "Foo", values: ["b"])]),
        "\"Foo\" is not a valid label selector operator"
      ),
      (
        LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "a", operator: "in", values: ["b"])]),
        "\"in\" is not a valid label selector operator"
      ),
      (
        LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "a", operator: "Gt", values: ["1"])]),
        "\"Gt\" is not a valid label selector operator"
      ),
      (
        LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "a", operator: "In")]),
        "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty"
      ),
      (
        LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "a", operator: "Exists", values: ["x"])]),
        "values: Invalid value: [\"x\"]: values set must be empty for exists and does not exist"
      ),
      (
        LabelSelector(matchLabels: ["app": "a b"]),
        "values[0][app]: Invalid value: \"a b\": " + SelectorParsingTests.valueMessage
      ),
      (
        LabelSelector(matchLabels: ["b": "-", "a": "-"]),
        "values[0][a]: Invalid value: \"-\": " + SelectorParsingTests.valueMessage
      ),
      (
        LabelSelector(matchLabels: ["-x": "y"]),
        "key: Invalid value: \"-x\": " + SelectorParsingTests.nameMessage
      ),
    ])
  func invalid(selector: LabelSelector, message: String) {
    #expect(throws: SelectorError(message)) { try selector.asSelector() }
    #expect(selector.description == "<error>")
    #expect(!selector.matches([:]))
    #expect(!selector.matches(["a": "b", "app": "a b"]))
  }

  @Test(
    "matches labels",
    arguments: [
      (["app": "web", "env": "a"], true), (["app": "web", "env": "c"], false), (["app": "web"], false),
      (["app": "web", "env": "b", "canary": "yes"], false), (["app": "db", "env": "a"], false),
    ])
  func matching(labels: [String: String], matches: Bool) {
    let selector = LabelSelector(
      matchLabels: ["app": "web"],
      matchExpressions: [
        LabelSelectorRequirement(key: "env", operator: "In", values: ["a", "b"]),
        LabelSelectorRequirement(key: "canary", operator: "DoesNotExist"),
      ])
    #expect(selector.matches(labels) == matches)
  }

  @Test func decodesTheAPIShape() throws {
    let json = #"""
      {"matchLabels":{"app":"web"},"matchExpressions":[{"key":"env","operator":"In","values":["a","b"]}]}
      """#
    let selector = try JSONDecoder().decode(LabelSelector.self, from: Data(json.utf8))
    #expect(selector.matchLabels == ["app": "web"])
    #expect(selector.matchExpressions == [LabelSelectorRequirement(key: "env", operator: "In", values: ["a", "b"])])
    #expect(selector.description == "app=web,env in (a,b)")
  }
}

/// Expected values follow upstream's `NodeSelectorRequirementsAsSelector`.
struct NodeSelectorRequirementTests {
  @Test(
    "matches node labels",
    arguments: [
      ("In", ["a", "b"], ["zone": "a"], true), ("In", ["a", "b"], ["zone": "c"], false), ("In", ["a"], [:], false),
      ("NotIn", ["a"], [:], true), ("NotIn", ["a"], ["zone": "a"], false), ("NotIn", ["a"], ["zone": "b"], true),
      ("Exists", [], ["zone": ""], true), ("Exists", [], [:], false), ("DoesNotExist", [], [:], true),
      ("DoesNotExist", [], ["zone": "a"], false), ("Gt", ["3"], ["zone": "4"], true),
      ("Gt", ["3"], ["zone": "3"], false),
      ("Gt", ["3"], ["zone": "x"], false), ("Gt", ["3"], [:], false), ("Lt", ["3"], ["zone": "2"], true),
      ("Lt", ["3"], ["zone": "-7"], true), ("Lt", ["3"], ["zone": "3"], false),
      ("Gt", ["3", "4"], ["zone": "9"], false),
      ("Gt", ["x"], ["zone": "9"], false), ("Gt", [], ["zone": "9"], false), ("In", [], ["zone": ""], false),
      ("Exists", ["a"], ["zone": "a"], false), ("In", ["a b"], ["zone": "a b"], false),
      ("Foo", ["a"], ["zone": "a"], false),
      ("in", ["a"], ["zone": "a"], false),
    ])
  func matching(op: String, values: [String], labels: [String: String], matches: Bool) {
    #expect(NodeSelectorRequirement(key: "zone", operator: op, values: values).matches(labels) == matches)
  }

  @Test func invalidOperator() {
    #expect(throws: SelectorError("\"Foo\" is not a valid node selector operator")) {
      try NodeSelectorRequirement(key: "a", operator: "Foo").asRequirement()
    }
    #expect(
      throws: SelectorError("values: Invalid value: null: for 'Gt', 'Lt' operators, exactly one value is required")
    ) {
      try NodeSelectorRequirement(key: "a", operator: "Gt").asRequirement()
    }
  }

  @Test func termSelector() throws {
    #expect(try !Selector(nodeSelectorRequirements: []).matches(["a": "b"]), "an empty term matches no node")
    let selector = try Selector(nodeSelectorRequirements: [
      NodeSelectorRequirement(key: "zone", operator: "In", values: ["b", "a"]),
      NodeSelectorRequirement(key: "arch", operator: "Exists"),
      NodeSelectorRequirement(key: "cpus", operator: "Gt", values: ["3"]),
    ])
    #expect(selector.description == "arch,cpus>3,zone in (a,b)")
    #expect(selector.matches(["zone": "a", "arch": "arm64", "cpus": "8"]))
    #expect(!selector.matches(["zone": "a", "arch": "arm64", "cpus": "2"]))
    #expect(throws: SelectorError.self) {
      try Selector(nodeSelectorRequirements: [NodeSelectorRequirement(key: "zone", operator: "Near")])
    }
  }

  @Test func decodesTheAPIShape() throws {
    let json = #"{"key":"kubernetes.io/arch","operator":"In","values":["amd64"]}"#
    let requirement = try JSONDecoder().decode(NodeSelectorRequirement.self, from: Data(json.utf8))
    #expect(requirement == NodeSelectorRequirement(key: "kubernetes.io/arch", operator: "In", values: ["amd64"]))
    #expect(requirement.matches(["kubernetes.io/arch": "amd64"]))
  }
}
