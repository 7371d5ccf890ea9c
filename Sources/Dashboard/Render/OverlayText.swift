import ClusterSim
import Foundation
import KubeModel

/// The text of the describe, YAML, events and logs views, produced by the same code `kubectl describe`,
/// `get -o yaml` and `get events` use in the command language, so the dashboard teaches the real output.
public enum OverlayText {
  /// `revealSecrets`: a Secret's values in the YAML view are shown decoded rather than masked (``SecretValues``).
  public static func lines(
    _ overlay: TextOverlay, cluster: ClusterState, logText: String?, revealSecrets: Bool = false
  )
    -> [String]
  {
    let target = overlay.target
    guard let resource = ResourceRegistry.forKind(target.kind.kindName) else { return ["unknown kind"] }
    let handler = Resources.handler(for: resource)
    guard let metadata = handler.metadata(of: target.key, in: cluster) else {
      return ["\(target.slashName) no longer exists"]
    }
    switch overlay.kind {
    case .describe:
      return split(handler.describe(target.key, in: cluster) ?? "")
    case .yaml:
      var encoded = handler.encoded(target.key, in: cluster)
      if target.kind == .secret { encoded = encoded.map { SecretValues.presented($0, reveal: revealSecrets) } }
      return split(encoded.map(YAMLWriter.write) ?? "")
    case .events:
      let events = cluster.store.events.events(forObjectUID: metadata.uid)
      guard !events.isEmpty else { return ["No events for \(target.slashName)."] }
      var table = Table(columns: ["LAST SEEN", "TYPE", "REASON", "MESSAGE"])
      for event in events {
        let age = HumanDuration.age(since: event.lastTimestamp ?? event.firstTimestamp, now: cluster.now)
        let count =
          event.count > 1
          ? " (x\(event.count) over \(HumanDuration.age(since: event.firstTimestamp, now: cluster.now)))" : ""
        table.rows.append([age + count, event.type, event.reason, event.message])
      }
      return split(table.rendered())
    case .logs:
      return split(logText ?? "logs: not available yet")
    }
  }

  static func split(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines.map { $0.replacingOccurrences(of: "\t", with: "    ") }
  }
}
