import ClusterSim
import KubeModel

/// The sorted keys of one kind that a pane shows (namespace and filter applied), kept current from the table's
/// change journal: each frame looks only at the keys written since the last one.
struct FlatIndex<Object: StoredObject>: Sendable {
  struct Signature: Hashable, Sendable {
    var namespace: String?
    var filter: PaneFilter?
  }

  private(set) var keys = SortedKeyList()
  /// Whether the last refresh added or removed a key (or rebuilt the index).
  private(set) var membershipChanged = false
  private var sequence: Int64 = -1
  private var signature: Signature?

  /// Brings the index up to date; returns the keys that changed since the last call (none after a rebuild).
  mutating func refresh(
    _ table: ObjectTable<Object>, namespace: String?, filter: PaneFilter?, haystack: (Object) -> String
  ) -> [ObjectKey] {
    let wanted = Signature(namespace: namespace, filter: filter)
    func includes(_ object: Object) -> Bool {
      if let namespace, object.metadata.namespace != namespace { return false }
      guard let filter else { return true }
      return filter.matches(haystack(object), labels: object.metadata.labels)
    }
    membershipChanged = false
    // Typing one more character of a filter only narrows it: test the rows already shown, not the whole table,
    // then catch up with the journal as usual.
    if let old = signature, wanted != old, old.namespace == namespace, let refined = filter, let previous = old.filter,
      refined.narrows(previous), table.journal.changes(since: sequence) != nil
    {
      signature = wanted
      membershipChanged = true
      keys = SortedKeyList(sorted: keys.slice(from: 0, limit: keys.count).filter { table[$0].map(includes) ?? false })
    }
    if wanted != signature || table.journal.changes(since: sequence) == nil {
      membershipChanged = true
      signature = wanted
      sequence = table.journal.endSequence
      // Namespace by namespace: each sort then compares names only, which is what makes 150,000 pods quick.
      let namespaces = namespace.map { [$0] } ?? table.namespaces
      var sorted: [ObjectKey] = []
      for name in namespaces {
        let inNamespace = table.keys(namespace: name)
        sorted += filter == nil ? inNamespace : inNamespace.filter { table[$0].map(includes) ?? false }
      }
      keys = SortedKeyList(sorted: sorted)
      return []
    }
    let changes = table.journal.changes(since: sequence)!
    sequence = table.journal.endSequence
    guard !changes.isEmpty else { return [] }
    let unique = changes.count > 1 ? Array(Set(changes)) : Array(changes)
    for key in unique {
      if let object = table[key], includes(object) {
        if keys.insert(key) { membershipChanged = true }
      } else {
        if keys.remove(key) { membershipChanged = true }
      }
    }
    return unique
  }
}
