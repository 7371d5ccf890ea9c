import CYaml

/// Builds ``ManifestNode`` trees from libyaml events: one tree per document, with aliases resolved, merge keys
/// (`<<`) applied, keys turned into JSON keys and duplicate keys rejected.
///
/// Iterative rather than recursive, so input nesting cannot overflow the stack; nesting deeper than
/// ``maximumDepth`` is rejected because every later stage (decoding, printing) recurses.
struct ManifestComposer {
  /// Far beyond any real manifest (a CRD schema nests about 40 levels).
  static let maximumDepth = 200
  /// Alias expansion may add at most this many nodes per document on top of those written out, which stops
  /// "billion laughs" documents without limiting ordinary anchors.
  static let maximumAliasExpansion = 1_000_000

  /// A document's root node, or nil for an empty document (only comments, or `---` alone).
  struct Document {
    var root: ManifestNode?
  }

  let file: String
  let isJSON: Bool

  func documents(in bytes: UnsafeBufferPointer<UInt8>) -> Result<[Document], ManifestError> {
    let stream = LibYAMLEventStream(bytes: bytes)
    var run = ComposerRun(stream: stream, file: file)
    do {
      return .success(try run.readStream())
    } catch {
      switch error {
      case .syntax(let problem):
        return .failure(YAMLSyntaxMessages.error(for: problem, file: file, bytes: bytes, isJSON: isJSON))
      case .semantic(let error):
        return .failure(error)
      }
    }
  }
}

enum ComposerFailure: Error {
  case syntax(LibYAMLProblem)
  case semantic(ManifestError)
}

/// The mutable state of one composition.
private struct ComposerRun {
  let stream: LibYAMLEventStream
  let file: String
  var anchors: [String: (node: ManifestNode, size: Int)] = [:]
  var stack: [OpenCollection] = []
  var aliasExpansion = 0

  init(stream: LibYAMLEventStream, file: String) {
    self.stream = stream
    self.file = file
  }

  mutating func readStream() throws(ComposerFailure) -> [ManifestComposer.Document] {
    var documents: [ManifestComposer.Document] = []
    while true {
      try advance()
      switch stream.type {
      case YAML_STREAM_END_EVENT:
        return documents
      case YAML_DOCUMENT_START_EVENT:
        if !anchors.isEmpty { anchors.removeAll() }
        aliasExpansion = 0
        try advance()
        let root = try readNode()
        try advance()  // DOCUMENT-END
        if let scalar = root.node.scalar, scalar.style == .plain, scalar.tag == nil, scalar.text.isEmpty {
          documents.append(.init(root: nil))
        } else {
          documents.append(.init(root: root.node))
        }
      default:
        continue  // STREAM-START
      }
    }
  }

  private func advance() throws(ComposerFailure) {
    if let problem = stream.next() { throw .syntax(problem) }
  }

  private func fail(_ message: String, line: Int) -> ComposerFailure {
    .semantic(ManifestError(file: file, line: line, message: message))
  }

  /// Reads the node that starts at the current event, through to its last event.
  private mutating func readNode() throws(ComposerFailure) -> SizedNode {
    let baseDepth = stack.count
    while true {
      var completed: SizedNode?
      // Raw values: comparing the imported C enum directly goes through generic code, slow in debug builds.
      switch stream.type.rawValue {
      case YAML_SCALAR_EVENT.rawValue where stack.count > baseDepth && stack[stack.count - 1].awaitsKey:
        // A key: straight to its JSON text, without building a node.
        let scalar = try scalar()
        if let anchor = stream.anchor {
          anchors[anchor] = (ManifestNode(.scalar(scalar), line: stream.line, column: stream.column), 1)
        }
        try stack[stack.count - 1].setKey(scalar, line: stream.line, column: stream.column, file: file)
      case YAML_SCALAR_EVENT.rawValue:
        let node = ManifestNode(.scalar(try scalar()), line: stream.line, column: stream.column)
        if let anchor = stream.anchor { anchors[anchor] = (node, 1) }
        completed = SizedNode(node: node, size: 1)
      case YAML_ALIAS_EVENT.rawValue:
        completed = try aliasNode()
      case YAML_SEQUENCE_START_EVENT.rawValue, YAML_MAPPING_START_EVENT.rawValue:
        guard stack.count < ManifestComposer.maximumDepth else {
          throw fail("the document nests more than \(ManifestComposer.maximumDepth) levels deep", line: stream.line)
        }
        let isMapping = stream.type.rawValue == YAML_MAPPING_START_EVENT.rawValue
        stack.append(
          OpenCollection(
            isMapping: isMapping, anchor: stream.anchor, line: stream.line, column: stream.column))
      case YAML_SEQUENCE_END_EVENT.rawValue, YAML_MAPPING_END_EVENT.rawValue:
        let collection = stack.removeLast()
        completed = try collection.close(file: file)
        if let anchor = collection.anchor, let node = completed { anchors[anchor] = (node.node, node.size) }
      default:
        throw fail("unexpected YAML event", line: stream.line)
      }
      if let node = completed {
        if stack.count == baseDepth { return node }
        try stack[stack.count - 1].add(node, file: file)
      }
      try advance()
    }
  }

  private func scalar() throws(ComposerFailure) -> ManifestScalar {
    let scalar = ManifestScalar(text: stream.scalarText, style: stream.scalarStyle, tag: stream.scalarTag)
    if let tag = scalar.tag, !ScalarResolver.textFits(scalar.text, tag: tag) {
      throw fail("the value \(quoted(scalar.text)) cannot be read as \(tag)", line: stream.line)
    }
    return scalar
  }

  private mutating func aliasNode() throws(ComposerFailure) -> SizedNode {
    let name = stream.anchor ?? ""
    guard let target = anchors[name] else {
      throw fail("unknown anchor '\(name)' referenced by alias *\(name)", line: stream.line)
    }
    aliasExpansion += target.size
    guard aliasExpansion <= ManifestComposer.maximumAliasExpansion else {
      throw fail("the document expands aliases to more than a million nodes", line: stream.line)
    }
    return SizedNode(node: target.node, size: target.size)
  }
}

/// A finished node with the number of nodes it expands to, for the alias budget.
struct SizedNode {
  var node: ManifestNode
  var size: Int
}

func quoted(_ text: String) -> String {
  var result = "\""
  for character in text.unicodeScalars {
    switch character {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\t": result += "\\t"
    default: result.unicodeScalars.append(character)
    }
  }
  return result + "\""
}
