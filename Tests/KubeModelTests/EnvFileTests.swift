import KubeModel
import Testing

@Suite struct EnvFileTests {
  @Test func readsNameValueLinesAsKubectlDoes() throws {
    let text = """
      # defaults for the templates
      ECR_HOST=123.dkr.ecr.aws

        DB_URL=jdbc:postgresql://db:5432/app?ssl=true
      QUOTED="kept as written"
      EMPTY=
      ECR_HOST=override\r
      """
    let entries = try EnvFile.parse(text, file: "variables.env")
    #expect(entries.map(\.name) == ["ECR_HOST", "DB_URL", "QUOTED", "EMPTY", "ECR_HOST"])
    #expect(entries[1].value == "jdbc:postgresql://db:5432/app?ssl=true")
    #expect(entries[2].value == "\"kept as written\"")
    #expect(entries[3].value == "")
    #expect(entries[4].value == "override")
  }

  @Test func namesTheLineOfAProblem() {
    #expect(throws: ManifestError(file: "v.env", line: 2, message: "expected NAME=VALUE, got \"JUST_A_NAME\"")) {
      try EnvFile.parse("A=1\nJUST_A_NAME\n", file: "v.env")
    }
    #expect(throws: ManifestError.self) { try EnvFile.parse("1ABC=x", file: "v.env") }
    #expect(throws: ManifestError.self) { try EnvFile.parse("MY-NAME=x", file: "v.env") }
  }
}
