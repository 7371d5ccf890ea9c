import KubeModel

/// `delete`: removes objects by name, by label, or as listed in manifests.
public struct DeleteVerb: Verb {
  public static let name = "delete"
  public static let usage = [
    "delete TYPE NAME... | TYPE/NAME... [-n NS] [--grace-period=N] [--force] [--cascade=background|foreground|orphan]",
    "delete TYPE -l SELECTOR | --all", "delete -f FILE",
  ]
  public static let summary = "Delete resources by file names, resources and names, or by resources and label selector"
  static let gracePeriod = FlagSpec("grace-period", help: "seconds to let pods stop (0 with --force: at once)")
  static let force = FlagSpec("force", value: false, help: "remove at once without waiting")
  static let now = FlagSpec("now", value: false, help: "a one-second grace period")
  static let cascade = FlagSpec("cascade", help: "background, foreground or orphan")
  static let ignoreNotFound = FlagSpec("ignore-not-found", value: false, help: "no error for missing objects")
  static let wait = FlagSpec("wait", value: false, help: "accepted for compatibility")
  public static let flags: [FlagSpec] = [
    .namespace, .allNamespaces, .selector, .filename, .recursive, .all, gracePeriod, force, now, cascade,
    ignoreNotFound, wait,
  ]

  var resources: ResourceArguments?
  var files: [String]
  var recursive: Bool
  var namespace: String
  var allNamespaces: Bool
  var selector: Selector?
  var all: Bool
  var options = DeleteOptions()
  var ignoreNotFound: Bool

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    files = arguments.values(.filename)
    recursive = arguments.isSet(.recursive)
    namespace = context.namespace(arguments)
    allNamespaces = arguments.isSet(.allNamespaces)
    selector = try SelectorArgument.parse(arguments)
    all = arguments.isSet(.all)
    ignoreNotFound = arguments.isSet(Self.ignoreNotFound)
    if files.isEmpty {
      resources = try ResourceArguments(arguments.positionals, verb: "delete")
      let namesGiven = resources!.requests.contains { $0.names != nil }
      if !namesGiven && selector == nil && !all {
        throw CommandError(
          "resource(s) were provided, but no name was specified, label selector or --all flag specified")
      }
      if namesGiven && (selector != nil || all) {
        throw CommandError("name cannot be provided when a selector is specified")
      }
    } else if !arguments.positionals.isEmpty {
      throw CommandError("resource(s) were provided, but no name was specified")
    }
    switch arguments.value(Self.cascade) ?? "background" {
    case "background", "true": options.propagation = .background
    case "foreground": options.propagation = .foreground
    case "orphan", "false": options.propagation = .orphan
    case let other:
      throw CommandError(
        "invalid cascade value (\(other)). Must be \"background\", \"foreground\", or \"orphan\"")
    }
    options.gracePeriodSeconds = try arguments.int(Self.gracePeriod)
    if arguments.isSet(Self.now) { options.gracePeriodSeconds = 1 }
    if arguments.isSet(Self.force) && options.gracePeriodSeconds == nil { options.gracePeriodSeconds = 0 }
    if options.gracePeriodSeconds == 0 && !arguments.isSet(Self.force) {
      options.gracePeriodSeconds = 1
    }
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    var result = CommandResult()
    var targets: [(ResourceKind, ObjectKey)] = []
    if !files.isEmpty {
      let loaded = simulation.loadManifests(files, recursive: recursive, namespace: namespace)
      result.append(loaded.result)
      targets = loaded.objects.map { object in
        (object.resource, ObjectKey(namespace: object.resource.isNamespaced ? object.namespace : "", name: object.name))
      }
    } else if let resources {
      for request in resources.requests {
        let handler = Resources.handler(for: request.resource)
        if let names = request.names {
          targets += names.map {
            (request.resource, ObjectKey(namespace: request.resource.isNamespaced ? namespace : "", name: $0))
          }
        } else {
          let scope = request.resource.isNamespaced && !allNamespaces ? namespace : nil
          targets += handler.keys(in: simulation.cluster, namespace: scope, selector: selector).map {
            (request.resource, $0)
          }
        }
      }
      if targets.isEmpty {
        result.output += "No resources found\n"
        return result
      }
    }
    for (resource, key) in targets {
      let handler = Resources.handler(for: resource)
      do {
        try handler.delete(key, in: &simulation.cluster, options: options)
        let scope = resource.isNamespaced ? " from \(key.namespace) namespace" : ""
        result.line("\(resource.qualifiedSingular) \"\(key.name)\" deleted\(scope)")
      } catch {
        if error.reason == .notFound && ignoreNotFound { continue }
        result.errors.append(error.description)
      }
    }
    return result
  }
}
