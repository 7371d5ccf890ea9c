import KubeModel

/// `scale`: sets the replica count of a Deployment, ReplicaSet, ReplicationController or StatefulSet.
public struct ScaleVerb: Verb {
  public static let name = "scale"
  public static let usage = [
    "scale TYPE/NAME --replicas=COUNT [--current-replicas=COUNT]", "scale TYPE NAME --replicas=COUNT",
  ]
  public static let summary = "Set a new size for a deployment, replica set, replication controller, or stateful set"
  static let replicas = FlagSpec("replicas", help: "the new number of replicas")
  static let currentReplicas = FlagSpec("current-replicas", help: "only scale if the count is currently this")
  public static let flags: [FlagSpec] = [.namespace, .selector, .all, replicas, currentReplicas]

  var resources: ResourceArguments
  var namespace: String
  var replicas: Int
  var currentReplicas: Int?
  var selector: Selector?
  var all: Bool

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    guard let replicas = try arguments.int(Self.replicas), replicas >= 0 else {
      throw CommandError("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0")
    }
    self.replicas = replicas
    currentReplicas = try arguments.int(Self.currentReplicas)
    resources = try ResourceArguments(arguments.positionals, verb: "scale")
    namespace = context.namespace(arguments)
    selector = try SelectorArgument.parse(arguments)
    all = arguments.isSet(.all)
    if !resources.requests.contains(where: { $0.names != nil }) && selector == nil && !all {
      throw CommandError("resource(s) were provided, but no name was specified")
    }
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    var result = CommandResult()
    for request in resources.requests {
      let keys =
        request.names?.map { ObjectKey(namespace: namespace, name: $0) }
        ?? Resources.handler(for: request.resource).keys(
          in: simulation.cluster, namespace: namespace, selector: selector)
      for key in keys {
        do {
          try scale(request.resource, key, in: &simulation.cluster)
          result.line("\(ObjectOutput.name(request.resource, key.name)) scaled")
        } catch {
          result.errors.append(error.description)
        }
      }
    }
    return result
  }

  private func scale(_ resource: ResourceKind, _ key: ObjectKey, in cluster: inout ClusterState) throws(CommandError) {
    switch resource.kind {
    case "Deployment": try update(Deployment.self, key, \.spec.replicas, in: &cluster)
    case "ReplicaSet": try update(ReplicaSet.self, key, \.spec.replicas, in: &cluster)
    case "ReplicationController": try update(ReplicationController.self, key, \.spec.replicas, in: &cluster)
    case "StatefulSet": try update(StatefulSet.self, key, \.spec.replicas, in: &cluster)
    default:
      throw CommandError("Error from server (NotFound): the server could not find the requested resource")
    }
  }

  private func update<Object: StoredObject>(
    _ type: Object.Type, _ key: ObjectKey, _ field: WritableKeyPath<Object, Int?>, in cluster: inout ClusterState
  ) throws(CommandError) {
    guard var object = cluster.store[keyPath: Object.table][key] else {
      throw CommandError(APIError.notFound(Object.resource, key.name).description)
    }
    if let currentReplicas, (object[keyPath: field] ?? 1) != currentReplicas {
      throw CommandError("Expected replicas to be \(currentReplicas), was \(object[keyPath: field] ?? 1)")
    }
    object[keyPath: field] = replicas
    do {
      try cluster.update(object)
    } catch {
      throw CommandError(error.description)
    }
  }
}
