/// The `Decoder` for one position in a manifest: a node, or nothing when the key is missing.
///
/// A class, because containers made from it share one record of which keys were asked for, and because child
/// decoders point to their parent to build field paths only when a message needs one.
final class NodeDecoder: Decoder {
  /// nil when the key is missing; decoding then gives Go's zero values.
  let node: ManifestNode?
  let parent: NodeDecoder?
  let component: PathComponent?
  let session: DecodingSession

  /// For a mapping opened as a keyed container: which of its keys were asked for.
  private var entries: [ManifestEntry] = []
  private var used: [Bool] = []
  private var keyIndex: [String: Int]?
  private var tracksKeys = false

  init(node: ManifestNode?, parent: NodeDecoder?, component: PathComponent?, session: DecodingSession) {
    self.node = node
    self.parent = parent
    self.component = component
    self.session = session
  }

  var codingPath: [any CodingKey] {
    components.map { component in
      switch component {
      case .key(let key): return ManifestCodingKey(stringValue: key)
      case .index(let index): return ManifestCodingKey(intValue: index)
      }
    }
  }

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func child(_ component: PathComponent, node: ManifestNode?) -> NodeDecoder {
    NodeDecoder(node: node, parent: self, component: component, session: session)
  }

  // MARK: - Containers

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    if let node, case .mapping(let mappingEntries) = node.content {
      if !tracksKeys {
        tracksKeys = true
        entries = mappingEntries
        used = Array(repeating: false, count: mappingEntries.count)
        session.register(self)
      }
    } else if let node, !node.isNull {
      throw FieldLocation(decoder: self).error("expected a mapping, found \(node.kindDescription)", node: node)
    }
    return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard let node, !node.isNull else { return NodeUnkeyedContainer(decoder: self, items: []) }
    guard case .sequence(let items) = node.content else {
      throw FieldLocation(decoder: self).error("expected a list, found \(node.kindDescription)", node: node)
    }
    return NodeUnkeyedContainer(decoder: self, items: items)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    NodeSingleValueContainer(decoder: self)
  }

  // MARK: - Decoding values

  /// Decodes this decoder's node as `T`, turning a `DecodingError` thrown by the type itself (an invalid
  /// quantity, a bad timestamp) into a ``ManifestError`` at this node's line and path.
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if let value = try PrimitiveDecoding.value(T.self, from: node, at: FieldLocation(decoder: self)) {
      return value
    }
    do {
      return try T(from: self)
    } catch let error as ManifestError {
      throw error
    } catch {
      throw manifestError(for: error)
    }
  }

  /// Decodes a child node, going straight to the scalar rules for primitives so that lists of strings and maps of
  /// labels do not need a decoder per element.
  func decodeChild<T: Decodable>(_ type: T.Type, node: ManifestNode?, component: PathComponent) throws -> T {
    if let value = try PrimitiveDecoding.value(
      T.self, from: node, at: FieldLocation(decoder: self, component: component))
    {
      return value
    }
    return try child(component, node: node).decode(T.self)
  }

  func manifestError(for error: any Error) -> ManifestError {
    if let error = error as? ManifestError { return error }
    let message: String
    if let decodingError = error as? DecodingError {
      switch decodingError {
      case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
        .valueNotFound(_, let context):
        message = context.debugDescription
      @unknown default:
        message = String(describing: decodingError)
      }
    } else {
      message = String(describing: error)
    }
    return FieldLocation(decoder: self).error(message, node: node)
  }

  // MARK: - Keys

  /// The value under `key`, marking the key as asked for; nil when the key is missing.
  func childNode(forKey key: String) -> ManifestNode? {
    guard let index = entryIndex(forKey: key) else { return nil }
    return entries[index].value
  }

  func entryIndex(forKey key: String) -> Int? {
    guard tracksKeys else { return nil }
    let found: Int?
    if entries.count > 16 {
      if keyIndex == nil {
        var index: [String: Int] = [:]
        index.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() { index[entry.key] = position }
        keyIndex = index
      }
      found = keyIndex![key]
    } else {
      found = entries.firstIndex { $0.key == key }
    }
    if let found { used[found] = true }
    return found
  }

  var mappingKeys: [String] { entries.map(\.key) }

  var hasUnusedKeys: Bool { used.contains(false) }

  var usedKeys: [String] { zip(entries, used).compactMap { $1 ? $0.key : nil } }

  var unusedEntries: [ManifestEntry] { zip(entries, used).compactMap { $1 ? nil : $0 } }

  // MARK: - Place

  /// The components from the root to this decoder.
  var components: [PathComponent] {
    var result: [PathComponent] = []
    var current: NodeDecoder? = self
    while let decoder = current {
      if let component = decoder.component { result.append(component) }
      current = decoder.parent
    }
    return result.reversed()
  }

  var pathString: String { FieldPath.string(of: components) }

  /// The line of this node, or of the nearest enclosing node when the key is missing.
  var line: Int? {
    var current: NodeDecoder? = self
    while let decoder = current {
      if let node = decoder.node { return node.line }
      current = decoder.parent
    }
    return nil
  }
}

/// Where a value being decoded sits: a decoder, and optionally one of its keys or indexes. Lets containers
/// report errors about a child without creating a decoder for it.
struct FieldLocation {
  let decoder: NodeDecoder
  var component: PathComponent?

  func error(_ message: String, node: ManifestNode?) -> ManifestError {
    var path = decoder.pathString
    if let component { path = FieldPath.appending(component, to: path) }
    return ManifestError(
      file: decoder.session.file, line: node?.line ?? decoder.line, fieldPath: path.isEmpty ? nil : path,
      message: message)
  }
}
