import KubeModel

/// A kind that `kubectl get` can print as a table: its columns, and one row per object.
public protocol TablePrintable {
  static func columns(wide: Bool) -> [String]
  static func row(_ object: Self, in cluster: ClusterState, wide: Bool) -> [String]
}

/// Cell formats shared by the tables.
enum Cells {
  static func age(_ metadata: ObjectMeta, _ cluster: ClusterState) -> String {
    HumanDuration.age(since: metadata.creationTimestamp, now: cluster.now)
  }

  /// `<none>` for an empty cell, as kubectl prints missing values.
  static func orNone(_ text: String) -> String { text.isEmpty ? "<none>" : text }

  /// `app=web,tier=db`, sorted by key (`labels.FormatLabels`); `<none>` when empty.
  static func labels(_ labels: [String: String]) -> String {
    orNone(labels.keys.sorted().map { "\($0)=\(labels[$0]!)" }.joined(separator: ","))
  }

  /// The CONTAINERS and IMAGES cells of a workload's `-o wide` row, from its pod template.
  static func containersAndImages(_ spec: PodSpec) -> [String] {
    [spec.containers.map(\.name).joined(separator: ","), spec.containers.map(\.image).joined(separator: ",")]
  }

  static func selector(_ selector: LabelSelector?) -> String {
    guard let selector else { return "<none>" }
    return selector.description
  }
}
