import KubeModel
import Testing

@Suite struct ObjectEncoderTests {
  static func container(name: String = "nginx") -> MiniContainer {
    MiniContainer(
      name: name, image: "nginx:1.25", imagePullPolicy: "", args: ["", "--x"], ports: [], env: [],
      resources: MiniResources(requests: [:]), stdin: false, cpuShares: nil)
  }

  @Test func appliesGoOmitemptyRules() {
    let deployment = MiniDeployment(
      apiVersion: "apps/v1", kind: "Deployment",
      metadata: MiniObjectMeta(
        name: "web", namespace: "", labels: ["app": "web", "empty": ""], annotations: [:], generation: 0),
      spec: MiniDeploymentSpec(
        replicas: 0, paused: false,
        template: MiniPodTemplate(
          metadata: MiniObjectMeta(name: "", namespace: "", labels: [:], annotations: [:], generation: 0),
          spec: MiniPodSpec(
            containers: [Self.container()], nodeSelector: [:], terminationGracePeriodSeconds: nil, affinity: nil)),
        strategy: .object([:])),
      status: MiniDeploymentStatus(replicas: 0, readyReplicas: 0, observedGeneration: 3, conditions: []))
    let expected: JSONValue = .object([
      "apiVersion": .string("apps/v1"),
      "kind": .string("Deployment"),
      // Map values are kept even when empty; the empty string and map fields are left out; ints stay at 0.
      "metadata": .object([
        "name": .string("web"), "labels": .object(["app": .string("web"), "empty": .string("")]), "generation": .int(0),
      ]),
      "spec": .object([
        // Optionals are pointers: printed when set, even at zero or empty.
        "replicas": .int(0),
        "paused": .bool(false),
        "strategy": .object([:]),
        "template": .object([
          "metadata": .object(["generation": .int(0)]),
          "spec": .object([
            "containers": .array([
              .object([
                "name": .string("nginx"), "image": .string("nginx:1.25"),
                "args": .array([.string(""), .string("--x")]),
                // A struct is printed even when all its fields are left out.
                "resources": .object([:]), "stdin": .bool(false),
              ])
            ])
          ]),
        ]),
      ]),
      // OmitZero leaves zero out and keeps other values.
      "status": .object(["replicas": .int(0), "observedGeneration": .int(3)]),
    ])
    #expect(ObjectEncoder.encode(deployment) == expected)
  }

  @Test func insertsJSONValuesAsTheyAre() {
    struct Holder: Encodable {
      var raw: JSONValue
      var maybe: JSONValue?
      var missing: JSONValue?
    }
    let raw: JSONValue = .object(["a": .array([.null, .string("")])])
    #expect(
      ObjectEncoder.encode(Holder(raw: raw, maybe: .string(""), missing: nil))
        == .object(["raw": raw, "maybe": .string("")]))
    #expect(ObjectEncoder.encode(raw) == raw)
    #expect(ObjectEncoder.encode(["x": ""]) == .object(["x": .string("")]))
  }

  @Test func supportsNestedContainersAndSuperEncoders() {
    struct Custom: Encodable {
      enum Keys: String, CodingKey { case outer, list, parent }
      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var outer = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
        try outer.encode("x", forKey: .list)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode(1)
        var inner = list.nestedUnkeyedContainer()
        try inner.encode(true)
        try list.encode("after")
        let parent = container.superEncoder(forKey: .parent)
        var single = parent.singleValueContainer()
        try single.encode(UInt64.max)
      }
    }
    #expect(
      ObjectEncoder.encode(Custom())
        == .object([
          "outer": .object(["list": .string("x")]),
          "list": .array([.int(1), .array([.bool(true)]), .string("after")]),
          "parent": .double(Double(UInt64.max)),
        ]))
  }

  @Test func encodesWhatTheDecoderReads() throws {
    let decoded = try ManifestDecoder().decode(MiniDeployment.self, yaml: ManifestDecoderTests.deployment).value
    let encoded = ObjectEncoder.encode(decoded)
    let again = try ManifestDecoder().decode(
      MiniDeployment.self,
      from: try #require(try ManifestReader.documents(in: YAMLWriter.write(encoded), file: "x").first?.node),
      file: "x")
    #expect(again.value == decoded)
    #expect(again.unknownFields.isEmpty)
  }
}
