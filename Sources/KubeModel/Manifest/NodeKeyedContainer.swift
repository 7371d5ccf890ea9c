/// Reads a mapping field by field; missing and null keys give zero values (`decode`) or nil (`decodeIfPresent`).
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: NodeDecoder

  var codingPath: [any CodingKey] { decoder.codingPath }

  /// Listing keys does not count as asking for them: only `decode`, `decodeIfPresent` and `contains` do.
  var allKeys: [Key] { decoder.mappingKeys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { decoder.entryIndex(forKey: key.stringValue) != nil }

  func decodeNil(forKey key: Key) throws -> Bool {
    decoder.childNode(forKey: key.stringValue)?.isNull ?? true
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decoder.decodeChild(T.self, node: decoder.childNode(forKey: key.stringValue), component: .key(key.stringValue))
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let node = decoder.childNode(forKey: key.stringValue), !node.isNull else { return nil }
    return try decoder.decodeChild(T.self, node: node, component: .key(key.stringValue))
  }

  func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeScalar(key, ScalarDecoding.string) }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeScalar(key, ScalarDecoding.bool) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeScalar(key, ScalarDecoding.double) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeScalar(key, ScalarDecoding.float) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeScalar(key, ScalarDecoding.integer) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeScalar(key, ScalarDecoding.integer) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeScalar(key, ScalarDecoding.integer) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeScalar(key, ScalarDecoding.integer) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeScalar(key, ScalarDecoding.integer) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeScalar(key, ScalarDecoding.integer) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeScalar(key, ScalarDecoding.integer) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try decodeScalar(key, ScalarDecoding.integer)
  }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try decodeScalar(key, ScalarDecoding.integer)
  }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try decodeScalar(key, ScalarDecoding.integer)
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    try decodeScalarIfPresent(key, ScalarDecoding.string)
  }
  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    try decodeScalarIfPresent(key, ScalarDecoding.bool)
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    try decodeScalarIfPresent(key, ScalarDecoding.integer)
  }
  func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
    try decodeScalarIfPresent(key, ScalarDecoding.integer)
  }
  func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
    try decodeScalarIfPresent(key, ScalarDecoding.integer)
  }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    try decodeScalarIfPresent(key, ScalarDecoding.double)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try childDecoder(key).container(keyedBy: NestedKey.self)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try childDecoder(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    decoder.child(.key("super"), node: decoder.childNode(forKey: "super"))
  }

  func superDecoder(forKey key: Key) throws -> any Decoder { childDecoder(key) }

  private func childDecoder(_ key: Key) -> NodeDecoder {
    decoder.child(.key(key.stringValue), node: decoder.childNode(forKey: key.stringValue))
  }

  private func decodeScalar<Value>(
    _ key: Key, _ convert: (ManifestNode?, FieldLocation) throws(ManifestError) -> Value
  ) throws -> Value {
    let node = decoder.childNode(forKey: key.stringValue)
    return try convert(node, FieldLocation(decoder: decoder, component: .key(key.stringValue)))
  }

  private func decodeScalarIfPresent<Value>(
    _ key: Key, _ convert: (ManifestNode?, FieldLocation) throws(ManifestError) -> Value
  ) throws -> Value? {
    guard let node = decoder.childNode(forKey: key.stringValue), !node.isNull else { return nil }
    return try convert(node, FieldLocation(decoder: decoder, component: .key(key.stringValue)))
  }
}
