import KubeModel

/// `describe`: kubectl's detailed page for objects, with their events (kubectl 1.36 `pkg/cmd/describe`).
///
/// As `DescribeOptions.Run`: the first page is printed as is and every further one after two newlines; events are
/// shown when exactly one object is found and nothing failed, unless `--show-events` says otherwise. When
/// `TYPE NAME` names nothing, every object of the type whose name starts with NAME is described instead
/// (`DescribeMatchingResources`), each page followed by a newline.
public struct DescribeVerb: Verb {
  /// Only reads: kubectl prints what it found beside what it did not.
  public var isAtomic: Bool { false }

  public static let name = "describe"
  public static let usage = [
    "describe TYPE [NAME_PREFIX] [-n NS | -A] [-l SELECTOR] [--show-events=BOOL]", "describe TYPE/NAME",
  ]
  public static let summary = "Show details of a specific resource or group of resources"
  static let showEventsFlag = FlagSpec(
    "show-events", value: false, help: "show events (default: only when one object is described)")
  public static let flags: [FlagSpec] = [.namespace, .allNamespaces, .selector, showEventsFlag]

  var positionals: [String]
  var resources: ResourceArguments
  var namespace: String
  var allNamespaces: Bool
  var selector: Selector?
  /// `--show-events` when given explicitly.
  var showEvents: Bool?

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    positionals = arguments.positionals
    resources = try ResourceArguments(arguments.positionals, verb: "describe")
    namespace = context.namespace(arguments)
    allNamespaces = arguments.isSet(.allNamespaces)
    selector = try SelectorArgument.parse(arguments)
    showEvents = arguments.has(Self.showEventsFlag) ? arguments.isSet(Self.showEventsFlag) : nil
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let cluster = simulation.cluster
    var result = CommandResult()
    var found: [(resource: ResourceKind, key: ObjectKey)] = []
    var notFound: [String] = []
    for request in resources.requests {
      let handler = Resources.handler(for: request.resource)
      guard let names = request.names else {
        let scope = request.resource.isNamespaced && !allNamespaces ? namespace : nil
        found += handler.keys(in: cluster, namespace: scope, selector: selector).map { (request.resource, $0) }
        continue
      }
      for name in names {
        let key = ObjectKey(namespace: request.resource.isNamespaced ? namespace : "", name: name)
        if handler.metadata(of: key, in: cluster) != nil {
          found.append((request.resource, key))
        } else {
          notFound.append(APIError.notFound(request.resource, name).description)
        }
      }
    }
    let settings = DescriberSettings(showEvents: showEvents ?? (notFound.isEmpty && found.count <= 1))
    if notFound.count == 1 && positionals.count == 2 {
      return describeMatching(in: cluster, originalError: notFound[0], settings: settings)
    }
    let pages = found.compactMap { Describers.describe($0.resource, $0.key, in: cluster, settings: settings) }
    result.output = pages.joined(separator: "\n\n")
    result.errors = notFound
    if found.isEmpty && notFound.isEmpty {
      result.notices.append(allNamespaces ? "No resources found" : "No resources found in \(namespace) namespace.")
    }
    return result
  }

  /// `DescribeMatchingResources` for `describe TYPE NAME` when NAME is not found: the objects of TYPE in the
  /// namespace whose names start with NAME, or the original error when there are none.
  private func describeMatching(
    in cluster: ClusterState, originalError: String, settings: DescriberSettings
  )
    -> CommandResult
  {
    // With `TYPE/NAME TYPE/NAME` the first argument names one object, and no name can start with the second.
    guard !positionals[0].contains("/"), let request = resources.requests.first else {
      return CommandResult(error: originalError)
    }
    let handler = Resources.handler(for: request.resource)
    let scope = request.resource.isNamespaced ? namespace : nil
    let matching = handler.keys(in: cluster, namespace: scope, selector: nil).filter {
      $0.name.hasPrefix(positionals[1])
    }
    guard !matching.isEmpty else { return CommandResult(error: originalError) }
    let pages = matching.compactMap { Describers.describe(request.resource, $0, in: cluster, settings: settings) }
    return CommandResult(output: pages.map { $0 + "\n" }.joined())
  }
}
