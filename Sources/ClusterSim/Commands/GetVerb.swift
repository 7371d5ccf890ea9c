import KubeModel

/// `get`: lists objects as kubectl's tables, or prints them as YAML, JSON or names.
public struct GetVerb: Verb {
  /// Only reads: kubectl prints what it found beside what it did not.
  public var isAtomic: Bool { false }

  public static let name = "get"
  public static let usage = [
    "get TYPE[,TYPE...] [NAME...] [-n NS | -A] [-l SELECTOR] [-o wide|yaml|json|name] [--show-labels]",
    "get TYPE/NAME...",
  ]
  public static let summary = "Display one or many resources"
  static let showLabels = FlagSpec("show-labels", value: false, help: "add a LABELS column")
  static let noHeaders = FlagSpec("no-headers", value: false, help: "leave out the header row")
  static let labelColumns = FlagSpec("label-columns", short: "L", help: "a column per label key")
  static let showKind = FlagSpec("show-kind", value: false, help: "print the type with each name")
  public static let flags: [FlagSpec] = [
    .namespace, .allNamespaces, .selector, .output, showLabels, noHeaders, labelColumns, showKind,
  ]

  var resources: ResourceArguments
  var namespace: String
  var allNamespaces: Bool
  var selector: Selector?
  var format: OutputFormat
  var showLabels: Bool
  var headers: Bool
  var labelColumns: [String]
  var showKind: Bool

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    resources = try ResourceArguments(arguments.positionals, verb: "get")
    namespace = context.namespace(arguments)
    allNamespaces = arguments.isSet(.allNamespaces)
    selector = try SelectorArgument.parse(arguments)
    format = try OutputFormat(arguments.value(.output))
    showLabels = arguments.isSet(Self.showLabels)
    headers = !arguments.isSet(Self.noHeaders)
    labelColumns = arguments.values(Self.labelColumns).flatMap { $0.split(separator: ",").map(String.init) }
    showKind = arguments.isSet(Self.showKind)
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let cluster = simulation.cluster
    var result = CommandResult()
    var sections: [String] = []
    var encoded: [JSONValue] = []
    var singleObject = resources.requests.count == 1 && resources.requests[0].names?.count == 1
    for request in resources.requests {
      if request.resource == ResourceRegistry.endpoints {
        // The API server's warning header on every v1 Endpoints request since 1.33.
        result.warnings.append("v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice")
      }
      let handler = Resources.handler(for: request.resource)
      let scope = request.resource.isNamespaced && !allNamespaces ? namespace : nil
      var keys: [ObjectKey]
      if let names = request.names {
        keys = []
        for name in names {
          let key = ObjectKey(namespace: request.resource.isNamespaced ? namespace : "", name: name)
          if let metadata = handler.metadata(of: key, in: cluster) {
            if selector?.matches(metadata.labels) ?? true { keys.append(key) }
          } else {
            result.errors.append(APIError.notFound(request.resource, name).description)
            singleObject = false
          }
        }
      } else {
        keys = handler.keys(in: cluster, namespace: scope, selector: selector)
      }
      switch format {
      case .yaml, .json:
        encoded += keys.compactMap { handler.encoded($0, in: cluster) }
      case .name:
        result.output += keys.map { ObjectOutput.name(request.resource, $0.name) + "\n" }.joined()
      case .table, .wide:
        guard !keys.isEmpty else { continue }
        var table = handler.table(keys, in: cluster, wide: format == .wide)
        decorate(&table, keys: keys, handler: handler, request: request, cluster: cluster)
        sections.append(table.rendered(headers: headers))
      }
    }
    switch format {
    case .yaml where !encoded.isEmpty || result.errors.isEmpty:
      result.output = ObjectOutput.yaml(encoded, singleObject: singleObject)
    case .json where !encoded.isEmpty || result.errors.isEmpty:
      result.output = ObjectOutput.json(encoded, singleObject: singleObject)
    case .table, .wide:
      result.output = sections.joined(separator: headers ? "\n" : "")
      if sections.isEmpty && result.errors.isEmpty {
        let everyNamespaced = resources.requests.allSatisfy { $0.resource.isNamespaced }
        result.notices.append(
          everyNamespaced && !allNamespaces ? "No resources found in \(namespace) namespace." : "No resources found")
      }
    default:
      break
    }
    return result
  }

  /// Adds what kubectl adds around the kind's own columns: NAMESPACE with `-A`, kind-qualified names when several
  /// types are printed, `-L` label columns and `--show-labels`.
  private func decorate(
    _ table: inout Table, keys: [ObjectKey], handler: any ResourceHandler, request: ResourceArguments.Request,
    cluster: ClusterState
  ) {
    let labels = keys.map { handler.metadata(of: $0, in: cluster)?.labels ?? [:] }
    if (resources.isMultipleTypes || showKind), let nameColumn = table.columns.firstIndex(of: "NAME") {
      for index in table.rows.indices {
        table.rows[index][nameColumn] = ObjectOutput.name(request.resource, table.rows[index][nameColumn])
      }
    }
    for key in labelColumns {
      let header = String(key.split(separator: "/").last ?? Substring(key)).uppercased()
      table.append(column: header, values: labels.map { $0[key] ?? "" })
    }
    if showLabels { table.append(column: "LABELS", values: labels.map { Cells.labels($0) }) }
    if allNamespaces && request.resource.isNamespaced {
      table.prepend(column: "NAMESPACE", values: keys.map(\.namespace))
    }
  }
}

/// `-l` parsed as a label selector, with kubectl's error when it is malformed.
enum SelectorArgument {
  static func parse(_ arguments: CommandArguments) throws(CommandError) -> Selector? {
    guard let text = arguments.value(.selector) else { return nil }
    do {
      return try Selector(parsing: text)
    } catch {
      throw CommandError(error.description)
    }
  }
}
