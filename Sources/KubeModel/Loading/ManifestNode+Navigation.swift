extension ManifestNode {
  /// A node built from a JSON tree (line 0), so objects can be decoded from JSON with the manifest decoder's rules.
  public init(json: JSONValue) {
    switch json {
    case .null: self.init(.scalar(ManifestScalar(text: "null", style: .plain)), line: 0, column: 0)
    case .bool(let flag):
      self.init(.scalar(ManifestScalar(text: flag ? "true" : "false", style: .plain)), line: 0, column: 0)
    case .int(let number): self.init(.scalar(ManifestScalar(text: String(number), style: .plain)), line: 0, column: 0)
    case .double(let number):
      self.init(.scalar(ManifestScalar(text: GoFloatFormatting.json(number), style: .plain)), line: 0, column: 0)
    case .string(let text): self.init(.scalar(ManifestScalar(text: text, style: .doubleQuoted)), line: 0, column: 0)
    case .array(let items): self.init(.sequence(items.map { ManifestNode(json: $0) }), line: 0, column: 0)
    case .object(let members):
      let entries = members.keys.sorted().map { key in
        ManifestEntry(key: key, keyLine: 0, keyColumn: 0, value: ManifestNode(json: members[key]!))
      }
      self.init(.mapping(entries), line: 0, column: 0)
    }
  }

  /// An empty mapping, standing in for a missing section.
  public static func emptyMapping(line: Int) -> ManifestNode { ManifestNode(.mapping([]), line: line, column: 1) }

  /// The value under `key` when this is a mapping.
  public func member(_ key: String) -> ManifestNode? { self[key] }

  /// The line of a field path as validation names fields (`spec.template.spec.containers[0].image`,
  /// `spec.hard[cpu]`), or of the deepest part of it written in the manifest.
  public func line(ofFieldPath path: String) -> Int? {
    var node = self
    var line: Int? = nil
    for step in FieldPathSteps.parse(path) {
      switch step {
      case .key(let key):
        guard let entry = node.entries?.first(where: { $0.key == key }) else { return line }
        line = entry.keyLine
        node = entry.value
      case .index(let index):
        guard let items = node.items, index < items.count else { return line }
        node = items[index]
        line = node.line
      }
    }
    return line
  }
}

/// The steps of a field path: `.name` for mapping keys, `[3]` for list items, `[key]` for map keys.
enum FieldPathSteps {
  enum Step: Equatable {
    case key(String)
    case index(Int)
  }

  static func parse(_ path: String) -> [Step] {
    var steps: [Step] = []
    var current = ""
    var iterator = path.makeIterator()
    while let character = iterator.next() {
      switch character {
      case ".":
        if !current.isEmpty { steps.append(.key(current)) }
        current = ""
      case "[":
        if !current.isEmpty { steps.append(.key(current)) }
        current = ""
        var inside = ""
        while let next = iterator.next(), next != "]" { inside.append(next) }
        steps.append(Int(inside).map { .index($0) } ?? .key(inside))
      default:
        current.append(character)
      }
    }
    if !current.isEmpty { steps.append(.key(current)) }
    return steps
  }
}

extension JSONWriter {
  /// Compact JSON (`json.Marshal`), as kubectl records `last-applied-configuration`.
  public static func compact(_ value: JSONValue) -> String {
    var output: [UInt8] = []
    writeCompact(value, into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  private static func writeCompact(_ value: JSONValue, into output: inout [UInt8]) {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .int(let number): output.append(contentsOf: String(number).utf8)
    case .double(let number): output.append(contentsOf: GoFloatFormatting.json(number).utf8)
    case .string(let text): appendString(text, to: &output)
    case .array(let items):
      output.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        writeCompact(item, into: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for (index, key) in keys.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        appendString(key, to: &output)
        output.append(UInt8(ascii: ":"))
        writeCompact(members[key]!, into: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }
}

/// Reading JSON text into a tree.
public enum JSONReading {
  public static func parse(_ text: String) -> JSONValue? {
    guard let document = try? ManifestReader.documents(in: text, file: "json").first else { return nil }
    return ManifestDecoder().decodeValue(from: document.node)
  }
}
