/// Turns manifest text into typed API objects, as `kubectl apply` reads files: variable substitution, YAML or JSON
/// documents (`List`s flattened), the kind and version resolved, fields decoded strictly. Problems are reported
/// per document with file and line; every good document still loads.
public enum ManifestLoader {
  /// Loads a file's raw contents: binary files, UTF-16 and invalid UTF-8 get one sentence with the line of the
  /// first bad byte instead of a parser error.
  public static func load(
    contents: [UInt8], file: String, variables: (String) -> String?, environment: (String) -> String? = { _ in nil }
  ) -> ManifestLoad {
    do {
      try TextValidation.check(contents, file: file)
    } catch {
      var load = ManifestLoad()
      load.errors.append(LoadIssue(file: file, line: error.line, message: error.message))
      return load
    }
    return load(
      text: String(decoding: contents, as: UTF8.self), file: file, variables: variables, environment: environment)
  }

  public static func load(
    text: String, file: String, variables: (String) -> String?, environment: (String) -> String? = { _ in nil }
  ) -> ManifestLoad {
    var load = ManifestLoad()
    let substituted: String
    do {
      substituted = try EnvSubst.substitute(text, file: file, variables: variables, environment: environment)
    } catch {
      load.errors.append(LoadIssue(file: file, line: error.line, message: error.message))
      return load
    }
    let documents: [ManifestDocument]
    do {
      documents = try ManifestReader.documents(in: substituted, file: file)
    } catch {
      load.errors.append(
        LoadIssue(
          file: file, line: error.line, message: error.fieldPath.map { "\($0): \(error.message)" } ?? error.message))
      return load
    }
    if documents.isEmpty {
      // kubectl refuses a lone empty file ("no objects passed to apply"); in a folder it is likely a mistake.
      load.warnings.append(LoadIssue(file: file, line: nil, message: "the file contains no objects"))
    }
    for document in documents {
      switch KindDecoding.decode(document) {
      case .success(let decoded):
        load.objects.append(decoded.object)
        load.warnings += decoded.warnings
      case .failure(let issue):
        load.errors.append(issue)
      }
    }
    return load
  }
}

/// What loading produced: the objects, and the warnings and errors met on the way.
public struct ManifestLoad: Sendable {
  public var objects: [LoadedObject] = []
  public var warnings: [LoadIssue] = []
  public var errors: [LoadIssue] = []

  public init() {}

  public mutating func append(_ other: ManifestLoad) {
    objects += other.objects
    warnings += other.warnings
    errors += other.errors
  }
}

/// A warning or error about a manifest, located by file and line: `web.yaml:12: unknown field "spec.replica"`.
public struct LoadIssue: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var message: String

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`; a problem with no file of its own (a path that does not exist) is the message alone.
  public var description: String {
    if file.isEmpty { return message }
    return (line.map { "\(file):\($0): " } ?? "\(file): ") + message
  }
}

/// One object read from a manifest, with where it was written.
public struct LoadedObject: Sendable {
  public enum Content: Sendable {
    case typed(any APIObject)
    /// A kind the simulation keeps as written.
    case unstructured(UnstructuredObject)
  }

  public var content: Content
  public var resource: ResourceKind
  public var file: String
  public var line: Int
  /// The document as written, for locating fields named by later validation errors.
  public var node: ManifestNode
  /// The document as JSON, after substitution and version conversion: what `last-applied-configuration` records.
  public var applied: JSONValue

  public var name: String {
    switch content {
    case .typed(let object): return object.metadata.name
    case .unstructured(let object): return object.metadata.name
    }
  }

  public var namespace: String {
    switch content {
    case .typed(let object): return object.metadata.namespace
    case .unstructured(let object): return object.metadata.namespace
    }
  }

  /// The line of a field path such as `spec.template.spec.containers[0].image`, or of the nearest enclosing field
  /// written in the manifest, so errors point at the line to fix.
  public func line(of fieldPath: String) -> Int {
    node.line(ofFieldPath: fieldPath) ?? line
  }
}
