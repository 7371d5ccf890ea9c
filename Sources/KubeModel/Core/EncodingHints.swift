/// A value that the object encoder leaves out when it is empty, as Go's `omitempty` does.
///
/// Non-optional strings, arrays and maps of the model are `omitempty` in the Kubernetes API, so an empty one is not
/// printed by `-o yaml`. Integers and booleans are printed even when zero (`restartCount: 0`, `ready: false`), as
/// in the API, unless wrapped in ``OmitZero``. Optionals stand for Go pointers: printed whenever they are set.
public protocol OmittableWhenEmpty {
  var isEmptyForEncoding: Bool { get }
}

extension String: OmittableWhenEmpty {
  public var isEmptyForEncoding: Bool { isEmpty }
}

extension Array: OmittableWhenEmpty {
  public var isEmptyForEncoding: Bool { isEmpty }
}

extension Dictionary: OmittableWhenEmpty {
  public var isEmptyForEncoding: Bool { isEmpty }
}

/// An integer or boolean field that Go declares `omitempty`: left out of `-o yaml` while it is zero
/// (`status.readyReplicas`, `status.availableReplicas`, ...).
@propertyWrapper
public struct OmitZero<Value: Hashable & Sendable & Codable & ZeroValued>: Hashable, Sendable, Codable,
  OmittableWhenEmpty
{
  public var wrappedValue: Value

  public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }

  public var isEmptyForEncoding: Bool { wrappedValue == .zeroValue }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    wrappedValue = container.decodeNil() ? .zeroValue : try container.decode(Value.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(wrappedValue)
  }
}

/// Go's zero value of a scalar type.
public protocol ZeroValued {
  static var zeroValue: Self { get }
}

extension Int: ZeroValued { public static var zeroValue: Int { 0 } }
extension Int64: ZeroValued { public static var zeroValue: Int64 { 0 } }
extension Bool: ZeroValued { public static var zeroValue: Bool { false } }

/// Stores a large value out of line and copies it only when a shared copy is written.
///
/// Pods of one ReplicaSet share their template's spec this way, which keeps 150,000 pods small in memory while
/// each stays an ordinary value. Encoding and decoding are transparent: the wrapped value appears in its place.
@propertyWrapper
public struct CopyOnWrite<Value: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
  private final class Box: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
  }

  private var box: Box

  public init(wrappedValue: Value) { box = Box(wrappedValue) }

  public var wrappedValue: Value {
    // Reading yields the boxed value in place: `pod.spec.nodeName` copies one string, not the whole spec.
    _read { yield box.value }
    set {
      if isKnownUniquelyReferenced(&box) {
        box.value = newValue
      } else {
        box = Box(newValue)
      }
    }
    _modify {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
      yield &box.value
    }
  }

  /// The wrapper itself (`pod.$spec`), so values can be shared between objects and recognized as shared.
  public var projectedValue: CopyOnWrite<Value> {
    get { self }
    set { self = newValue }
  }

  /// Whether both wrap the same storage, which makes them equal without comparing.
  public func isIdentical(to other: CopyOnWrite<Value>) -> Bool { box === other.box }

  /// Identifies the storage while it is alive; only meaningful together with a reference that keeps it alive.
  public var storageIdentity: ObjectIdentifier { ObjectIdentifier(box) }

  public static func == (lhs: CopyOnWrite, rhs: CopyOnWrite) -> Bool {
    lhs.box === rhs.box || lhs.box.value == rhs.box.value
  }

  public func hash(into hasher: inout Hasher) { box.value.hash(into: &hasher) }

  public init(from decoder: any Decoder) throws { box = Box(try Value(from: decoder)) }

  public func encode(to encoder: any Encoder) throws { try box.value.encode(to: encoder) }
}
