import ClusterSim
import Dashboard
import KubeModel
import Testing

/// Secrets in the dashboard: `:describe secret NAME` opens kubectl's describe (sizes only), `y` the YAML view with
/// each value masked, `X` (or `--show-secrets`) shows them decoded; the command language's `-o yaml` and `-o json`
/// keep printing base64 as kubectl does. Screens are rendered to text, without a terminal.
@Suite struct SecretViewTests {
  static let password = "s3cr3t-passw"
  static let encodedPassword = Base64.encode(Array(password.utf8))

  func session(showSecrets: Bool = false, width: Int = 120, height: Int = 40) -> DashboardSession {
    var session = Fixtures.session(width: width, height: height)
    session.runQuietly(
      "create secret generic db-credentials --from-literal=password=\(Self.password) --from-literal=user=app")
    session.state.showSecrets = showSecrets
    session.press(.character(":"))
    session.type("describe secret db-credentials")
    session.press(.enter)
    return session
  }

  @Test func describeShowsSizesOnly() {
    let screen = snapshotText(session().render())
    #expect(screen.contains("Describe secret/db-credentials"), "\(screen)")
    #expect(screen.contains("password:  12 bytes"), "\(screen)")
    #expect(screen.contains("user:      3 bytes"), "\(screen)")
    expectMasked(screen)
  }

  @Test func yamlMasksValuesAndKeepsKeys() {
    var session = session()
    session.press(.character("y"))
    let screen = snapshotText(session.render())
    #expect(screen.contains("YAML secret/db-credentials (values masked)"), "\(screen)")
    #expect(screen.contains("password: '********'"), "\(screen)")
    #expect(screen.contains("user: '********'"), "\(screen)")
    expectMasked(screen)
    #expect(!screen.contains("YXBw"), "user's base64 is on screen")
    #expect(screen.contains("<X>reveal"), "the footer does not offer the reveal key:\n\(screen)")
  }

  @Test func revealKeyTogglesDecodedValues() {
    var session = session()
    session.press(.character("y"), .character("X"))
    let shown = snapshotText(session.render())
    #expect(shown.contains("YAML secret/db-credentials (values shown)"), "\(shown)")
    #expect(shown.contains("password: \(Self.password)"), "\(shown)")
    #expect(shown.contains("user: app"), "\(shown)")
    session.press(.character("X"))
    let masked = snapshotText(session.render())
    #expect(masked.contains("password: '********'"), "\(masked)")
    expectMasked(masked)
  }

  /// A masked screen shows neither the value nor its base64; each one checked counts in the reliability summary
  /// (`secrets`), a leak as a violation.
  func expectMasked(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let leaked = screen.contains(Self.password) || screen.contains(Self.encodedPassword)
    #expect(!leaked, "the secret's value is on screen:\n\(screen)", sourceLocation: sourceLocation)
    ReliabilityPost.add("KUBARIUM_RELIABILITY_SECRETS", cases: 1, violations: leaked ? 1 : 0)
  }

  /// The whole screen at 80x24, masked then revealed, checked in as text.
  @Test func snapshotsMaskedAndRevealed() {
    var session = session(width: 80, height: 24)
    session.press(.character("y"))
    assertSnapshot(session.render(), named: "secret-yaml-masked-80x24")
    expectMasked(snapshotText(session.render()))
    session.press(.character("X"))
    assertSnapshot(session.render(), named: "secret-yaml-revealed-80x24")
  }

  /// `X` in the describe view goes to the YAML view revealed: describe itself stays kubectl's.
  @Test func revealFromDescribeOpensTheYAML() {
    var session = session()
    session.press(.character("X"))
    let screen = snapshotText(session.render())
    #expect(screen.contains("YAML secret/db-credentials (values shown)"), "\(screen)")
    #expect(screen.contains("password: \(Self.password)"), "\(screen)")
  }

  @Test func showSecretsStartsRevealed() {
    var session = session(showSecrets: true)
    session.press(.character("y"))
    let screen = snapshotText(session.render())
    #expect(screen.contains("password: \(Self.password)"), "\(screen)")
  }

  /// Outside a Secret's view the key says what it is for and changes nothing.
  @Test func revealElsewhereExplains() {
    var session = Fixtures.session()
    session.press(.character("X"))
    #expect(session.state.showSecrets == false)
    #expect(session.state.message?.text.contains("open a Secret first") == true)
  }

  @Test func helpListsTheRevealKey() {
    var session = Fixtures.session(width: 160, height: 60)
    session.press(.character("?"))
    let screen = snapshotText(session.render())
    #expect(screen.contains("X") && screen.contains("reveal / mask a Secret's values"), "\(screen)")
  }

  /// `describe` at the prompt opens the view for any kind the views show; what it cannot open runs as typed.
  @Test func promptDescribeOpensTheViewOrRunsAsTyped() {
    var session = Fixtures.session()
    session.press(.character(":"))
    session.type("kubectl describe deploy/web -n default")
    session.press(.enter)
    guard case .text(let text)? = session.state.overlay else {
      Issue.record("no describe view")
      return
    }
    #expect(text.kind == .describe && text.target == RowRef(.deployment, ObjectKey(namespace: "default", name: "web")))
    session.press(.escape, .character(":"))
    session.type("describe secret nosuch")
    session.press(.enter)
    #expect(session.state.overlay == nil)
    #expect(session.state.message?.text == #"Error from server (NotFound): secrets "nosuch" not found"#)
    #expect(Fixtures.commands(session).last == "kubectl describe secret nosuch")
  }

  /// The command language prints what kubectl prints: base64, never masked.
  @Test func commandLanguagePrintsBase64() {
    var simulation = Fixtures.simulation()
    simulation.run("create secret generic db-credentials --from-literal=password=\(Self.password)")
    let yaml = simulation.run("get secret db-credentials -o yaml").output
    #expect(yaml.contains("  password: \(Self.encodedPassword)\n"), "\(yaml)")
    let json = simulation.run("get secret db-credentials -o json").output
    #expect(json.contains("\"password\": \"\(Self.encodedPassword)\""), "\(json)")
    #expect(!yaml.contains("****") && !json.contains("****"))
  }

  /// `kubectl apply` copies the whole manifest into an annotation: masked whole, shown when revealed.
  @Test func lastAppliedAnnotationIsMasked() {
    let secret: JSONValue = .object([
      "metadata": .object([
        "name": .string("db"),
        "annotations": .object([
          "kubectl.kubernetes.io/last-applied-configuration": .string("{\"data\":{\"password\":\"czNjcjN0\"}}\n")
        ]),
      ]),
      "data": .object(["password": .string("czNjcjN0"), "blob": .string(Base64.encode([0xff, 0xfe, 0x00]))]),
    ])
    let masked = SecretValues.presented(secret, reveal: false)
    #expect(
      masked["metadata"]?["annotations"]?["kubectl.kubernetes.io/last-applied-configuration"] == .string("********"))
    #expect(masked["data"] == .object(["password": .string("********"), "blob": .string("********")]))
    let shown = SecretValues.presented(secret, reveal: true)
    #expect(shown["metadata"] == secret["metadata"])
    // Text is decoded; bytes that are not UTF-8 stay base64.
    #expect(shown["data"] == .object(["password": .string("s3cr3t"), "blob": .string("//4A")]))
  }
}
