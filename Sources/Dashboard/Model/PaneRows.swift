import KubeModel

/// The rows of one pane: a large sorted index (pods, nodes, services), or a short list (the deployment tree, a
/// drilled-down scope).
public enum PaneRows: Sendable {
  case sorted(SortedKeyList, RowRef.Kind)
  case list([RowRef])
  /// The deployment tree's keys (``TreeKey``): Deployments with their ReplicaSets after them.
  case tree(SortedKeyList, replicaSetKeys: [ObjectKey: ObjectKey])

  public var count: Int {
    switch self {
    case .sorted(let keys, _), .tree(let keys, _): return keys.count
    case .list(let rows): return rows.count
    }
  }

  public subscript(position: Int) -> RowRef {
    switch self {
    case .sorted(let keys, let kind): return RowRef(kind, keys[position])
    case .list(let rows): return rows[position]
    case .tree(let keys, _): return TreeKey.row(keys[position])
    }
  }

  public func position(of row: RowRef) -> Int? {
    switch self {
    case .sorted(let keys, let kind): return row.kind == kind ? keys.position(of: row.key) : nil
    case .list(let rows): return rows.firstIndex(of: row)
    case .tree(let keys, let replicaSetKeys):
      switch row.kind {
      case .deployment: return keys.position(of: row.key)
      case .replicaSet: return replicaSetKeys[row.key].flatMap { keys.position(of: $0) }
      default: return nil
      }
    }
  }

  /// The rows a pane shows from `start`.
  public func slice(from start: Int, limit: Int) -> [RowRef] {
    switch self {
    case .sorted(let keys, let kind): return keys.slice(from: start, limit: limit).map { RowRef(kind, $0) }
    case .tree(let keys, _): return keys.slice(from: start, limit: limit).map(TreeKey.row)
    case .list(let rows):
      guard start < rows.count, limit > 0 else { return [] }
      return Array(rows[max(0, start)..<min(rows.count, max(0, start) + limit)])
    }
  }
}
