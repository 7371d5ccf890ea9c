import ClusterSim
import KubeModel

/// The Deployments pane's rows: each Deployment, then its ReplicaSets that have pods or want them, newest revision
/// first, kept as one sorted key list so a change costs O(log n) whatever the number of Deployments.
///
/// A ReplicaSet's row sorts right after its Deployment's because its tree key is the Deployment's name, a U+0001
/// (below every character a name may hold), its rank (newer revisions first) and its own name; see ``TreeKey``.
struct DeploymentTree: Sendable {
  private(set) var keys = SortedKeyList()
  private var deployments = FlatIndex<Deployment>()
  /// Where each shown ReplicaSet sits: its Deployment and revision.
  private var placements: [ObjectKey: Placement] = [:]
  /// The tree key of each placed ReplicaSet, so the cursor can find a ReplicaSet's row.
  private var treeKeys: [ObjectKey: ObjectKey] = [:]
  /// The shown ReplicaSets of each Deployment.
  private var children: [ObjectKey: Set<ObjectKey>] = [:]
  private var replicaSetSequence: Int64 = -1
  private var onlyRows: [RowRef]?

  struct Placement: Hashable, Sendable {
    var deployment: ObjectKey
    var revision: Int
  }

  var rows: PaneRows { onlyRows.map(PaneRows.list) ?? .tree(keys, replicaSetKeys: treeKeys) }

  /// Brings the rows up to date; returns the Deployments and ReplicaSets written since the last call.
  mutating func refresh(
    _ cluster: ClusterState, namespace: String?, filter: PaneFilter?, only: ObjectKey?
  )
    -> [RowRef]
  {
    let store = cluster.store
    let deploymentChanges = deployments.refresh(store.deployments, namespace: namespace, filter: filter) {
      "\($0.metadata.namespace)/\($0.metadata.name)"
    }
    var changed = deploymentChanges.map { RowRef(.deployment, $0) }
    let journal = store.replicaSets.journal
    var rebuild = deployments.membershipChanged && deploymentChanges.isEmpty
    if let replicaSetChanges = journal.changes(since: replicaSetSequence), replicaSetSequence >= 0 {
      for key in Set(replicaSetChanges) {
        changed.append(RowRef(.replicaSet, key))
        move(key, to: Self.placement(of: key, store: store))
      }
    } else {
      placements = [:]
      children = [:]
      treeKeys = [:]
      for replicaSet in store.replicaSets.objects.values {
        if let placement = Self.placement(of: replicaSet.key, store: store) {
          placements[replicaSet.key] = placement
          children[placement.deployment, default: []].insert(replicaSet.key)
          treeKeys[replicaSet.key] = TreeKey.replicaSet(replicaSet.key, under: placement)
        }
      }
      rebuild = true
    }
    replicaSetSequence = journal.endSequence
    if rebuild {
      rebuildKeys()
    } else {
      for key in deploymentChanges { syncDeploymentRow(key) }
    }
    onlyRows = only.map { Self.allRows(of: $0, cluster: cluster) }
    return changed
  }

  /// A ReplicaSet's place in the tree: under its controlling Deployment while it has or wants pods.
  static func placement(of key: ObjectKey, store: Store) -> Placement? {
    guard let replicaSet = store.replicaSets[key], let owner = replicaSet.metadata.controllerReference,
      owner.kind == "Deployment", (replicaSet.spec.replicas ?? 0) > 0 || replicaSet.status.replicas > 0
    else { return nil }
    return Placement(
      deployment: ObjectKey(namespace: key.namespace, name: owner.name),
      revision: DeploymentRevisions.revision(of: replicaSet))
  }

  private mutating func move(_ key: ObjectKey, to placement: Placement?) {
    let old = placements[key]
    guard old != placement else { return }
    if let old {
      children[old.deployment]?.remove(key)
      if children[old.deployment]?.isEmpty == true { children[old.deployment] = nil }
      keys.remove(TreeKey.replicaSet(key, under: old))
    }
    placements[key] = placement
    treeKeys[key] = placement.map { TreeKey.replicaSet(key, under: $0) }
    if let placement {
      children[placement.deployment, default: []].insert(key)
      if deployments.keys.contains(placement.deployment) { keys.insert(TreeKey.replicaSet(key, under: placement)) }
    }
  }

  /// Shows or hides a Deployment's row and its ReplicaSets' after the Deployment changed.
  private mutating func syncDeploymentRow(_ key: ObjectKey) {
    let shown = deployments.keys.contains(key)
    guard shown != keys.contains(key) else { return }
    for child in children[key] ?? [] {
      guard let placement = placements[child] else { continue }
      if shown {
        keys.insert(TreeKey.replicaSet(child, under: placement))
      } else {
        keys.remove(TreeKey.replicaSet(child, under: placement))
      }
    }
    if shown { keys.insert(key) } else { keys.remove(key) }
  }

  private mutating func rebuildKeys() {
    var all: [ObjectKey] = []
    let shown = deployments.keys.slice(from: 0, limit: deployments.keys.count)
    all.reserveCapacity(shown.count * 2)
    for key in shown {
      all.append(key)
      for child in children[key] ?? [] {
        if let treeKey = treeKeys[child] { all.append(treeKey) }
      }
    }
    keys = SortedKeyList(sorted: all.sorted())
  }

  /// Drilled into one Deployment: it and every ReplicaSet it has, scaled down or not, for the rollout story.
  private static func allRows(of key: ObjectKey, cluster: ClusterState) -> [RowRef] {
    guard let deployment = cluster.store.deployments[key] else { return [] }
    let replicaSets = DeploymentRevisions.replicaSets(of: deployment, in: cluster)
      .sorted { DeploymentRevisions.revision(of: $0) > DeploymentRevisions.revision(of: $1) }
    return [RowRef(.deployment, key)] + replicaSets.map { RowRef(.replicaSet, $0.key) }
  }
}
