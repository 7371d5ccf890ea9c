/// Turns a manifest node into the JSON value kubectl would send for it (sigs.k8s.io/yaml's YAML-to-JSON, then the
/// apiserver's unstructured decoding).
enum JSONValueConversion {
  static func value(of node: ManifestNode) -> JSONValue {
    switch node.content {
    case .scalar(let scalar):
      return value(of: scalar.resolved)
    case .sequence(let items):
      return .array(items.map(value(of:)))
    case .mapping(let entries):
      var members: [String: JSONValue] = [:]
      members.reserveCapacity(entries.count)
      for entry in entries { members[entry.key] = value(of: entry.value) }
      return .object(members)
    }
  }

  static func value(of scalar: ResolvedScalar) -> JSONValue {
    switch scalar {
    case .null: return .null
    case .bool(let value): return .bool(value)
    case .int(let value): return .int(value)
    case .unsignedInt(let value): return .double(Double(value))
    case .float(let value):
      // Go prints an integral float64 such as 2.0 as `2` in JSON, which then reads back as an integer.
      if case .integer(let integer) = GoFloatFormatting.jsonInteger(value) { return .int(integer) }
      return .double(value)
    case .string(let text): return .string(text)
    }
  }
}
