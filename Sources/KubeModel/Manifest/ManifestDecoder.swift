/// Decodes manifest nodes into the model's `Decodable` types with the apiserver's strictness, reporting where
/// each problem is and which fields the type does not know.
///
/// The model's types are plain structs with synthesized `Codable`. The rules they rely on:
/// - a missing or null key gives the Go zero value for non-optional fields (`""`, `0`, `false`, empty
///   collections, structs of zero values) and nil for optional ones;
/// - scalars are strict as JSON decoding is after kubectl's YAML-to-JSON step: `replicas: "3"` and
///   `value: 8080` are errors;
/// - `JSONValue` fields take the whole subtree as it is, and everything under them counts as known.
public struct ManifestDecoder: Sendable {
  public init() {}

  public func decode<T: Decodable>(
    _ type: T.Type, from node: ManifestNode, file: String
  ) throws(ManifestError) -> Decoded<T> {
    let session = DecodingSession(file: file)
    let root = NodeDecoder(node: node, parent: nil, component: nil, session: session)
    do {
      let value = try root.decode(T.self)
      return Decoded(value: value, unknownFields: session.unknownFields())
    } catch let error as ManifestError {
      throw error
    } catch {
      throw root.manifestError(for: error)
    }
  }

  /// The node as JSON sees it, for kinds the model keeps opaque.
  public func decodeValue(from node: ManifestNode) -> JSONValue {
    JSONValueConversion.value(of: node)
  }
}

/// A decoded object and the fields of the manifest that the type did not read.
public struct Decoded<T> {
  public var value: T
  /// Sorted by line; what `kubectl apply` reports as `unknown field "spec.replicass"` under strict validation.
  public var unknownFields: [UnknownField]

  public init(value: T, unknownFields: [UnknownField]) {
    self.value = value
    self.unknownFields = unknownFields
  }
}

extension Decoded: Sendable where T: Sendable {}
extension Decoded: Equatable where T: Equatable {}

/// A key in the manifest that no decoded type asked for, such as a misspelled field.
public struct UnknownField: Hashable, Sendable {
  /// `spec.template.spec.containers[0].imagePullPolicyy`
  public var path: String
  public var line: Int

  public init(path: String, line: Int) {
    self.path = path
    self.line = line
  }
}
