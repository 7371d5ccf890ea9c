/// Reads the decoder's node as one value; a missing or null node reads as nil, or as the zero value.
struct NodeSingleValueContainer: SingleValueDecodingContainer {
  let decoder: NodeDecoder

  var codingPath: [any CodingKey] { decoder.codingPath }

  func decodeNil() -> Bool { decoder.node?.isNull ?? true }

  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(T.self) }

  func decode(_ type: String.Type) throws -> String { try convert(ScalarDecoding.string) }
  func decode(_ type: Bool.Type) throws -> Bool { try convert(ScalarDecoding.bool) }
  func decode(_ type: Double.Type) throws -> Double { try convert(ScalarDecoding.double) }
  func decode(_ type: Float.Type) throws -> Float { try convert(ScalarDecoding.float) }
  func decode(_ type: Int.Type) throws -> Int { try convert(ScalarDecoding.integer) }
  func decode(_ type: Int8.Type) throws -> Int8 { try convert(ScalarDecoding.integer) }
  func decode(_ type: Int16.Type) throws -> Int16 { try convert(ScalarDecoding.integer) }
  func decode(_ type: Int32.Type) throws -> Int32 { try convert(ScalarDecoding.integer) }
  func decode(_ type: Int64.Type) throws -> Int64 { try convert(ScalarDecoding.integer) }
  func decode(_ type: UInt.Type) throws -> UInt { try convert(ScalarDecoding.integer) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try convert(ScalarDecoding.integer) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try convert(ScalarDecoding.integer) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try convert(ScalarDecoding.integer) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try convert(ScalarDecoding.integer) }

  private func convert<Value>(
    _ conversion: (ManifestNode?, FieldLocation) throws(ManifestError) -> Value
  ) throws
    -> Value
  {
    try conversion(decoder.node, FieldLocation(decoder: decoder))
  }
}
