/// Reads manifest files (YAML with any number of `---` documents, or JSON) into objects, as `kubectl apply -f`
/// does: empty documents are skipped and lists (`kind: List`, `kind: PodList`, ...) are replaced by their items.
public enum ManifestReader {
  /// The objects in `text`, in file order. `file` is only used in error messages and in the documents.
  public static func documents(in text: String, file: String) throws(ManifestError) -> [ManifestDocument] {
    var text = text
    if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { text = String(text.utf8.dropFirst(3))! }
    let isJSON = text.utf8.first { !isWhitespace($0) }.map { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }
    if isJSON == true { text = JSONForYAML.separatingStreamValues(JSONForYAML.escapingCharactersYAMLRejects(text)) }
    let composer = ManifestComposer(file: file, isJSON: isJSON ?? false)
    let composed = try text.withUTF8 { composer.documents(in: $0) }.get()
    var documents: [ManifestDocument] = []
    for document in composed {
      guard let root = document.root, !root.isNull else { continue }
      try appendObjects(in: root, file: file, fieldPath: nil, to: &documents)
    }
    return documents
  }

  /// The objects in a file's raw contents: rejects binary files, UTF-16 and invalid UTF-8 with a clear message
  /// before reading the text.
  public static func documents(inContents bytes: [UInt8], file: String) throws(ManifestError) -> [ManifestDocument] {
    try TextValidation.check(bytes, file: file)
    return try documents(in: String(decoding: bytes, as: UTF8.self), file: file)
  }

  private static func appendObjects(
    in node: ManifestNode, file: String, fieldPath: String?, to documents: inout [ManifestDocument]
  ) throws(ManifestError) {
    guard let entries = node.entries else {
      throw ManifestError(
        file: file, line: node.line, fieldPath: fieldPath,
        message: "expected a Kubernetes object (a mapping with apiVersion and kind), found \(node.kindDescription)")
    }
    let kind = node["kind"]?.stringValue ?? ""
    guard kind.hasSuffix("List"), let items = entries.first(where: { $0.key == "items" })?.value else {
      documents.append(ManifestDocument(file: file, line: node.line, node: node))
      return
    }
    if items.isNull { return }
    guard let elements = items.items else {
      throw ManifestError(
        file: file, line: items.line, fieldPath: join(fieldPath, "items"),
        message: "expected a list, found \(items.kindDescription)")
    }
    for (index, element) in elements.enumerated() {
      try appendObjects(in: element, file: file, fieldPath: join(fieldPath, "items[\(index)]"), to: &documents)
    }
  }

  private static func join(_ path: String?, _ component: String) -> String {
    guard let path else { return component }
    return component.hasPrefix("items[") && path.isEmpty ? component : "\(path).\(component)"
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
  }
}

extension ManifestNode {
  /// "a mapping", "a list", "a string", "a number", "a boolean" or "null", for messages.
  var kindDescription: String {
    switch content {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .scalar(let scalar):
      switch scalar.resolved {
      case .null: return "null"
      case .bool: return "a boolean"
      case .int, .unsignedInt, .float: return "a number"
      case .string: return "a string"
      }
    }
  }
}
