import KubeModel

/// `describe`: kubectl's detailed page for objects, with their events.
public struct DescribeVerb: Verb {
  public static let name = "describe"
  public static let usage = ["describe TYPE [NAME_PREFIX] [-n NS | -A] [-l SELECTOR]", "describe TYPE/NAME"]
  public static let summary = "Show details of a specific resource or group of resources"
  public static let flags: [FlagSpec] = [.namespace, .allNamespaces, .selector]

  var resources: ResourceArguments
  var namespace: String
  var allNamespaces: Bool
  var selector: Selector?

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    resources = try ResourceArguments(arguments.positionals, verb: "describe")
    namespace = context.namespace(arguments)
    allNamespaces = arguments.isSet(.allNamespaces)
    selector = try SelectorArgument.parse(arguments)
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let cluster = simulation.cluster
    var result = CommandResult()
    var pages: [String] = []
    for request in resources.requests {
      let handler = Resources.handler(for: request.resource)
      let scope = request.resource.isNamespaced && !allNamespaces ? namespace : nil
      let all = handler.keys(in: cluster, namespace: scope, selector: selector)
      guard let names = request.names else {
        pages += all.compactMap { handler.describe($0, in: cluster) }
        continue
      }
      for name in names {
        let key = ObjectKey(namespace: request.resource.isNamespaced ? namespace : "", name: name)
        if let page = handler.describe(key, in: cluster) {
          pages.append(page)
          continue
        }
        // Like kubectl, a name that matches nothing exactly describes every object it is a prefix of.
        let matching = all.filter { $0.name.hasPrefix(name) }
        if matching.isEmpty {
          result.errors.append(APIError.notFound(request.resource, name).description)
        } else {
          pages += matching.compactMap { handler.describe($0, in: cluster) }
        }
      }
    }
    result.output = pages.joined(separator: "\n\n")
    if pages.isEmpty && result.errors.isEmpty {
      let everyNamespaced = resources.requests.allSatisfy { $0.resource.isNamespaced }
      result.notices.append(
        everyNamespaced && !allNamespaces ? "No resources found in \(namespace) namespace." : "No resources found")
    }
    return result
  }
}
