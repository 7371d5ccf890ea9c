import KubeModel
import Testing

// Small stand-ins for API types, shaped like the real ones: optionals for Go pointers, non-optional fields with
// Go zero values, property wrappers, an opaque subtree.

struct MiniDeployment: Codable, Hashable, Sendable {
  var apiVersion: String
  var kind: String
  var metadata: MiniObjectMeta
  @CopyOnWrite var spec: MiniDeploymentSpec
  var status: MiniDeploymentStatus?
}

struct MiniObjectMeta: Codable, Hashable, Sendable {
  var name: String
  var namespace: String
  var labels: [String: String]
  var annotations: [String: String]
  var generation: Int64
}

struct MiniDeploymentSpec: Codable, Hashable, Sendable {
  var replicas: Int32?
  var paused: Bool
  var template: MiniPodTemplate
  var strategy: JSONValue?
}

struct MiniPodTemplate: Codable, Hashable, Sendable {
  var metadata: MiniObjectMeta
  var spec: MiniPodSpec
}

struct MiniPodSpec: Codable, Hashable, Sendable {
  var containers: [MiniContainer]
  var nodeSelector: [String: String]
  var terminationGracePeriodSeconds: Int64?
  var affinity: JSONValue?
}

struct MiniContainer: Codable, Hashable, Sendable {
  var name: String
  var image: String
  var imagePullPolicy: String
  var args: [String]
  var ports: [MiniContainerPort]
  var env: [MiniEnvVar]
  var resources: MiniResources
  var stdin: Bool
  var cpuShares: Double?
}

struct MiniContainerPort: Codable, Hashable, Sendable {
  var containerPort: Int32
  var name: String
  var `protocol`: String
}

struct MiniEnvVar: Codable, Hashable, Sendable {
  var name: String
  var value: String
}

struct MiniResources: Codable, Hashable, Sendable {
  var requests: [String: MiniQuantity]
}

/// Throws a `DecodingError` from its own `init(from:)`, as the real `Quantity` and `Timestamp` do.
struct MiniQuantity: Codable, Hashable, Sendable {
  var text: String

  init(_ text: String) { self.text = text }

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard text.first?.isNumber == true else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
    }
    self.text = text
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
  }
}

struct MiniDeploymentStatus: Codable, Hashable, Sendable {
  var replicas: Int32
  @OmitZero var readyReplicas: Int
  @OmitZero var observedGeneration: Int64
  var conditions: [String]
}

extension ManifestDecoder {
  /// Reads the first document of `yaml` and decodes it.
  func decode<T: Decodable>(
    _ type: T.Type, yaml: String, file: String = "test.yaml"
  ) throws(ManifestError)
    -> Decoded<T>
  {
    let documents = try ManifestReader.documents(in: yaml, file: file)
    guard let first = documents.first else { throw ManifestError(file: file, message: "no document") }
    return try decode(T.self, from: first.node, file: file)
  }
}

/// The error a throwing expression produced, for comparing messages.
func manifestError(_ body: () throws -> Void) -> ManifestError? {
  do {
    try body()
    return nil
  } catch let error as ManifestError {
    return error
  } catch {
    Issue.record("unexpected error \(error)")
    return nil
  }
}
