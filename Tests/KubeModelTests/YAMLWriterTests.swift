import KubeModel
import Testing

/// Expected texts are `kubectl label --local -f input.json x=y -o yaml` output (kubectl v1.32) for the same input.
@Suite struct YAMLWriterTests {
  /// Reads JSON text into a value, so inputs can be written as kubectl was given them.
  static func value(_ json: String) throws -> JSONValue {
    let node = try #require(try ManifestReader.documents(in: json, file: "input.json").first?.node)
    return ManifestDecoder().decodeValue(from: node)
  }

  @Test func printsADeploymentLikeKubectl() throws {
    let deployment: JSONValue = .object([
      "apiVersion": .string("apps/v1"),
      "kind": .string("Deployment"),
      "metadata": .object([
        "creationTimestamp": .null, "labels": .object(["app": .string("web")]), "name": .string("web"),
      ]),
      "spec": .object([
        "replicas": .int(3),
        "selector": .object(["matchLabels": .object(["app": .string("web")])]),
        "strategy": .object([:]),
        "template": .object([
          "metadata": .object(["creationTimestamp": .null, "labels": .object(["app": .string("web")])]),
          "spec": .object([
            "containers": .array([
              .object(["image": .string("nginx"), "name": .string("nginx"), "resources": .object([:])])
            ])
          ]),
        ]),
      ]),
      "status": .object([:]),
    ])
    let expected = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        creationTimestamp: null
        labels:
          app: web
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: web
        strategy: {}
        template:
          metadata:
            creationTimestamp: null
            labels:
              app: web
          spec:
            containers:
            - image: nginx
              name: nginx
              resources: {}
      status: {}

      """
    #expect(YAMLWriter.write(deployment) == expected)
  }

  @Test func quotesFoldsAndBlocksStringsLikeGoYAML() throws {
    let input = try Self.value(
      #"""
      {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"blocks","labels":{"x":"y"}},
      "data":{"leading":"  lead\nsecond","trailingSpace":"trail \nx","tab":"a\tb\nc","keep":"a\n\n","one":"a\n",
      "none":"a\nb","blank":"a\n\nb\n","nl":"\n","cron":"*/5 * * * *","hourly":"@hourly","colon":"a: b",
      "hash":"a #b","dash":"- x","q":"'quoted'","empty":"","date":"2024-01-01","time":"12:30","octal":"0755",
      "float":"1e3","null":"~","tilde":"~x","bool":"True","port":"8080","neg":"-1","ver":"1.2.3",
      "url":"https://example.com/a?b=c#d"},
      "list":[["a","b"],[],{"k":[1,2]},"- not a dash"],
      "text":"The quick brown fox jumps over the lazy dog and keeps running far beyond the eighty column mark, then further still.",
      "quotedLong":"*The quick brown fox jumps over the lazy dog and keeps running far beyond the eighty column mark, then further still.",
      "dqLong":"80 The quick brown fox jumps over the lazy dog\tand keeps running far beyond the eighty column mark, then further still."
      }
      """#)
    let expected = #"""
      apiVersion: v1
      data:
        blank: |
          a

          b
        bool: "True"
        colon: 'a: b'
        cron: '*/5 * * * *'
        dash: '- x'
        date: "2024-01-01"
        empty: ""
        float: "1e3"
        hash: 'a #b'
        hourly: '@hourly'
        keep: |+
          a

        leading: |2-
            lead
          second
        neg: "-1"
        nl: |2+

        none: |-
          a
          b
        "null": "~"
        octal: "0755"
        one: |
          a
        port: "8080"
        q: '''quoted'''
        tab: "a\tb\nc"
        tilde: ~x
        time: "12:30"
        trailingSpace: "trail \nx"
        url: https://example.com/a?b=c#d
        ver: 1.2.3
      dqLong: "80 The quick brown fox jumps over the lazy dog\tand keeps running far beyond
        the eighty column mark, then further still."
      kind: ConfigMap
      list:
      - - a
        - b
      - []
      - k:
        - 1
        - 2
      - '- not a dash'
      metadata:
        labels:
          x: "y"
        name: blocks
      quotedLong: '*The quick brown fox jumps over the lazy dog and keeps running far beyond
        the eighty column mark, then further still.'
      text: The quick brown fox jumps over the lazy dog and keeps running far beyond the
        eighty column mark, then further still.

      """#
    #expect(YAMLWriter.write(input) == expected)
  }

  @Test func ordersKeysNaturallyAsGoYAMLDoes() throws {
    let keys = ["z10", "z9", "Z_", "_a", "item2", "item10", "a", "b-c", "bC", "a.b", "a/b"]
    let object = JSONValue.object(Dictionary(uniqueKeysWithValues: keys.map { ($0, JSONValue.string("x")) }))
    let expected = """
      _a: x
      Z_: x
      a: x
      a.b: x
      a/b: x
      b-c: x
      bC: x
      item2: x
      item10: x
      z9: x
      z10: x

      """
    #expect(YAMLWriter.write(object) == expected)
  }

  @Test func printsNumbersAndSpecialCharactersLikeKubectl() throws {
    let list: JSONValue = .array([
      .null, .bool(true), .double(1.5), .double(1e21), .double(1_000_000), .double(0.000001), .double(1e-7),
      .double(-0.0), .double(123_456_789.123), .int(-42),
      .string("<a href=\"x\">&</a>"), .string("héllo \u{2028} 😀 \t tab"), .string("\u{1}\u{8}\u{C}"),
      .string("2025-01-06T09:00:00Z"), .string("\u{FEFF}bom"),
    ])
    let expected = #"""
      - null
      - true
      - 1.5
      - 1e+21
      - 1000000
      - 1e-06
      - 1e-07
      - 0
      - 1.23456789123e+08
      - -42
      - <a href="x">&</a>
      - "héllo \L \U0001F600 \t tab"
      - "\x01\b\f"
      - "2025-01-06T09:00:00Z"
      - "\uFEFF\x62\x6F\x6D"

      """#
    #expect(YAMLWriter.write(list) == expected)
  }

  @Test func writesLongAndMultilineKeysAsComplexKeys() {
    let long = String(repeating: "k", count: 130)
    let object: JSONValue = .object([long: .string("v"), "two\nlines": .int(1), "80": .int(2)])
    let expected = """
      "80": 2
      ? \(long)
      : v
      ? |-
        two
        lines
      : 1

      """
    #expect(YAMLWriter.write(object) == expected)
  }

  @Test func printsScalarAndEmptyDocuments() {
    #expect(YAMLWriter.write(.object([:])) == "{}\n")
    #expect(YAMLWriter.write(.array([])) == "[]\n")
    #expect(YAMLWriter.write(.string("hello")) == "hello\n")
    #expect(YAMLWriter.write(.string("a\nb")) == "|-\n  a\n  b\n")
    #expect(YAMLWriter.write(.null) == "null\n")
  }
}
