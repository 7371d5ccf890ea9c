/// State shared by all the decoders of one `decode` call: the file name for errors, and every mapping that
/// was opened as a keyed container, to find the keys nobody asked for.
final class DecodingSession {
  let file: String
  private var keyedDecoders: [NodeDecoder] = []

  init(file: String) { self.file = file }

  func register(_ decoder: NodeDecoder) { keyedDecoders.append(decoder) }

  /// Keys never asked for. A mapping decoded twice (a type that tries one shape, then another) is one mapping:
  /// a key counts as known if any attempt asked for it.
  func unknownFields() -> [UnknownField] {
    guard keyedDecoders.contains(where: { $0.hasUnusedKeys }) else { return [] }
    var usedByPath: [String: Set<String>] = [:]
    for decoder in keyedDecoders {
      usedByPath[decoder.pathString, default: []].formUnion(decoder.usedKeys)
    }
    var seen: Set<String> = []
    var fields: [(field: UnknownField, column: Int)] = []
    for decoder in keyedDecoders where decoder.hasUnusedKeys {
      let path = decoder.pathString
      let used = usedByPath[path] ?? []
      for entry in decoder.unusedEntries where !used.contains(entry.key) {
        let fieldPath = FieldPath.appending(.key(entry.key), to: path)
        guard seen.insert(fieldPath).inserted else { continue }
        fields.append((UnknownField(path: fieldPath, line: entry.keyLine), entry.keyColumn))
      }
    }
    fields.sort { ($0.field.line, $0.column, $0.field.path) < ($1.field.line, $1.column, $1.field.path) }
    return fields.map(\.field)
  }
}
