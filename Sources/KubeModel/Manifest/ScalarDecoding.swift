/// The strict scalar rules of the apiserver's JSON decoding, applied to YAML scalars after go-yaml resolution:
/// no quoted numbers in number fields, no bare numbers or booleans in string fields, integers in range.
/// A missing or null value gives the zero value.
enum ScalarDecoding {
  static func string(_ node: ManifestNode?, at location: FieldLocation) throws(ManifestError) -> String {
    guard let node else { return "" }
    switch try scalar(node, expected: "a string", at: location) {
    case .string(let text): return text
    case .null: return ""
    default: throw invalid(node, "expected a string", at: location)
    }
  }

  static func bool(_ node: ManifestNode?, at location: FieldLocation) throws(ManifestError) -> Bool {
    guard let node else { return false }
    switch try scalar(node, expected: "a boolean", at: location) {
    case .bool(let value): return value
    case .null: return false
    default: throw invalid(node, "expected a boolean", at: location)
    }
  }

  static func double(_ node: ManifestNode?, at location: FieldLocation) throws(ManifestError) -> Double {
    guard let node else { return 0 }
    switch try scalar(node, expected: "a number", at: location) {
    case .null: return 0
    case .int(let value): return Double(value)
    case .unsignedInt(let value): return Double(value)
    case .float(let value) where value.isFinite: return value
    case .float: throw invalid(node, "JSON numbers cannot be infinite or NaN", at: location)
    case .bool, .string: throw invalid(node, "expected a number", at: location)
    }
  }

  static func float(_ node: ManifestNode?, at location: FieldLocation) throws(ManifestError) -> Float {
    Float(try double(node, at: location))
  }

  /// Integers must fit the Swift type; an integral float (`2.0`) is accepted because kubectl sends it as `2`.
  static func integer<Integer: FixedWidthInteger>(
    _ node: ManifestNode?, at location: FieldLocation
  ) throws(ManifestError) -> Integer {
    guard let node else { return 0 }
    let converted: Integer?
    switch try scalar(node, expected: "an integer", at: location) {
    case .null: return 0
    case .int(let value): converted = Integer(exactly: value)
    case .unsignedInt(let value): converted = Integer(exactly: value)
    case .float(let value):
      switch GoFloatFormatting.jsonInteger(value) {
      case .integer(let integer): converted = Integer(exactly: integer)
      case .outOfRange: converted = nil
      case .notAnInteger: throw invalid(node, "expected an integer", at: location)
      }
    case .bool, .string:
      throw invalid(node, "expected an integer", at: location)
    }
    guard let converted else { throw invalid(node, "out of range for \(rangeName(Integer.self))", at: location) }
    return converted
  }

  // MARK: - Helpers

  private static func scalar(
    _ node: ManifestNode, expected: String, at location: FieldLocation
  ) throws(ManifestError) -> ResolvedScalar {
    guard case .scalar(let scalar) = node.content else {
      throw location.error("expected \(expected), found \(node.kindDescription)", node: node)
    }
    return scalar.resolved
  }

  /// `Invalid value: "two": expected an integer`, showing strings quoted and other scalars as written.
  private static func invalid(_ node: ManifestNode, _ reason: String, at location: FieldLocation) -> ManifestError {
    location.error("Invalid value: \(display(node)): \(reason)", node: node)
  }

  static func display(_ node: ManifestNode) -> String {
    guard let scalar = node.scalar else { return node.kindDescription }
    if case .string(let text) = scalar.resolved { return quoted(text) }
    return scalar.text
  }

  /// "a 32-bit integer", "an 8-bit integer", "an unsigned 16-bit integer".
  private static func rangeName<Integer: FixedWidthInteger>(_ type: Integer.Type) -> String {
    let bits = "\(Integer.bitWidth)-bit integer"
    if !Integer.isSigned { return "an unsigned \(bits)" }
    return Integer.bitWidth == 8 ? "an \(bits)" : "a \(bits)"
  }
}

/// Shortcuts for the types that make up most of a manifest, so they skip the `Decodable` machinery.
enum PrimitiveDecoding {
  static func value<T>(
    _ type: T.Type, from node: ManifestNode?, at location: FieldLocation
  ) throws(ManifestError)
    -> T?
  {
    if T.self == String.self { return try ScalarDecoding.string(node, at: location) as? T }
    if T.self == Int.self { return try ScalarDecoding.integer(node, at: location) as Int as? T }
    if T.self == Bool.self { return try ScalarDecoding.bool(node, at: location) as? T }
    if T.self == JSONValue.self { return (node.map(JSONValueConversion.value(of:)) ?? .null) as? T }
    if T.self == Int32.self { return try ScalarDecoding.integer(node, at: location) as Int32 as? T }
    if T.self == Int64.self { return try ScalarDecoding.integer(node, at: location) as Int64 as? T }
    if T.self == Double.self { return try ScalarDecoding.double(node, at: location) as? T }
    return nil
  }
}
