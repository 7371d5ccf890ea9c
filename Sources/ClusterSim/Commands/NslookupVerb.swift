import KubeModel

/// `nslookup NAME [-n NAMESPACE]` (simulator): asks the cluster's DNS (CoreDNS at 10.96.0.10) as a pod of the
/// namespace would, with its search path, and prints the answer as `nslookup` from the `dnsutils` image does.
public struct NslookupVerb: Verb {
  /// Only reads.
  public var isAtomic: Bool { false }

  public static let name = "nslookup"
  public static let usage = ["nslookup NAME [-n NAMESPACE]", "nslookup web, nslookup web-0.nginx, nslookup 10.96.0.10"]
  public static let summary = "Resolve a name with the cluster's DNS, as a pod would (simulator)"
  public static let flags: [FlagSpec] = [.namespace]

  var words: [String]
  var namespace: String
  var filter: OutputFilter?

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    let (words, filter) = try OutputFilter.split(arguments.positionals).get()
    guard !words.isEmpty, words.count <= 2 else { throw CommandError("usage: nslookup NAME [-n NAMESPACE]") }
    self.words = words
    self.filter = filter
    namespace = context.namespace(arguments)
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let output = NslookupTool.run(words, namespace: namespace, in: &simulation.cluster)
    var result = CommandResult(output: output.stdout)
    if output.exitCode != 0,
      let marker = output.stdout.firstRange(of: "** server can't find")
        ?? output.stdout.firstRange(of: ";; connection timed out")
    {
      result.output = String(output.stdout[..<marker.lowerBound])
      result.errors.append(String(output.stdout[marker.lowerBound...].dropLast(2)))
    }
    return filter.map { $0.apply(to: result) } ?? result
  }
}
