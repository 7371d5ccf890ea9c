/// A parsed YAML or JSON value with its place in the source, before it is turned into a typed object.
///
/// Keeping lines and columns on every node is what lets the decoder say *where* a field is wrong or unknown.
/// Aliases are already resolved and merge keys (`<<`) already applied, so consumers see plain JSON-shaped data.
public struct ManifestNode: Hashable, Sendable {
  public enum Content: Hashable, Sendable {
    case scalar(ManifestScalar)
    case sequence([ManifestNode])
    /// Entries in source order; keys are unique.
    case mapping([ManifestEntry])
  }

  public var content: Content
  /// 1-based line where the node starts.
  public var line: Int
  /// 1-based column (in Unicode scalars) where the node starts.
  public var column: Int

  public init(_ content: Content, line: Int, column: Int) {
    self.content = content
    self.line = line
    self.column = column
  }

  public var scalar: ManifestScalar? {
    if case .scalar(let scalar) = content { return scalar }
    return nil
  }

  public var entries: [ManifestEntry]? {
    if case .mapping(let entries) = content { return entries }
    return nil
  }

  public var items: [ManifestNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// The value stored under `key` when this node is a mapping.
  public subscript(key: String) -> ManifestNode? {
    entries?.first { $0.key == key }?.value
  }

  /// True for a null scalar (`null`, `~`, an empty value or `!!null`).
  public var isNull: Bool {
    if case .scalar(let scalar) = content, case .null = scalar.resolved { return true }
    return false
  }

  /// The text of a scalar that resolves to a string (`name: web`, `name: "80"`), nil for anything else.
  public var stringValue: String? {
    if case .scalar(let scalar) = content, case .string(let text) = scalar.resolved { return text }
    return nil
  }
}

/// One `key: value` pair of a mapping.
public struct ManifestEntry: Hashable, Sendable {
  /// The key as JSON sees it: keys that YAML reads as numbers or booleans are turned into their text the way
  /// sigs.k8s.io/yaml does (`80` → `"80"`, `yes` → `"true"`).
  public var key: String
  public var keyLine: Int
  public var keyColumn: Int
  public var value: ManifestNode

  public init(key: String, keyLine: Int, keyColumn: Int, value: ManifestNode) {
    self.key = key
    self.keyLine = keyLine
    self.keyColumn = keyColumn
    self.value = value
  }
}

/// A scalar as written: its text, how it was quoted, and its tag if one was written.
public struct ManifestScalar: Hashable, Sendable {
  public enum Style: Hashable, Sendable {
    case plain
    case singleQuoted
    case doubleQuoted
    /// `|`
    case literal
    /// `>`
    case folded
  }

  public var text: String
  public var style: Style
  /// The tag when one was written, in short form for the standard ones (`!!str`, `!!int`), else as written.
  public var tag: String?

  public init(text: String, style: Style, tag: String? = nil) {
    self.text = text
    self.style = style
    self.tag = tag
  }

  /// What the scalar means after YAML 1.1 resolution (go-yaml v2, as kubectl reads manifests): plain `80` is
  /// an integer, plain `yes` a boolean, `"80"` and `!!str 80` strings.
  public var resolved: ResolvedScalar {
    if let tag { return ScalarResolver.resolve(text, explicitTag: tag) }
    return style == .plain ? ScalarResolver.resolvePlain(text) : .string(text)
  }
}

/// The typed meaning of a scalar.
public enum ResolvedScalar: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  /// An integer above `Int64.max` (go-yaml keeps these as `uint64`).
  case unsignedInt(UInt64)
  case float(Double)
  case string(String)
}
