/// Encodes model objects into the JSON shape the API prints, following Go's `omitempty` conventions.
///
/// - An optional field (a Go pointer) is left out when nil and printed whenever set, even when empty or zero.
/// - A non-optional field is left out when it is ``OmittableWhenEmpty`` and empty: an empty string, list or map,
///   or an ``OmitZero`` zero. Structs are always printed, even as `{}`; integers and booleans even when zero.
/// - Map values are never left out (`labels: {tier: ""}` keeps its empty value), nor are list elements.
/// - A ``JSONValue`` is inserted as it is.
///
/// Used to print single objects and, on every Deployment sync, to hash pod templates, so it encodes into one
/// class instance per nested struct and skips the `Encodable` machinery for primitives, maps and `JSONValue`.
public enum ObjectEncoder {
  public static func encode<T: Encodable>(_ value: T) -> JSONValue {
    do {
      if let fast = try ValueEncoder.fastValue(value, parent: nil, component: nil) { return fast }
      let encoder = ValueEncoder(parent: nil, component: nil)
      try value.encode(to: encoder)
      return encoder.result
    } catch {
      // The encoder's containers never throw; only a type's own `encode(to:)` could.
      assertionFailure("\(T.self) failed to encode: \(error)")
      return .null
    }
  }
}

/// The `Encoder` for one value; its containers write straight into it.
final class ValueEncoder: Encoder {
  private enum Shape { case none, single, object, array }

  private let parent: ValueEncoder?
  private let component: PathComponent?
  private var shape = Shape.none
  private var single = JSONValue.null
  var members: [String: JSONValue] = [:]
  var items: [JSONValue] = []
  /// Encoders handed out as nested containers or super encoders, read when this value is finished.
  private var nested: [(component: PathComponent, encoder: ValueEncoder)] = []

  init(parent: ValueEncoder?, component: PathComponent?) {
    self.parent = parent
    self.component = component
  }

  var codingPath: [any CodingKey] {
    var keys: [any CodingKey] = []
    var current: ValueEncoder? = self
    while let encoder = current {
      switch encoder.component {
      case .key(let key): keys.append(ManifestCodingKey(stringValue: key))
      case .index(let index): keys.append(ManifestCodingKey(intValue: index))
      case nil: break
      }
      current = encoder.parent
    }
    return keys.reversed()
  }

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  var result: JSONValue {
    var value: JSONValue
    switch shape {
    case .none: return .object([:])
    case .single: return single
    case .object: value = .object(members)
    case .array: value = .array(items)
    }
    guard !nested.isEmpty else { return value }
    for (component, encoder) in nested {
      switch (component, value) {
      case (.key(let key), .object(var object)):
        object[key] = encoder.result
        value = .object(object)
      case (.index(let index), .array(var array)) where array.indices.contains(index):
        array[index] = encoder.result
        value = .array(array)
      default:
        continue
      }
    }
    return value
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if shape != .object {
      shape = .object
      members = [:]
    }
    return KeyedEncodingContainer(ObjectEncodingContainer<Key>(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if shape != .array {
      shape = .array
      items = []
    }
    return ArrayEncodingContainer(encoder: self)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValueEncoding(encoder: self)
  }

  func setSingle(_ value: JSONValue) {
    shape = .single
    single = value
  }

  /// A child value: primitives, `JSONValue` and string-keyed maps directly, anything else through its own
  /// `encode(to:)` into a new encoder.
  func encodeChild<T: Encodable>(_ value: T, component: PathComponent) throws -> JSONValue {
    if let fast = try Self.fastValue(value, parent: self, component: component) { return fast }
    let child = ValueEncoder(parent: self, component: component)
    try value.encode(to: child)
    return child.result
  }

  /// A value encoded later through a container or encoder handed out now.
  func nestedEncoder(for component: PathComponent) -> ValueEncoder {
    let child = ValueEncoder(parent: self, component: component)
    nested.append((component, child))
    return child
  }

  static func fastValue<T: Encodable>(
    _ value: T, parent: ValueEncoder?, component: PathComponent?
  ) throws -> JSONValue? {
    // Comparing metatypes is much cheaper than trying one dynamic cast after another.
    if T.self == JSONValue.self { return unsafeBitCast(value, to: JSONValue.self) }
    if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
    if T.self == Int.self { return .int(Int64(unsafeBitCast(value, to: Int.self))) }
    if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
    if T.self == Double.self { return .double(unsafeBitCast(value, to: Double.self)) }
    if T.self == Int64.self { return .int(unsafeBitCast(value, to: Int64.self)) }
    if T.self == Int32.self { return .int(Int64(unsafeBitCast(value, to: Int32.self))) }
    if let map = value as? any EncodableStringKeyedMap {
      let encoder = ValueEncoder(parent: parent, component: component)
      return try map.encodeMembers(with: encoder)
    }
    return nil
  }
}

/// String-keyed dictionaries, encoded without the field rules: a map keeps its empty values.
protocol EncodableStringKeyedMap {
  func encodeMembers(with encoder: ValueEncoder) throws -> JSONValue
}

extension Dictionary: EncodableStringKeyedMap where Key == String, Value: Encodable {
  func encodeMembers(with encoder: ValueEncoder) throws -> JSONValue {
    var members: [String: JSONValue] = [:]
    members.reserveCapacity(count)
    for (key, value) in self { members[key] = try encoder.encodeChild(value, component: .key(key)) }
    return .object(members)
  }
}
