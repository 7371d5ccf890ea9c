import KubeModel

/// `apply -f` and `create -f`: load manifests and create or update their objects, as kubectl does.
public struct ApplyVerb: Verb {
  /// kubectl applies each object of the files on its own: the valid ones are applied beside the refused ones.
  public var isAtomic: Bool { false }

  public static let name = "apply"
  public static let usage = ["apply -f FILE|FOLDER [-R] [-n NS]"]
  public static let summary = "Apply a configuration to a resource by file name"
  public static let flags: [FlagSpec] = [.filename, .recursive, .namespace, .output]

  var files: [String]
  var recursive: Bool
  var namespace: String?
  var context: ParseContext

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    files = arguments.values(.filename)
    guard !files.isEmpty else {
      throw CommandError(
        "must specify one of -f and -k\n\nerror: You must provide one or more resources by argument or filename.")
    }
    guard arguments.positionals.isEmpty else { throw CommandError("Unexpected args: \(arguments.positionals)") }
    recursive = arguments.isSet(.recursive)
    namespace = arguments.value(.namespace)
    self.context = context
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    simulation.applyFiles(files, recursive: recursive, namespace: namespace, mode: .apply)
  }
}

/// `create -f FILE`, and the generators kubectl offers (`create namespace`, `create deployment`, ...).
public struct CreateVerb: Verb {
  public static let name = "create"
  public static let usage = [
    "create -f FILE|FOLDER", "create namespace NAME", "create deployment NAME --image=IMAGE [--replicas=N] [--port=N]",
    "create configmap NAME --from-literal=KEY=VALUE...", "create secret generic NAME --from-literal=KEY=VALUE...",
    "create service (clusterip|nodeport|loadbalancer|externalname) NAME --tcp=PORT[:TARGET]",
    "create job NAME --image=IMAGE [-- COMMAND...]", "create job NAME --from=cronjob/NAME",
  ]
  public static let summary = "Create a resource from a file or from stdin"
  static let image = FlagSpec("image", help: "the container image (repeatable)")
  static let replicas = FlagSpec("replicas", short: "r", help: "the number of replicas")
  static let port = FlagSpec("port", help: "the container port")
  static let fromLiteral = FlagSpec("from-literal", help: "a KEY=VALUE entry (repeatable)")
  static let from = FlagSpec("from", help: "a CronJob to create a Job from: cronjob/NAME")
  public static let flags: [FlagSpec] =
    [
      .filename, .recursive, .namespace, .output, image, replicas, port, fromLiteral, from,
    ] + ServiceGenerator.flags

  var files: [String]
  var recursive: Bool
  var namespace: String
  var explicitNamespace: String?
  var generated: (any APIObject)?
  var job: CreateJobRequest?

  /// `create -f` creates object by object, as `apply -f` does; a generator creates one object.
  public var isAtomic: Bool { files.isEmpty }

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    files = arguments.values(.filename)
    recursive = arguments.isSet(.recursive)
    namespace = context.namespace(arguments)
    explicitNamespace = arguments.value(.namespace)
    if !files.isEmpty { return }
    if arguments.positionals.first == "job" {
      job = try CreateJobRequest(arguments, namespace: namespace)
      return
    }
    generated = try ObjectGenerators.generate(arguments, namespace: namespace)
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    if !files.isEmpty {
      return simulation.applyFiles(files, recursive: recursive, namespace: explicitNamespace, mode: .create)
    }
    if let job { return job.run(in: &simulation) }
    guard let generated else { return CommandResult(error: "error: nothing to create") }
    return simulation.createGenerated(generated)
  }
}
