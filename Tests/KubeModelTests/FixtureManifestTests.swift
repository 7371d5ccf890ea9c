import Foundation
import KubeModel
import Testing

/// The whole loading path on files: template, variable substitution, reading, decoding by kind.
@Suite struct FixtureManifestTests {
  static func fixture(_ name: String) throws -> [UInt8] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/manifests/\(name)", withExtension: nil))
    return [UInt8](try Data(contentsOf: url))
  }

  @Test func loadsATemplatedMultiDocumentFile() throws {
    let bytes = try Self.fixture("shop-template.yaml")
    let variables = ["ECR_HOST": "123456789012.dkr.ecr.eu-west-1.amazonaws.com", "TAG": "v1.4.2"]
    let text = try EnvSubst.substitute(String(decoding: bytes, as: UTF8.self), file: "shop-template.yaml") {
      variables[$0]
    }
    let documents = try ManifestReader.documents(in: text, file: "shop-template.yaml")
    #expect(documents.map(\.kind) == ["Namespace", "Deployment", "Service"])
    #expect(documents.map(\.line) == [3, 8, 33])
    #expect(documents.map(\.namespace) == [nil, "shop", "shop"])

    let deployment = try ManifestDecoder().decode(
      MiniDeployment.self, from: documents[1].node, file: "shop-template.yaml")
    let container = try #require(deployment.value.spec.template.spec.containers.first)
    #expect(container.image == "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/front:v1.4.2")
    #expect(deployment.value.spec.template.metadata.labels == ["app": "front", "tier": "web"])
    #expect(
      deployment.unknownFields == [UnknownField(path: "spec.template.spec.containers[0].ports[0].protocl", line: 28)])
  }

  @Test func namesTheMissingVariable() throws {
    let bytes = try Self.fixture("shop-template.yaml")
    let error = manifestError {
      _ = try EnvSubst.substitute(String(decoding: bytes, as: UTF8.self), file: "shop-template.yaml") {
        $0 == "TAG" ? "v1" : nil
      }
    }
    #expect(
      error?.description
        == "shop-template.yaml:24: variable ECR_HOST is not set (use --set ECR_HOST=VALUE or export it)")
  }

  @Test func flattensAJSONList() throws {
    let documents = try ManifestReader.documents(inContents: try Self.fixture("list.json"), file: "list.json")
    #expect(documents.map(\.kind) == ["ConfigMap", "Secret"])
    #expect(documents.map(\.line) == [5, 16])
    let settings = ManifestDecoder().decodeValue(from: documents[0].node)
    #expect(settings["data"] == .object(["colour": .string("blue"), "port": .string("8080")]))
    #expect(JSONWriter.write(settings).hasPrefix("{\n    \"apiVersion\": \"v1\",\n    \"data\": {\n"))
  }
}
