import ClusterSim
import KubeModel

/// `:describe secret db`, `:describe deploy/web -n shop`: at the dashboard's prompt, `describe` of one object opens
/// the describe view (kubectl's output is many lines; the events strip would show the first), which scrolls, stays
/// live and switches to YAML with `y`. This is how a Secret, which has no pane, reaches the views, masked there.
///
/// Only the dashboard's prompt does this; `kubarium run` is unchanged. A line it does not understand (other flags,
/// several objects, a kind the views cannot show) or an object that does not exist runs as typed, so kubectl's
/// answer or error is shown as before.
enum ViewCommands {
  /// The object a `describe` line names, when it is one the describe view can show.
  static func describeTarget(_ line: String, cluster: ClusterState) -> RowRef? {
    var words = line.split(separator: " ").map(String.init)
    guard words.first == "describe" else { return nil }
    words.removeFirst()
    var namespace = cluster.currentNamespace
    var positional: [String] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      if word == "-n" || word == "--namespace" {
        guard index + 1 < words.count else { return nil }
        namespace = words[index + 1]
        index += 2
        continue
      }
      if word.hasPrefix("--namespace=") {
        namespace = String(word.dropFirst("--namespace=".count))
      } else if word.hasPrefix("-") {
        return nil
      } else {
        positional.append(word)
      }
      index += 1
    }
    let type: String
    let name: String
    switch positional.count {
    case 1:
      let parts = positional[0].split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 2 else { return nil }
      (type, name) = (String(parts[0]), String(parts[1]))
    case 2:
      guard !positional[0].contains("/") else { return nil }
      (type, name) = (positional[0], positional[1])
    default:
      return nil
    }
    guard let resource = ResourceRegistry.resolve(type),
      let kind = viewKinds.first(where: { $0.kindName == resource.kind }), !name.isEmpty
    else { return nil }
    let key = ObjectKey(namespace: resource.isNamespaced ? namespace : "", name: name)
    guard Resources.handler(for: resource).metadata(of: key, in: cluster) != nil else { return nil }
    return RowRef(kind, key)
  }

  static let viewKinds: [RowRef.Kind] = [.node, .deployment, .replicaSet, .pod, .service, .secret]
}
