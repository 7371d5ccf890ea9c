import KubeModel
import Testing

@Suite struct ManifestReaderTests {
  @Test func readsMultipleDocumentsWithTheirLinesAndSkipsEmptyOnes() throws {
    let text = """
      # leading comment
      ---
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
      ---
      ---
      # only a comment
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: shop
      ...
      ---
      null
      """
    let documents = try ManifestReader.documents(in: text, file: "all.yaml")
    #expect(documents.map(\.line) == [3, 11])
    #expect(documents.map(\.kind) == ["Namespace", "Deployment"])
    #expect(documents.map(\.name) == ["shop", "web"])
    #expect(documents.map(\.namespace) == [nil, "shop"])
    #expect(documents[1].apiVersion == "apps/v1")
    #expect(documents.allSatisfy { $0.file == "all.yaml" })
  }

  @Test func emptyFilesHaveNoDocuments() throws {
    #expect(try ManifestReader.documents(in: "", file: "e.yaml").isEmpty)
    #expect(try ManifestReader.documents(in: "\n\n# nothing\n", file: "e.yaml").isEmpty)
    #expect(try ManifestReader.documents(in: "---\n---\n", file: "e.yaml").isEmpty)
  }

  @Test func flattensListsIntoTheirItemsWithTheItemLines() throws {
    let text = """
      apiVersion: v1
      kind: List
      items:
      - apiVersion: v1
        kind: Service
        metadata:
          name: front
      - apiVersion: v1
        kind: PodList
        items:
        - apiVersion: v1
          kind: Pod
          metadata: {name: p1}
      ---
      apiVersion: v1
      kind: ConfigMapList
      items: []
      ---
      apiVersion: v1
      kind: Secret
      metadata:
        name: s
      """
    let documents = try ManifestReader.documents(in: text, file: "list.yaml")
    #expect(documents.map(\.kind) == ["Service", "Pod", "Secret"])
    #expect(documents.map(\.line) == [4, 11, 19])
    #expect(documents.map(\.name) == ["front", "p1", "s"])
  }

  @Test func listItemsMustBeObjects() {
    let error = manifestError { _ = try ManifestReader.documents(in: "kind: List\nitems:\n- 3\n", file: "l.yaml") }
    #expect(
      error?.description
        == "l.yaml:3: items[0]: expected a Kubernetes object (a mapping with apiVersion and kind), found a number")
  }

  @Test func rejectsTopLevelValuesThatAreNotMappings() {
    let list = manifestError { _ = try ManifestReader.documents(in: "- a\n- b\n", file: "x.yaml") }
    #expect(
      list
        == ManifestError(
          file: "x.yaml", line: 1,
          message: "expected a Kubernetes object (a mapping with apiVersion and kind), found a list"))
    let text = manifestError { _ = try ManifestReader.documents(in: "kind: Pod\n---\nhello\n", file: "x.yaml") }
    #expect(text?.line == 3)
    #expect(text?.message.hasSuffix("found a string") == true)
  }

  @Test func stripsAByteOrderMark() throws {
    let documents = try ManifestReader.documents(in: "\u{FEFF}apiVersion: v1\nkind: Pod\n", file: "bom.yaml")
    #expect(documents.first?.apiVersion == "v1")
    #expect(documents.first?.line == 1)
  }

  @Test func readsCRLFLineEndings() throws {
    let text = "apiVersion: v1\r\nkind: ConfigMap\r\ndata:\r\n  script: |\r\n    echo one\r\n    echo two\r\n  x: y\r\n"
    let documents = try ManifestReader.documents(in: text, file: "crlf.yaml")
    let data = try #require(documents.first?.node["data"])
    #expect(data["script"]?.stringValue == "echo one\necho two\n")
    #expect(data["x"]?.line == 7)
  }

  @Test func explainsTabIndentationWithTheLine() {
    let text = "apiVersion: v1\nkind: Pod\nspec:\n\tcontainers: []\n"
    let error = manifestError { _ = try ManifestReader.documents(in: text, file: "tab.yaml") }
    #expect(error?.line == 4)
    #expect(error?.message == "found a tab character where indentation is expected (indent YAML with spaces)")
    let nested = "a:\n  - type: x\n\tstatus: y\n"
    #expect(manifestError { _ = try ManifestReader.documents(in: nested, file: "t.yaml") }?.line == 3)
  }

  @Test func rejectsDuplicateKeysNamingBothLines() {
    let text = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector: {}
        replicas: 2
        template: {}
        replicas: 3
      """
    let error = manifestError { _ = try ManifestReader.documents(in: text, file: "dup.yaml") }
    #expect(
      error == ManifestError(file: "dup.yaml", line: 9, message: #"mapping key "replicas" already defined at line 7"#))
    let json = "{\n  \"kind\": \"Pod\",\n  \"kind\": \"Service\"\n}"
    #expect(manifestError { _ = try ManifestReader.documents(in: json, file: "d.json") }?.line == 3)
  }

  @Test func duplicateDetectionWorksInLargeMappings() {
    var text = "data:\n"
    for index in 0..<40 { text += "  key\(index): v\n" }
    text += "  key7: again\n"
    let error = manifestError { _ = try ManifestReader.documents(in: text, file: "big.yaml") }
    #expect(error?.message == #"mapping key "key7" already defined at line 9"#)
    #expect(error?.line == 42)
  }

  @Test func keysThatReadAsNumbersOrBooleansBecomeTheirText() throws {
    let text = "kind: ConfigMap\ndata:\n  80: http\n  0x10: hex\n  yes: y\n  1.5: f\n  \"007\": quoted\n"
    let data = try #require(try ManifestReader.documents(in: text, file: "k.yaml").first?.node["data"])
    #expect(data.entries?.map(\.key) == ["80", "16", "true", "1.5", "007"])
    #expect(data.entries?.map(\.keyLine) == [3, 4, 5, 6, 7])
    // YAML 1.1 reads bare `yes` and `y` keys both as true, so kubectl sees the same key twice.
    let clash = manifestError { _ = try ManifestReader.documents(in: "yes: 1\ny: 2\n", file: "y.yaml") }
    #expect(clash?.message == #"mapping key "true" already defined at line 1"#)
  }

  @Test func rejectsNullAndCollectionKeys() {
    #expect(
      manifestError { _ = try ManifestReader.documents(in: "a: 1\n~: 2\n", file: "n.yaml") }?.message
        == "a mapping key must be a string, found null")
    let complex = "a: 1\n? [x, y]\n: 2\n"
    #expect(manifestError { _ = try ManifestReader.documents(in: complex, file: "c.yaml") }?.line == 2)
  }

  @Test func resolvesAnchorsAliasesAndMergeKeys() throws {
    let text = """
      kind: ConfigMap
      metadata:
        labels: &labels
          app: web
          tier: front
      data:
        base: &base {a: "1", b: "2"}
        copy: *base
        merged:
          <<: *base
          b: "override"
          c: "3"
        labelsToo: *labels
        many:
          <<: [{p: "1", q: "1"}, {q: "2", r: "2"}]
        &key keyAnchor: x
        keyAgain: *key
      """
    let node = try #require(try ManifestReader.documents(in: text, file: "a.yaml").first?.node)
    let decoder = ManifestDecoder()
    let data = decoder.decodeValue(from: try #require(node["data"]))
    #expect(data["copy"] == .object(["a": .string("1"), "b": .string("2")]))
    #expect(data["merged"] == .object(["a": .string("1"), "b": .string("override"), "c": .string("3")]))
    #expect(data["labelsToo"] == .object(["app": .string("web"), "tier": .string("front")]))
    #expect(data["many"] == .object(["p": .string("1"), "q": .string("1"), "r": .string("2")]))
    #expect(data["keyAgain"] == .string("keyAnchor"))
  }

  @Test func rejectsUnknownAliasesAndBadMerges() {
    #expect(
      manifestError { _ = try ManifestReader.documents(in: "a: *nope\n", file: "u.yaml") }?.message
        == "unknown anchor 'nope' referenced by alias *nope")
    #expect(manifestError { _ = try ManifestReader.documents(in: "a:\n  <<: 3\n", file: "m.yaml") }?.line == 2)
  }

  @Test func stopsBillionLaughs() {
    var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1..<9 {
      let previous = "*a\(level - 1)"
      text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
    }
    let error = manifestError { _ = try ManifestReader.documents(in: text, file: "lol.yaml") }
    #expect(error?.message == "the document expands aliases to more than a million nodes")
  }

  @Test func rejectsExcessiveNesting() {
    let text = "a: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
    #expect(
      manifestError { _ = try ManifestReader.documents(in: text, file: "deep.yaml") }?.message
        == "the document nests more than 200 levels deep")
  }

  @Test func readsJSONAndExplainsJSONSyntaxErrors() throws {
    let json = """
      {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "front", "labels": {"app": "web"}},
        "spec": {"ports": [{"port": 80, "targetPort": 8080}]}
      }
      """
    let documents = try ManifestReader.documents(in: json, file: "svc.json")
    #expect(documents.first?.kind == "Service")
    #expect(documents.first?.name == "front")
    let broken = "{\n  \"kind\": \"Service\"\n  \"apiVersion\": \"v1\"\n}\n"
    let error = manifestError { _ = try ManifestReader.documents(in: broken, file: "bad.json") }
    #expect(
      error?.description
        == "bad.json:3: invalid JSON: expected ',' or '}' (while parsing a flow mapping that starts at line 1)")
  }

  @Test func readsJSONStreamsAsSeveralObjects() throws {
    let stream = """
      {"kind": "Pod", "metadata": {"name": "a {x}"}}
      {
        "kind": "Pod",
        "metadata": {"name": "b\\"}"}
      }
        {"kind": "Service", "metadata": {"name": "c"}}{"kind": "Secret", "metadata": {"name": "d"}}
      """
    let documents = try ManifestReader.documents(in: stream, file: "s.json")
    #expect(documents.map(\.name) == ["a {x}", "b\"}", "c", "d"])
    // "d" shares line 6 with "c": it is moved to a line of its own to start a document, so it reports line 7.
    #expect(documents.map(\.line) == [1, 2, 6, 7])
  }

  @Test func jsonStringsKeepCharactersThatYAMLWouldFoldOrReject() throws {
    let json = "{\"kind\": \"ConfigMap\", \"data\": {\"a\": \"x\u{2028}y\u{85}z\u{7F}\"}}"
    let node = try #require(try ManifestReader.documents(in: json, file: "c.json").first?.node)
    #expect(node["data"]?["a"]?.stringValue == "x\u{2028}y\u{85}z\u{7F}")
  }

  @Test func reportsOtherSyntaxErrorsWithTheirLine() {
    let missingColon = "apiVersion: v1\nkind Pod\nmetadata: {}\n"
    let error = manifestError { _ = try ManifestReader.documents(in: missingColon, file: "c.yaml") }
    #expect(error?.line == 2)
    #expect(error?.message == "could not find expected ':' after this key (a key needs a colon and a value)")
    let badIndent = "a:\n  - b\n c: d\n"
    #expect(manifestError { _ = try ManifestReader.documents(in: badIndent, file: "i.yaml") }?.line == 3)
  }

  @Test func rejectsBinaryJunkCleanly() {
    let junk = String(decoding: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x0A, 0x41], as: UTF8.self)
    let error = manifestError { _ = try ManifestReader.documents(in: junk, file: "a.out") }
    #expect(error?.line == 1)
    #expect(error?.message.contains("binary file") == true)
    let controlOnLineTwo = "a: b\nc: \u{1}\n"
    #expect(manifestError { _ = try ManifestReader.documents(in: controlOnLineTwo, file: "x") }?.line == 2)
  }

  @Test func rejectsInvalidUTF8AndBinaryBytes() {
    let invalid: [UInt8] = Array("a: b\nc: ".utf8) + [0xFF, 0xFE, 0x41] + Array("\n".utf8)
    let error = manifestError { _ = try ManifestReader.documents(inContents: invalid, file: "bad.yaml") }
    #expect(
      error
        == ManifestError(
          file: "bad.yaml", line: 2,
          message: "the file is not valid UTF-8 text (byte 0xFF cannot start or continue a character)"))
    let binary: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]
    #expect(
      manifestError { _ = try ManifestReader.documents(inContents: binary, file: "x.zip") }?.message
        == "the file contains a NUL byte: it is binary, not YAML or JSON")
    #expect(
      manifestError { _ = try ManifestReader.documents(inContents: [0xFF, 0xFE, 0x61, 0x00], file: "u16") }?.message
        == "the file is UTF-16 text; save it as UTF-8")
    let valid = Array("\u{FEFF}kind: Pod\nmetadata: {name: ü}\n".utf8)
    #expect((try? ManifestReader.documents(inContents: valid, file: "ok.yaml"))?.first?.name == "ü")
  }

  @Test func keepsScalarStylesTagsAndPositions() throws {
    let text = "a: plain\nb: 'single'\nc: \"double\"\nd: |\n  lit\ne: >\n  folded\nf: !!str 80\ng: !custom x\n"
    let node = try #require(try ManifestReader.documents(in: text, file: "s.yaml").first?.node)
    let scalars = try #require(node.entries).map { $0.value.scalar }
    #expect(scalars.map { $0?.style } == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded, .plain, .plain])
    #expect(scalars.map { $0?.tag } == [nil, nil, nil, nil, nil, "!!str", "!custom"])
    #expect(node["f"]?.stringValue == "80")
    #expect(node["b"]?.line == 2)
    #expect(node["b"]?.column == 4)
    #expect(node.entries?[1].keyColumn == 1)
  }

  @Test func rejectsTaggedValuesThatDoNotFitTheirTag() {
    let error = manifestError { _ = try ManifestReader.documents(in: "a: !!int abc\n", file: "t.yaml") }
    #expect(error?.message == #"the value "abc" cannot be read as !!int"#)
  }
}
