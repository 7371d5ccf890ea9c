import ClusterSim
import KubeModel

/// Tab completion at the `:` prompt: verbs, their subcommands, resource kinds, and the names of objects.
public enum CommandCompletion {
  public struct Result: Hashable, Sendable {
    /// The text before the cursor, completed as far as every candidate agrees.
    public var text: String
    public var candidates: [String]
  }

  static let subcommands: [String: [String]] = [
    "rollout": ["history", "pause", "restart", "resume", "status", "undo"], "node": ["add", "fail", "recover"],
    "set": ["image"], "create": ["configmap", "deployment", "namespace", "secret"],
  ]
  /// Verbs whose next word names nodes rather than a kind.
  static let nodeVerbs: Set<String> = ["cordon", "uncordon", "drain"]

  public static func complete(_ text: String, cluster: ClusterState, namespace: String) -> Result {
    let endsWithSpace = text.hasSuffix(" ")
    var words = text.split(separator: " ").map(String.init)
    let partial = endsWithSpace || words.isEmpty ? "" : words.removeLast()
    let candidates = options(after: words, partial: partial, cluster: cluster, namespace: namespace)
      .filter { $0.hasPrefix(partial) }
    let prefix = words.isEmpty ? "" : words.joined(separator: " ") + " "
    guard let first = candidates.first else { return Result(text: text, candidates: []) }
    if candidates.count == 1 {
      return Result(text: prefix + first + (first.hasSuffix("/") ? "" : " "), candidates: candidates)
    }
    var common = first
    for candidate in candidates.dropFirst() {
      while !candidate.hasPrefix(common) { common.removeLast() }
    }
    return Result(text: prefix + (common.count > partial.count ? common : partial), candidates: candidates)
  }

  static func options(after words: [String], partial: String, cluster: ClusterState, namespace: String) -> [String] {
    let arguments = words.filter { !$0.hasPrefix("-") }
    guard let verb = arguments.first else { return CommandParser.verbs.map { $0.name }.sorted() }
    if arguments.count == 1, let subcommands = subcommands[verb] { return subcommands }
    if nodeVerbs.contains(verb) || (verb == "node" && arguments.count == 2) {
      return cluster.store.nodes.keys().map(\.name)
    }
    if let slash = partial.firstIndex(of: "/") {
      let type = String(partial[..<slash])
      guard let resource = ResourceRegistry.resolve(type) else { return [] }
      return names(resource, cluster: cluster, namespace: namespace).map { "\(type)/\($0)" }
    }
    let typed = arguments.dropFirst(subcommands[verb] == nil ? 1 : 2)
    if let type = typed.first, !type.contains("/"), let resource = ResourceRegistry.resolve(type) {
      return names(resource, cluster: cluster, namespace: namespace)
    }
    return kindNames
  }

  /// Plural names and short names kubectl accepts, sorted.
  static let kindNames: [String] = Array(
    Set(ResourceRegistry.all.flatMap { [$0.plural, $0.singular] + $0.shortNames })
  ).sorted()

  static func names(_ resource: ResourceKind, cluster: ClusterState, namespace: String) -> [String] {
    let handler = Resources.handler(for: resource)
    let keys = handler.keys(in: cluster, namespace: resource.isNamespaced ? namespace : nil, selector: nil)
    return keys.prefix(500).map(\.name)
  }
}
