import KubeModel

/// `set image`: changes container images in a workload's pod template (or a pod), starting a rollout.
public struct SetVerb: Verb {
  public static let name = "set"
  public static let usage = [
    "set image TYPE/NAME CONTAINER=IMAGE... [--record]", "set image TYPE NAME CONTAINER=IMAGE...",
  ]
  public static let summary = "Set specific features on objects (image)"
  static let record = FlagSpec("record", value: false, help: "record the command as the change cause")
  public static let flags: [FlagSpec] = [.namespace, .selector, .all, record]

  var resources: ResourceArguments
  var images: [(container: String, image: String)]
  var namespace: String
  var changeCause: String?

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    var words = arguments.positionals
    guard words.first == "image" else {
      throw CommandError(
        words.isEmpty ? "a subcommand is required: set image" : "unknown command \"\(words[0])\" for \"kubectl set\"")
    }
    words.removeFirst()
    let assignments = words.filter { $0.contains("=") }
    guard !assignments.isEmpty else { throw CommandError("at least one image update is required") }
    images = assignments.map { assignment in
      let parts = assignment.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }
    if let empty = images.first(where: { $0.container.isEmpty }) {
      throw CommandError("invalid image update \"=\(empty.image)\": a container name is required")
    }
    if let empty = images.first(where: { $0.image.isEmpty }) {
      throw CommandError("invalid image update \"\(empty.container)=\": an image is required")
    }
    resources = try ResourceArguments(words.filter { !$0.contains("=") }, verb: "set image")
    namespace = context.namespace(arguments)
    if arguments.isSet(Self.record) {
      changeCause = "kubectl set image " + arguments.positionals.dropFirst().joined(separator: " ") + " --record=true"
    }
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    var result = CommandResult()
    for request in resources.requests {
      for name in request.names ?? [] {
        let key = ObjectKey(namespace: namespace, name: name)
        do {
          if try setImages(request.resource, key, in: &simulation.cluster) {
            result.line("\(ObjectOutput.name(request.resource, name)) image updated")
          }
        } catch {
          result.errors.append(error.description)
        }
      }
    }
    return result
  }

  /// Returns whether anything changed; kubectl prints nothing when the images were already set.
  private func setImages(
    _ resource: ResourceKind, _ key: ObjectKey, in cluster: inout ClusterState
  ) throws(CommandError)
    -> Bool
  {
    switch resource.kind {
    case "Deployment": return try update(Deployment.self, key, \.spec.template.spec, in: &cluster)
    case "ReplicaSet": return try update(ReplicaSet.self, key, \.spec.template.spec, in: &cluster)
    case "DaemonSet": return try update(DaemonSet.self, key, \.spec.template.spec, in: &cluster)
    case "StatefulSet": return try update(StatefulSet.self, key, \.spec.template.spec, in: &cluster)
    case "Job": return try update(Job.self, key, \.spec.template.spec, in: &cluster)
    case "CronJob": return try update(CronJob.self, key, \.spec.jobTemplate.spec.template.spec, in: &cluster)
    case "Pod": return try update(Pod.self, key, \.spec, in: &cluster)
    default:
      // kubectl's words, naming the Go type it found (`*v1.Service`).
      throw CommandError(
        "\(resource.qualifiedPlural)/\(key.name) the object is not a pod or does not have a pod template: "
          + "*\(resource.version).\(resource.kind)")
    }
  }

  private func update<Object: StoredObject>(
    _ type: Object.Type, _ key: ObjectKey, _ path: WritableKeyPath<Object, PodSpec>, in cluster: inout ClusterState
  ) throws(CommandError) -> Bool {
    guard var object = cluster.store[keyPath: Object.table][key] else {
      throw CommandError(APIError.notFound(Object.resource, key.name).description)
    }
    var spec = object[keyPath: path]
    for (container, image) in images {
      var found = false
      for index in spec.containers.indices where container == "*" || spec.containers[index].name == container {
        spec.containers[index].image = image
        found = true
      }
      for index in spec.initContainers.indices where container == "*" || spec.initContainers[index].name == container {
        spec.initContainers[index].image = image
        found = true
      }
      if !found { throw CommandError("unable to find container named \"\(container)\"") }
    }
    guard spec != object[keyPath: path] else { return false }
    object[keyPath: path] = spec
    if let changeCause { object.metadata.annotations["kubernetes.io/change-cause"] = changeCause }
    do {
      try cluster.update(object)
    } catch {
      throw CommandError(error.description)
    }
    return true
  }
}
