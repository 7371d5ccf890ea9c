/// Reads a list element by element; a null element decodes as the zero value of a non-optional type.
struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
  let decoder: NodeDecoder
  let items: [ManifestNode]
  private(set) var currentIndex = 0

  init(decoder: NodeDecoder, items: [ManifestNode]) {
    self.decoder = decoder
    self.items = items
  }

  var codingPath: [any CodingKey] { decoder.codingPath }
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, items[currentIndex].isNull else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let node = try nextNode()
    let value = try decoder.decodeChild(T.self, node: node, component: .index(currentIndex))
    currentIndex += 1
    return value
  }

  mutating func decode(_ type: String.Type) throws -> String { try decodeScalar(ScalarDecoding.string) }
  mutating func decode(_ type: Bool.Type) throws -> Bool { try decodeScalar(ScalarDecoding.bool) }
  mutating func decode(_ type: Double.Type) throws -> Double { try decodeScalar(ScalarDecoding.double) }
  mutating func decode(_ type: Float.Type) throws -> Float { try decodeScalar(ScalarDecoding.float) }
  mutating func decode(_ type: Int.Type) throws -> Int { try decodeScalar(ScalarDecoding.integer) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodeScalar(ScalarDecoding.integer) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodeScalar(ScalarDecoding.integer) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodeScalar(ScalarDecoding.integer) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodeScalar(ScalarDecoding.integer) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try decodeScalar(ScalarDecoding.integer) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeScalar(ScalarDecoding.integer) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeScalar(ScalarDecoding.integer) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeScalar(ScalarDecoding.integer) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeScalar(ScalarDecoding.integer) }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try nextDecoder().container(keyedBy: NestedKey.self)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try nextDecoder().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try nextDecoder() }

  private mutating func nextDecoder() throws -> NodeDecoder {
    let node = try nextNode()
    defer { currentIndex += 1 }
    return decoder.child(.index(currentIndex), node: node)
  }

  private func nextNode() throws(ManifestError) -> ManifestNode {
    guard !isAtEnd else {
      throw FieldLocation(decoder: decoder).error(
        "expected at least \(currentIndex + 1) items in the list, found \(items.count)", node: decoder.node)
    }
    return items[currentIndex]
  }

  private mutating func decodeScalar<Value>(
    _ convert: (ManifestNode?, FieldLocation) throws(ManifestError) -> Value
  ) throws -> Value {
    let node = try nextNode()
    let value = try convert(node, FieldLocation(decoder: decoder, component: .index(currentIndex)))
    currentIndex += 1
    return value
  }
}
