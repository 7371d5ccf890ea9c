import KubeModel

/// `curl URL [--from NAMESPACE]` (simulator): an HTTP request made from a client pod in the namespace (address
/// 10.244.0.250), showing which pod answered — through a Service name or cluster IP, a node's address and node
/// port, a load balancer's address, or an Ingress host and path — or the error curl would print.
public struct CurlVerb: Verb {
  /// Only reads.
  public var isAtomic: Bool { false }

  public static let name = "curl"
  public static let usage = [
    "curl URL [--from NAMESPACE] [-H 'Host: NAME'] [-k] [-L] [-i] [-m SECONDS]",
    "curl http://web, curl web.shop:8080/api, curl http://172.18.0.3:31045, curl http://shop.example.com/cart",
  ]
  public static let summary = "Send an HTTP request from a pod and show which pod answered (simulator)"
  static let from = FlagSpec("from", help: "the namespace of the client pod (default: the current namespace)")
  public static let flags: [FlagSpec] = CurlTool.toolFlags + [from]

  var arguments: CommandArguments
  var url: String?
  var namespace: String
  var filter: OutputFilter?

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    self.arguments = arguments
    let (words, filter) = try OutputFilter.split(arguments.positionals).get()
    guard words.count <= 1 else { throw CommandError("curl takes one URL") }
    url = words.first
    self.filter = filter
    namespace = arguments.value(Self.from) ?? context.currentNamespace
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let client = SimulatedHTTP.Client(namespace: namespace, address: SimulatedHTTP.promptClientAddress)
    let result = CurlTool.run(arguments, url: url, client: client, in: &simulation.cluster).commandResult
    return filter.map { $0.apply(to: result) } ?? result
  }
}
