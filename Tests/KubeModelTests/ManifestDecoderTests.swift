import KubeModel
import Testing

@Suite struct ManifestDecoderTests {
  let decoder = ManifestDecoder()

  static let deployment = """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
      labels:
        app: web
    spec:
      replicas: 3
      strategy:
        type: RollingUpdate
        rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}
      template:
        metadata:
          labels: {app: web}
        spec:
          containers:
          - name: nginx
            image: nginx:1.25
            ports:
            - containerPort: 80
            env:
            - name: MODE
              value: "production"
            resources:
              requests: {cpu: 100m}
    """

  @Test func decodesAFullObject() throws {
    let decoded = try decoder.decode(MiniDeployment.self, yaml: Self.deployment)
    let deployment = decoded.value
    #expect(decoded.unknownFields.isEmpty)
    #expect(deployment.apiVersion == "apps/v1")
    #expect(deployment.metadata.labels == ["app": "web"])
    #expect(deployment.spec.replicas == 3)
    #expect(deployment.spec.template.spec.containers.first?.ports.first?.containerPort == 80)
    #expect(deployment.spec.template.spec.containers.first?.env == [MiniEnvVar(name: "MODE", value: "production")])
    #expect(deployment.spec.template.spec.containers.first?.resources.requests["cpu"] == MiniQuantity("100m"))
    #expect(
      deployment.spec.strategy
        == .object([
          "type": .string("RollingUpdate"),
          "rollingUpdate": .object(["maxSurge": .string("25%"), "maxUnavailable": .int(0)]),
        ]))
  }

  @Test func missingFieldsTakeGoZeroValues() throws {
    let decoded = try decoder.decode(MiniDeployment.self, yaml: "kind: Deployment\nspec:\n  template: {}\n")
    let deployment = decoded.value
    #expect(deployment.apiVersion == "")
    #expect(
      deployment.metadata == MiniObjectMeta(name: "", namespace: "", labels: [:], annotations: [:], generation: 0))
    #expect(deployment.spec.replicas == nil)
    #expect(deployment.spec.paused == false)
    #expect(deployment.spec.template.spec.containers.isEmpty)
    #expect(deployment.spec.strategy == nil)
    #expect(deployment.status == nil)
  }

  @Test func nullsAreZeroForValuesAndNilForOptionals() throws {
    let yaml = """
      apiVersion: ~
      metadata: null
      spec:
        replicas: null
        paused:
        template:
          spec:
            containers:
            - null
            - name: b
              args: [x, null]
            nodeSelector: {disk: null}
        strategy: null
      status:
        replicas: ~
        readyReplicas: null
        conditions: ~
      """
    let deployment = try decoder.decode(MiniDeployment.self, yaml: yaml).value
    #expect(deployment.apiVersion == "")
    #expect(deployment.metadata.name == "")
    #expect(deployment.spec.replicas == nil)
    #expect(deployment.spec.strategy == nil)
    let containers = deployment.spec.template.spec.containers
    #expect(containers.map(\.name) == ["", "b"])
    #expect(containers[1].args == ["x", ""])
    #expect(deployment.spec.template.spec.nodeSelector == ["disk": ""])
    #expect(deployment.status?.readyReplicas == 0)
    #expect(deployment.status?.conditions == [])
  }

  @Test func propertyWrappersAreTransparent() throws {
    let yaml = "spec:\n  replicas: 2\nstatus:\n  replicas: 2\n  readyReplicas: 1\n  observedGeneration: 7\n"
    let deployment = try decoder.decode(MiniDeployment.self, yaml: yaml).value
    #expect(deployment.spec.replicas == 2)
    #expect(deployment.status?.readyReplicas == 1)
    #expect(deployment.status?.observedGeneration == 7)
  }

  @Test func reportsUnknownFieldsWithPathsAndLines() throws {
    let yaml = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        lables: {app: web}
      spec:
        replica: 3
        template:
          spec:
            containers:
            - name: a
              image: x
            - name: b
              imagePullPolicyy: Always
              ports:
              - containerPort: 80
                hostPorts: 8080
        strategy:
          anything: goes
      extra: true
      """
    let decoded = try decoder.decode(MiniDeployment.self, yaml: yaml)
    #expect(
      decoded.unknownFields == [
        UnknownField(path: "metadata.lables", line: 5),
        UnknownField(path: "spec.replica", line: 7),
        UnknownField(path: "spec.template.spec.containers[1].imagePullPolicyy", line: 14),
        UnknownField(path: "spec.template.spec.containers[1].ports[0].hostPorts", line: 17),
        UnknownField(path: "extra", line: 20),
      ])
  }

  @Test func topLevelAPIVersionAndKindAreUnknownUnlessTheTypeReadsThem() throws {
    let decoded = try decoder.decode(MiniObjectMeta.self, yaml: "apiVersion: v1\nkind: X\nname: web\n")
    #expect(decoded.unknownFields.map(\.path) == ["apiVersion", "kind"])
  }

  @Test func integerFieldsRejectStringsFloatsAndBooleans() {
    func error(_ replicas: String) -> ManifestError? {
      manifestError { _ = try decoder.decode(MiniDeployment.self, yaml: "kind: D\nspec:\n  replicas: \(replicas)\n") }
    }
    #expect(error("two")?.description == #"test.yaml:3: spec.replicas: Invalid value: "two": expected an integer"#)
    #expect(error("\"3\"")?.message == #"Invalid value: "3": expected an integer"#)
    #expect(error("1.5")?.message == "Invalid value: 1.5: expected an integer")
    #expect(error("yes")?.message == "Invalid value: yes: expected an integer")
    #expect(error("[1]")?.message == "expected an integer, found a list")
    #expect(error("99999999999")?.message == "Invalid value: 99999999999: out of range for a 32-bit integer")
  }

  @Test func integralFloatsAndYAMLIntegerFormsAreIntegers() throws {
    for (text, expected) in [("2.0", 2), ("1e3", 1000), ("0x10", 16), ("0755", 493), ("1_000", 1000), ("+5", 5)] {
      let deployment = try decoder.decode(MiniDeployment.self, yaml: "spec:\n  replicas: \(text)\n").value
      #expect(deployment.spec.replicas == Int32(expected), "\(text)")
    }
  }

  @Test func stringFieldsRejectNumbersAndBooleans() {
    let yaml = """
      spec:
        template:
          spec:
            containers:
            - name: app
              env:
              - name: PORT
                value: 8080
      """
    let error = manifestError { _ = try decoder.decode(MiniDeployment.self, yaml: yaml) }
    #expect(
      error?.description
        == "test.yaml:8: spec.template.spec.containers[0].env[0].value: Invalid value: 8080: expected a string")
    let yes = manifestError { _ = try decoder.decode(MiniEnvVar.self, yaml: "name: X\nvalue: yes\n") }
    #expect(yes?.message == "Invalid value: yes: expected a string")
    let quoted = try? decoder.decode(MiniEnvVar.self, yaml: "name: X\nvalue: \"yes\"\n")
    #expect(quoted?.value.value == "yes")
    let tagged = try? decoder.decode(MiniEnvVar.self, yaml: "name: X\nvalue: !!str 8080\n")
    #expect(tagged?.value.value == "8080")
  }

  @Test func shapeMismatchesSayWhatWasExpected() {
    let list = manifestError {
      _ = try decoder.decode(
        MiniDeployment.self, yaml: "spec:\n  template:\n    spec:\n      containers:\n        name: x\n")
    }
    #expect(list?.description == "test.yaml:5: spec.template.spec.containers: expected a list, found a mapping")
    let mapping = manifestError { _ = try decoder.decode(MiniDeployment.self, yaml: "metadata: web\n") }
    #expect(mapping?.description == "test.yaml:1: metadata: expected a mapping, found a string")
    let labels = manifestError {
      _ = try decoder.decode(MiniObjectMeta.self, yaml: "labels:\n  app.kubernetes.io/part: 3\n")
    }
    #expect(labels?.fieldPath == "labels[app.kubernetes.io/part]")
    #expect(labels?.line == 2)
  }

  @Test func rangesFollowTheSwiftType() {
    struct Sizes: Decodable {
      var small: Int8
      var unsigned: UInt16
      var big: Int
    }
    #expect(
      manifestError { _ = try decoder.decode(Sizes.self, yaml: "small: 200\n") }?.message
        == "Invalid value: 200: out of range for an 8-bit integer")
    #expect(
      manifestError { _ = try decoder.decode(Sizes.self, yaml: "unsigned: -1\n") }?.message
        == "Invalid value: -1: out of range for an unsigned 16-bit integer")
    #expect(
      manifestError { _ = try decoder.decode(Sizes.self, yaml: "big: 9223372036854775808\n") }?.message
        == "Invalid value: 9223372036854775808: out of range for a 64-bit integer")
    #expect((try? decoder.decode(Sizes.self, yaml: "big: -9223372036854775808\n"))?.value.big == Int.min)
  }

  @Test func booleansAndDoublesAreStrictToo() throws {
    #expect(
      manifestError { _ = try decoder.decode(MiniDeployment.self, yaml: "spec:\n  paused: \"true\"\n") }?.message
        == #"Invalid value: "true": expected a boolean"#)
    #expect(
      manifestError { _ = try decoder.decode(MiniDeployment.self, yaml: "spec:\n  paused: 1\n") }?.message
        == "Invalid value: 1: expected a boolean")
    for (text, expected) in [("on", true), ("Off", false), ("y", true), ("NO", false)] {
      #expect(try decoder.decode(MiniDeployment.self, yaml: "spec:\n  paused: \(text)\n").value.spec.paused == expected)
    }
    let container = try decoder.decode(MiniContainer.self, yaml: "cpuShares: 2\n").value
    #expect(container.cpuShares == 2)
    #expect(
      manifestError { _ = try decoder.decode(MiniContainer.self, yaml: "cpuShares: \"2\"\n") }?.message
        == #"Invalid value: "2": expected a number"#)
    #expect(
      manifestError { _ = try decoder.decode(MiniContainer.self, yaml: "cpuShares: .inf\n") }?.message
        == "Invalid value: .inf: JSON numbers cannot be infinite or NaN")
  }

  @Test func decodingErrorsFromTypesCarryTheirNodesPlace() {
    let yaml = """
      spec:
        template:
          spec:
            containers:
            - name: a
              resources:
                requests:
                  cpu: lots
      """
    let error = manifestError { _ = try decoder.decode(MiniDeployment.self, yaml: yaml) }
    #expect(error?.line == 8)
    #expect(error?.fieldPath == "spec.template.spec.containers[0].resources.requests.cpu")
    #expect(error?.message.hasPrefix("quantities must match the regular expression") == true)
  }

  @Test func timestampsReportTheirOwnMessage() {
    struct Stamped: Decodable { var created: Timestamp? }
    let error = manifestError { _ = try decoder.decode(Stamped.self, yaml: "created: yesterday\n") }
    #expect(
      error?.description
        == #"test.yaml:1: created: invalid time "yesterday": expected RFC 3339 such as 2025-01-06T09:00:00Z"#)
  }

  @Test func opaqueValuesTakeTheWholeSubtreeAsKnown() throws {
    let yaml = """
      template:
        spec:
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms:
                - matchExpressions:
                  - {key: disk, operator: In, values: [ssd, "nvme"]}
              weight: 1.5
              enabled: yes
              nothing: ~
      """
    let decoded = try decoder.decode(MiniDeploymentSpec.self, yaml: yaml)
    #expect(decoded.unknownFields.isEmpty)
    let affinity = try #require(decoded.value.template.spec.affinity)
    #expect(affinity["nodeAffinity"]?["weight"] == .double(1.5))
    #expect(affinity["nodeAffinity"]?["enabled"] == .bool(true))
    #expect(affinity["nodeAffinity"]?["nothing"] == .null)
  }

  @Test func decodeValueConvertsScalarsAsJSONWouldCarryThem() throws {
    let yaml = "a: 1\nb: 1.0\nc: 1.5\nd: \"1\"\ne: 18446744073709551615\nf: 0o17\ng: 1e21\nh: [~, true, off]\n"
    let node = try #require(try ManifestReader.documents(in: yaml, file: "v.yaml").first?.node)
    let value = ManifestDecoder().decodeValue(from: node)
    #expect(
      value
        == .object([
          "a": .int(1), "b": .int(1), "c": .double(1.5), "d": .string("1"), "e": .double(Double(UInt64.max)),
          "f": .int(15), "g": .double(1e21), "h": .array([.null, .bool(true), .bool(false)]),
        ]))
  }

  @Test func aTypeThatTriesTwoShapesDoesNotReportFalseUnknowns() throws {
    struct Either: Decodable {
      var value: String
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ManifestKey.self)
        if let text = try? container.decode(Int.self, forKey: ManifestKey("a")) {
          value = String(text)
        } else {
          value = try container.decode(String.self, forKey: ManifestKey("b"))
        }
      }
    }
    let decoded = try decoder.decode(Either.self, yaml: "a: one\nb: two\nc: three\n")
    #expect(decoded.value.value == "two")
    #expect(decoded.unknownFields == [UnknownField(path: "c", line: 3)])
  }

  @Test func contentsAndDecodeNilCountAsAsking() throws {
    struct Probe: Decodable {
      var hasA: Bool
      var bIsNil: Bool
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ManifestKey.self)
        _ = container.allKeys
        hasA = container.contains(ManifestKey("a"))
        bIsNil = try container.decodeNil(forKey: ManifestKey("b"))
      }
    }
    let decoded = try decoder.decode(Probe.self, yaml: "a: 1\nb: ~\nc: 2\n")
    #expect(decoded.value.hasA && decoded.value.bIsNil)
    #expect(decoded.unknownFields.map(\.path) == ["c"])
  }
}

struct ManifestKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
