import KubeModel

/// The objects a command names, in kubectl's forms: `TYPE`, `TYPE NAME...`, `TYPE/NAME...`, `TYPE1,TYPE2`, `all`.
public struct ResourceArguments: Sendable {
  public struct Request: Sendable {
    public var resource: ResourceKind
    /// The names given, or nil for every object of the type.
    public var names: [String]?
  }

  public var requests: [Request]

  /// The kinds `get all` lists, in kubectl's order.
  static let allCategory: [ResourceKind] = [
    ResourceRegistry.pod, ResourceRegistry.replicationController, ResourceRegistry.service,
    ResourceRegistry.daemonSet, ResourceRegistry.deployment, ResourceRegistry.replicaSet,
    ResourceRegistry.statefulSet, ResourceRegistry.cronJob, ResourceRegistry.job,
  ]

  public init(_ words: [String], verb: String) throws(CommandError) {
    guard let first = words.first else {
      throw CommandError(
        "You must specify the type of resource to \(verb). Use \"kubectl api-resources\" for a complete list of "
          + "supported resources.\n\nerror: Required resource not specified.")
    }
    if words.contains(where: { $0.contains("/") }) {
      guard words.allSatisfy({ $0.contains("/") }) else {
        throw CommandError(
          "there is no need to specify a resource type as a separate argument when passing arguments in "
            + "resource/name form (e.g. 'kubectl \(verb) resource/<resource_name>' instead of 'kubectl \(verb) "
            + "resource resource/<resource_name>'")
      }
      requests = []
      for word in words {
        let parts = word.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
          throw CommandError("arguments in resource/name form must have a single resource and name")
        }
        let resource = try Self.resolve(String(parts[0]))
        if let index = requests.firstIndex(where: { $0.resource == resource }) {
          requests[index].names?.append(String(parts[1]))
        } else {
          requests.append(Request(resource: resource, names: [String(parts[1])]))
        }
      }
      return
    }
    let names = words.dropFirst().map { String($0) }
    var resources: [ResourceKind] = []
    for part in first.split(separator: ",") {
      if part == "all" {
        resources += Self.allCategory
      } else {
        resources.append(try Self.resolve(String(part)))
      }
    }
    if resources.count > 1 && !names.isEmpty && first.contains(",") {
      throw CommandError("you may only specify a single resource type")
    }
    requests = resources.map { Request(resource: $0, names: names.isEmpty ? nil : names) }
  }

  static func resolve(_ name: String) throws(CommandError) -> ResourceKind {
    guard let resource = ResourceRegistry.resolve(name) else {
      throw CommandError("the server doesn't have a resource type \"\(name)\"")
    }
    return resource
  }

  /// Whether more than one type is involved, so names print as `deployment.apps/web`.
  public var isMultipleTypes: Bool { requests.count > 1 }
}

extension ResourceArguments {
  /// A `TYPE/NAME` word split as kubectl splits it, or nil for a plain name; `/`, `pod/` and `/web` are refused
  /// with kubectl's words rather than read as names.
  static func typeAndName(_ word: String) throws(CommandError) -> (type: String, name: String)? {
    guard word.contains("/") else { return nil }
    let parts = word.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      throw CommandError("arguments in resource/name form must have a single resource and name")
    }
    return (String(parts[0]), String(parts[1]))
  }
}
