/// Writes list elements; nothing is left out of a list.
struct ArrayEncodingContainer: UnkeyedEncodingContainer {
  let encoder: ValueEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }
  var count: Int { encoder.items.count }

  mutating func encodeNil() { encoder.items.append(.null) }
  mutating func encode(_ value: String) { encoder.items.append(.string(value)) }
  mutating func encode(_ value: Bool) { encoder.items.append(.bool(value)) }
  mutating func encode(_ value: Double) { encoder.items.append(.double(value)) }
  mutating func encode(_ value: Float) { encoder.items.append(.double(Double(value))) }
  mutating func encode(_ value: Int) { encoder.items.append(JSONValue(integer: value)) }
  mutating func encode(_ value: Int8) { encoder.items.append(JSONValue(integer: value)) }
  mutating func encode(_ value: Int16) { encoder.items.append(JSONValue(integer: value)) }
  mutating func encode(_ value: Int32) { encoder.items.append(JSONValue(integer: value)) }
  mutating func encode(_ value: Int64) { encoder.items.append(JSONValue(integer: value)) }
  mutating func encode(_ value: UInt) { encoder.items.append(JSONValue(integer: value)) }
  mutating func encode(_ value: UInt8) { encoder.items.append(JSONValue(integer: value)) }
  mutating func encode(_ value: UInt16) { encoder.items.append(JSONValue(integer: value)) }
  mutating func encode(_ value: UInt32) { encoder.items.append(JSONValue(integer: value)) }
  mutating func encode(_ value: UInt64) { encoder.items.append(JSONValue(integer: value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let element = try encoder.encodeChild(value, component: .index(count))
    encoder.items.append(element)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type
  ) -> KeyedEncodingContainer<NestedKey> {
    placeholder().container(keyedBy: NestedKey.self)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { placeholder().unkeyedContainer() }

  mutating func superEncoder() -> any Encoder { placeholder() }

  /// Reserves the next element for a value encoded later.
  private mutating func placeholder() -> ValueEncoder {
    let nested = encoder.nestedEncoder(for: .index(count))
    encoder.items.append(.null)
    return nested
  }
}

/// Writes one value in place of the encoder's container; wrappers (``OmitZero``, ``CopyOnWrite``) go through here.
struct SingleValueEncoding: SingleValueEncodingContainer {
  let encoder: ValueEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil() { encoder.setSingle(.null) }
  mutating func encode(_ value: String) { encoder.setSingle(.string(value)) }
  mutating func encode(_ value: Bool) { encoder.setSingle(.bool(value)) }
  mutating func encode(_ value: Double) { encoder.setSingle(.double(value)) }
  mutating func encode(_ value: Float) { encoder.setSingle(.double(Double(value))) }
  mutating func encode(_ value: Int) { encoder.setSingle(JSONValue(integer: value)) }
  mutating func encode(_ value: Int8) { encoder.setSingle(JSONValue(integer: value)) }
  mutating func encode(_ value: Int16) { encoder.setSingle(JSONValue(integer: value)) }
  mutating func encode(_ value: Int32) { encoder.setSingle(JSONValue(integer: value)) }
  mutating func encode(_ value: Int64) { encoder.setSingle(JSONValue(integer: value)) }
  mutating func encode(_ value: UInt) { encoder.setSingle(JSONValue(integer: value)) }
  mutating func encode(_ value: UInt8) { encoder.setSingle(JSONValue(integer: value)) }
  mutating func encode(_ value: UInt16) { encoder.setSingle(JSONValue(integer: value)) }
  mutating func encode(_ value: UInt32) { encoder.setSingle(JSONValue(integer: value)) }
  mutating func encode(_ value: UInt64) { encoder.setSingle(JSONValue(integer: value)) }

  /// The value takes this encoder's place, so a wrapped struct needs no encoder of its own.
  mutating func encode<T: Encodable>(_ value: T) throws {
    if let fast = try ValueEncoder.fastValue(value, parent: encoder, component: nil) {
      encoder.setSingle(fast)
    } else {
      try value.encode(to: encoder)
    }
  }
}
