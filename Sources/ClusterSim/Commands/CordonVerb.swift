import KubeModel

/// `cordon` and `uncordon`: mark a node (un)schedulable.
public struct CordonVerb: Verb {
  public static let name = "cordon"
  public static let usage = ["cordon NODE... | -l SELECTOR"]
  public static let summary = "Mark node as unschedulable"
  public static let flags: [FlagSpec] = [.selector]
  var nodes: NodeArguments

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    nodes = try NodeArguments(arguments, verb: Self.name)
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    nodes.setUnschedulable(true, in: &simulation.cluster)
  }
}

public struct UncordonVerb: Verb {
  public static let name = "uncordon"
  public static let usage = ["uncordon NODE... | -l SELECTOR"]
  public static let summary = "Mark node as schedulable"
  public static let flags: [FlagSpec] = [.selector]
  var nodes: NodeArguments

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    nodes = try NodeArguments(arguments, verb: Self.name)
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    nodes.setUnschedulable(false, in: &simulation.cluster)
  }
}

/// Nodes named on the command line, or selected by label.
struct NodeArguments: Sendable {
  var names: [String]
  var selector: Selector?

  init(_ arguments: CommandArguments, verb: String) throws(CommandError) {
    names = []
    for word in arguments.positionals {
      if let (type, name) = try ResourceArguments.typeAndName(word), ["node", "nodes", "no"].contains(type) {
        names.append(name)
      } else {
        names.append(word)
      }
    }
    selector = try SelectorArgument.parse(arguments)
    if names.isEmpty && selector == nil {
      throw CommandError("USAGE: \(verb) NODE [flags]\nSee 'kubectl \(verb) -h' for help and examples")
    }
  }

  func resolve(in cluster: ClusterState) -> (nodes: [String], errors: [String]) {
    if let selector {
      return (cluster.store.nodes.list().filter { selector.matches($0.metadata.labels) }.map(\.metadata.name), [])
    }
    var found: [String] = []
    var errors: [String] = []
    for name in names {
      if cluster.store.nodes["", name] != nil {
        found.append(name)
      } else {
        errors.append(APIError.notFound(ResourceRegistry.node, name).description)
      }
    }
    return (found, errors)
  }

  func setUnschedulable(_ unschedulable: Bool, in cluster: inout ClusterState) -> CommandResult {
    let (nodes, errors) = resolve(in: cluster)
    var result = CommandResult(errors: errors)
    for name in nodes {
      result.line(Self.setUnschedulable(unschedulable, node: name, in: &cluster))
    }
    return result
  }

  /// `node/NAME cordoned`, or `already cordoned`.
  static func setUnschedulable(_ unschedulable: Bool, node name: String, in cluster: inout ClusterState) -> String {
    let word = unschedulable ? "cordoned" : "uncordoned"
    guard var node = cluster.store.nodes["", name] else { return "" }
    if node.spec.unschedulable == unschedulable { return "node/\(name) already \(word)" }
    node.spec.unschedulable = unschedulable
    do {
      try cluster.update(node)
    } catch {
      return error.description
    }
    return "node/\(name) \(word)"
  }
}
