/// Writes a struct's fields, applying the omit rules of ``ObjectEncoder``.
struct ObjectEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoder: ValueEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil(forKey key: Key) { encoder.members[key.stringValue] = .null }

  mutating func encode(_ value: String, forKey key: Key) {
    if !value.isEmpty { encoder.members[key.stringValue] = .string(value) }
  }
  mutating func encode(_ value: Bool, forKey key: Key) { encoder.members[key.stringValue] = .bool(value) }
  mutating func encode(_ value: Double, forKey key: Key) { encoder.members[key.stringValue] = .double(value) }
  mutating func encode(_ value: Float, forKey key: Key) { encoder.members[key.stringValue] = .double(Double(value)) }
  mutating func encode(_ value: Int, forKey key: Key) { set(value, key) }
  mutating func encode(_ value: Int8, forKey key: Key) { set(value, key) }
  mutating func encode(_ value: Int16, forKey key: Key) { set(value, key) }
  mutating func encode(_ value: Int32, forKey key: Key) { set(value, key) }
  mutating func encode(_ value: Int64, forKey key: Key) { set(value, key) }
  mutating func encode(_ value: UInt, forKey key: Key) { set(value, key) }
  mutating func encode(_ value: UInt8, forKey key: Key) { set(value, key) }
  mutating func encode(_ value: UInt16, forKey key: Key) { set(value, key) }
  mutating func encode(_ value: UInt32, forKey key: Key) { set(value, key) }
  mutating func encode(_ value: UInt64, forKey key: Key) { set(value, key) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    if let omittable = value as? any OmittableWhenEmpty, omittable.isEmptyForEncoding { return }
    encoder.members[key.stringValue] = try encoder.encodeChild(value, component: .key(key.stringValue))
  }

  // Optionals are Go pointers: printed whenever set, even when empty. The default implementations would call
  // `encode`, which leaves empty values out, so every overload is spelled out.
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) {
    if let value { encoder.members[key.stringValue] = .string(value) }
  }
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { if let value { encode(value, forKey: key) } }
  mutating func encodeIfPresent(_ value: Double?, forKey key: Key) { if let value { encode(value, forKey: key) } }
  mutating func encodeIfPresent(_ value: Float?, forKey key: Key) { if let value { encode(value, forKey: key) } }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { if let value { set(value, key) } }
  mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) { if let value { set(value, key) } }
  mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) { if let value { set(value, key) } }
  mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) { if let value { set(value, key) } }
  mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) { if let value { set(value, key) } }
  mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) { if let value { set(value, key) } }
  mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) { if let value { set(value, key) } }
  mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) { if let value { set(value, key) } }
  mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) { if let value { set(value, key) } }
  mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) { if let value { set(value, key) } }

  mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
    guard let value else { return }
    encoder.members[key.stringValue] = try encoder.encodeChild(value, component: .key(key.stringValue))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    encoder.nestedEncoder(for: .key(key.stringValue)).container(keyedBy: NestedKey.self)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    encoder.nestedEncoder(for: .key(key.stringValue)).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { encoder.nestedEncoder(for: .key("super")) }

  mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.nestedEncoder(for: .key(key.stringValue)) }

  private func set<Integer: BinaryInteger>(_ value: Integer, _ key: Key) {
    encoder.members[key.stringValue] = JSONValue(integer: value)
  }
}

extension JSONValue {
  /// An integer, or a double for unsigned values beyond `Int64.max` (as JSON numbers are read back).
  init<Integer: BinaryInteger>(integer: Integer) {
    if let value = Int64(exactly: integer) {
      self = .int(value)
    } else {
      self = .double(Double(integer))
    }
  }
}
