import KubeModel
import Testing

@Suite struct EnvSubstTests {
  let variables = ["ECR_HOST": "123.dkr.ecr.aws", "TAG": "v2", "EMPTY": "", "_U": "u"]

  func substitute(_ text: String) throws -> String {
    try EnvSubst.substitute(text, file: "t.yaml") { variables[$0] }
  }

  @Test func replacesBothForms() throws {
    #expect(try substitute("image: ${ECR_HOST}/web:$TAG\n") == "image: 123.dkr.ecr.aws/web:v2\n")
    #expect(try substitute("a: $TAG-x ${TAG}y ${_U}$TAG") == "a: v2-x v2y uv2")
    // A name runs as far as name characters go: `$TAGz` is the variable TAGz, which is not set.
    #expect(try substitute("a: $TAGz") == "a: $TAGz")
    #expect(manifestError { _ = try substitute("a: ${TAGz}") }?.message.hasPrefix("variable TAGz is not set") == true)
  }

  @Test func plainDollarVariablesAreShellsOwn() throws {
    // A container script's `$ITEM` is left alone unless given explicitly, and never taken from the environment.
    let script = "command: [sh, -c, \"echo $ITEM; echo $HOME\"]"
    #expect(
      try EnvSubst.substitute(script, file: "t.yaml", variables: { _ in nil }, environment: { _ in "/root" }) == script)
    #expect(
      try EnvSubst.substitute(
        "image: ${REGISTRY}/web", file: "t.yaml", variables: { _ in nil }, environment: { _ in "r.io" })
        == "image: r.io/web")
  }

  @Test func setButEmptyVariablesBecomeEmpty() throws {
    #expect(try substitute("a: \"$EMPTY\"") == "a: \"\"")
  }

  @Test func leavesWhatEnvsubstLeaves() throws {
    #expect(
      try substitute("cost: $5 and $ alone and $$TAG and ${1} and ${TAG:-x} and ${ and $")
        == "cost: $5 and $ alone and $v2 and ${1} and ${TAG:-x} and ${ and $")
    #expect(try substitute("no dollars here") == "no dollars here")
  }

  @Test func anUnsetVariableIsAnErrorNamingItAndTheLine() {
    let error = manifestError { _ = try substitute("a: 1\nb: 2\nimage: ${MISSING}/x\n") }
    #expect(
      error
        == ManifestError(
          file: "t.yaml", line: 3, message: "variable MISSING is not set (use --set MISSING=VALUE or export it)"))
    #expect(manifestError { _ = try substitute("x: \"a # ${NOPE}\"") }?.message.contains("NOPE") == true)
  }

  @Test func unsetVariablesInCommentsAreLeftAlone() throws {
    let text = """
      # build with $REGISTRY and ${TAG}
        # indented comment $NOPE
      image: web:$TAG # pinned by $CI_JOB
      value: 'it''s # $TAG'
      """
    let expected = """
      # build with $REGISTRY and v2
        # indented comment $NOPE
      image: web:v2 # pinned by $CI_JOB
      value: 'it''s # v2'
      """
    #expect(try substitute(text) == expected)
    #expect(manifestError { _ = try substitute("value: 'it''s # ${NOPE}'") } != nil)
    #expect(manifestError { _ = try substitute("value: a#${NOPE}") } != nil)
  }
}
