import KubeModel

/// `label` and `annotate`: add, overwrite (`--overwrite`) or remove (`key-`) labels or annotations.
struct MetadataEdit: Sendable {
  enum Field: Sendable {
    case labels
    case annotations
  }

  var field: Field
  var resources: ResourceArguments
  var set: [(String, String)] = []
  var remove: [String] = []
  var namespace: String
  var allNamespaces: Bool
  var selector: Selector?
  var all: Bool
  var overwrite: Bool

  init(_ field: Field, _ arguments: CommandArguments, context: ParseContext, verb: String) throws(CommandError) {
    self.field = field
    let changes = arguments.positionals.filter { $0.contains("=") || ($0.hasSuffix("-") && !$0.contains("/")) }
    let objects = arguments.positionals.filter { word in !changes.contains(word) }
    guard !changes.isEmpty else {
      throw CommandError("at least one \(field == .labels ? "label" : "annotation") update is required")
    }
    resources = try ResourceArguments(objects, verb: verb)
    for change in changes {
      if change.hasSuffix("-") && !change.contains("=") {
        remove.append(String(change.dropLast()))
        continue
      }
      let parts = change.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = String(parts[0])
      let value = parts.count > 1 ? String(parts[1]) : ""
      if field == .labels {
        let problems = LabelValidation.validateKey(key) + LabelValidation.validateValue(value)
        if let problem = problems.first {
          throw CommandError("invalid label spec: \(change), \(problem)")
        }
      }
      set.append((key, value))
    }
    namespace = context.namespace(arguments)
    allNamespaces = arguments.isSet(.allNamespaces)
    selector = try SelectorArgument.parse(arguments)
    all = arguments.isSet(.all)
    overwrite = arguments.isSet(.overwrite)
    if !resources.requests.contains(where: { $0.names != nil }) && selector == nil && !all {
      throw CommandError("resource(s) were provided, but no name was specified")
    }
  }

  func run(in simulation: inout Simulation) -> CommandResult {
    var result = CommandResult()
    let past = field == .labels ? "labeled" : "annotated"
    for request in resources.requests {
      let handler = Resources.handler(for: request.resource)
      let keys: [ObjectKey]
      if let names = request.names {
        keys = names.map { ObjectKey(namespace: request.resource.isNamespaced ? namespace : "", name: $0) }
      } else {
        keys = handler.keys(
          in: simulation.cluster, namespace: request.resource.isNamespaced && !allNamespaces ? namespace : nil,
          selector: selector)
      }
      for key in keys {
        do {
          let changed = try handler.updateMetadata(key, in: &simulation.cluster) { metadata throws(CommandError) in
            var values = field == .labels ? metadata.labels : metadata.annotations
            for (name, value) in set {
              if let existing = values[name], existing != value, !overwrite {
                throw CommandError("'\(name)' already has a value (\(existing)), and --overwrite is false")
              }
              values[name] = value
            }
            for name in remove { values[name] = nil }
            if field == .labels { metadata.labels = values } else { metadata.annotations = values }
          }
          result.line("\(ObjectOutput.name(request.resource, key.name)) \(changed ? past : "not \(past)")")
        } catch {
          result.errors.append(error.description)
        }
      }
    }
    return result
  }
}

public struct LabelVerb: Verb {
  public static let name = "label"
  public static let usage = ["label TYPE NAME KEY=VALUE... [KEY-]... [--overwrite] [-l SELECTOR | --all]"]
  public static let summary = "Update the labels on a resource"
  public static let flags: [FlagSpec] = [.namespace, .allNamespaces, .selector, .all, .overwrite]
  var edit: MetadataEdit

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    edit = try MetadataEdit(.labels, arguments, context: context, verb: "label")
  }

  public func run(in simulation: inout Simulation) -> CommandResult { edit.run(in: &simulation) }
}

public struct AnnotateVerb: Verb {
  public static let name = "annotate"
  public static let usage = ["annotate TYPE NAME KEY=VALUE... [KEY-]... [--overwrite] [-l SELECTOR | --all]"]
  public static let summary = "Update the annotations on a resource"
  public static let flags: [FlagSpec] = [.namespace, .allNamespaces, .selector, .all, .overwrite]
  var edit: MetadataEdit

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    edit = try MetadataEdit(.annotations, arguments, context: context, verb: "annotate")
  }

  public func run(in simulation: inout Simulation) -> CommandResult { edit.run(in: &simulation) }
}
