/// A problem with a manifest: where it is (file, line, field) and what is wrong, worded like the apiserver.
///
/// Reading, decoding and variable substitution all report this one type, so the command line can print every
/// problem the same way: `deploy.yaml:12: spec.replicas: Invalid value: "two": expected an integer`.
public struct ManifestError: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  /// 1-based line, when the problem has a place in the text.
  public var line: Int?
  /// The field in JSON path form (`spec.template.spec.containers[0].image`), when the problem is about a field.
  public var fieldPath: String?
  public var message: String

  public init(file: String, line: Int? = nil, fieldPath: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.fieldPath = fieldPath
    self.message = message
  }

  /// `file:line: field.path: message`, leaving out the parts that are unknown.
  public var description: String {
    var text = file
    if let line { text += text.isEmpty ? "\(line)" : ":\(line)" }
    if let fieldPath, !fieldPath.isEmpty { text += text.isEmpty ? fieldPath : ": \(fieldPath)" }
    return text.isEmpty ? message : "\(text): \(message)"
  }
}
