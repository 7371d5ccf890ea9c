/// A sequence or mapping whose end event has not been read yet, collecting its children.
struct OpenCollection {
  let isMapping: Bool
  let anchor: String?
  let line: Int
  let column: Int
  private var items: [ManifestNode] = []
  private var entries: [ManifestEntry] = []
  private var pendingKey: PendingKey?
  /// Key → entry index, built once a mapping grows past a few keys so duplicate checks stay linear overall.
  private var keyIndex: [String: Int]?
  /// Mappings named by merge keys (`<<: *defaults`), in order of precedence.
  private var mergeSources: [[ManifestEntry]] = []
  private var size = 1

  private struct PendingKey {
    var key: String
    var line: Int
    var column: Int
    var isMerge: Bool
  }

  init(isMapping: Bool, anchor: String?, line: Int, column: Int) {
    self.isMapping = isMapping
    self.anchor = anchor
    self.line = line
    self.column = column
  }

  /// A mapping whose next child is a key.
  var awaitsKey: Bool { isMapping && pendingKey == nil }

  /// Sets the next key from a scalar; keys of other kinds come through ``add(_:file:)``.
  mutating func setKey(_ scalar: ManifestScalar, line: Int, column: Int, file: String) throws(ComposerFailure) {
    size += 1
    pendingKey = try Self.pendingKey(for: scalar, line: line, column: column, file: file)
  }

  mutating func add(_ child: SizedNode, file: String) throws(ComposerFailure) {
    size += child.size
    guard isMapping else {
      items.append(child.node)
      return
    }
    guard let key = pendingKey else {
      guard case .scalar(let scalar) = child.node.content else {
        let found = child.node.items != nil ? "a list" : "a mapping"
        throw .semantic(
          ManifestError(file: file, line: child.node.line, message: "a mapping key must be a string, found \(found)"))
      }
      pendingKey = try Self.pendingKey(for: scalar, line: child.node.line, column: child.node.column, file: file)
      return
    }
    pendingKey = nil
    if key.isMerge {
      try addMergeSource(child.node, file: file)
      return
    }
    if let previous = index(of: key.key) {
      let message = "mapping key \(quoted(key.key)) already defined at line \(entries[previous].keyLine)"
      throw .semantic(ManifestError(file: file, line: key.line, message: message))
    }
    append(ManifestEntry(key: key.key, keyLine: key.line, keyColumn: key.column, value: child.node))
  }

  /// The finished node; merged keys come after the mapping's own, which win over them.
  consuming func close(file: String) throws(ComposerFailure) -> SizedNode {
    guard isMapping else {
      return SizedNode(node: ManifestNode(.sequence(items), line: line, column: column), size: size)
    }
    for source in mergeSources {
      for entry in source where index(of: entry.key) == nil {
        append(entry)
      }
    }
    return SizedNode(node: ManifestNode(.mapping(entries), line: line, column: column), size: size)
  }

  private func index(of key: String) -> Int? {
    if let keyIndex { return keyIndex[key] }
    return entries.firstIndex { $0.key == key }
  }

  private mutating func append(_ entry: ManifestEntry) {
    entries.append(entry)
    if keyIndex != nil {
      keyIndex![entry.key] = entries.count - 1
    } else if entries.count > 12 {
      var index: [String: Int] = [:]
      index.reserveCapacity(entries.count * 2)
      for (position, entry) in entries.enumerated() { index[entry.key] = position }
      keyIndex = index
    }
  }

  /// `<<: *base` or `<<: [*base, *other]`, as go-yaml accepts them.
  private mutating func addMergeSource(_ value: ManifestNode, file: String) throws(ComposerFailure) {
    let message = "map merge requires a mapping or a list of mappings as the value of <<"
    switch value.content {
    case .mapping(let entries):
      mergeSources.append(entries)
    case .sequence(let items):
      for item in items {
        guard let entries = item.entries else {
          throw .semantic(ManifestError(file: file, line: item.line, message: message))
        }
        mergeSources.append(entries)
      }
    case .scalar:
      throw .semantic(ManifestError(file: file, line: value.line, message: message))
    }
  }

  private static func pendingKey(
    for scalar: ManifestScalar, line: Int, column: Int, file: String
  ) throws(ComposerFailure) -> PendingKey {
    let isMerge = scalar.text == "<<" && (scalar.tag == "!!merge" || (scalar.tag == nil && scalar.style == .plain))
    let key: String
    switch scalar.resolved {
    case .string(let text): key = text
    case .int(let value): key = String(value)
    case .unsignedInt(let value): key = String(value)
    case .bool(let value): key = value ? "true" : "false"
    case .float(let value): key = GoFloatFormatting.yamlKey(value)
    case .null:
      throw .semantic(
        ManifestError(file: file, line: line, message: "a mapping key must be a string, found null"))
    }
    return PendingKey(key: key, line: line, column: column, isMerge: isMerge)
  }
}
