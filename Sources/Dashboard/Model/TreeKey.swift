import KubeModel

/// Keys of the deployment tree: a Deployment's own key, or for a ReplicaSet `DEPLOYMENT \u{1} RANK NAME` in the
/// Deployment's namespace, where RANK is nine digits that sort newer revisions first.
enum TreeKey {
  static let separator: Character = "\u{1}"
  static let rankWidth = 9

  static func replicaSet(_ key: ObjectKey, under placement: DeploymentTree.Placement) -> ObjectKey {
    let rank = String(999_999_999 - min(max(0, placement.revision), 999_999_999))
    let padded = String(repeating: "0", count: rankWidth - rank.count) + rank
    return ObjectKey(namespace: key.namespace, name: "\(placement.deployment.name)\(separator)\(padded)\(key.name)")
  }

  static func row(_ treeKey: ObjectKey) -> RowRef {
    guard let separatorIndex = treeKey.name.firstIndex(of: separator) else { return RowRef(.deployment, treeKey) }
    let name = treeKey.name[treeKey.name.index(after: separatorIndex)...].dropFirst(rankWidth)
    return RowRef(.replicaSet, ObjectKey(namespace: treeKey.namespace, name: String(name)))
  }
}
