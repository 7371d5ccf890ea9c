import ClusterSim
import KubeModel

/// The Deployments pane's rows: each Deployment, then its ReplicaSets that have pods or want them, newest revision
/// first. Deployments are a ``FlatIndex``; each one's ReplicaSets are kept from the ReplicaSet journal; the flat
/// rows are rebuilt only when which rows exist changes, not when a status does.
struct DeploymentTree: Sendable {
  private(set) var rows: [RowRef] = []
  private var deployments = FlatIndex<Deployment>()
  /// Shown ReplicaSets by Deployment, newest revision first.
  private var children: [ObjectKey: [ObjectKey]] = [:]
  /// Which Deployment each shown ReplicaSet is under.
  private var parents: [ObjectKey: ObjectKey] = [:]
  private var replicaSetSequence: Int64 = -1
  private var childrenSignature: String?? = .none

  /// Brings the rows up to date; returns the Deployments and ReplicaSets written since the last call.
  mutating func refresh(
    _ cluster: ClusterState, namespace: String?, filter: PaneFilter?, only: ObjectKey?
  )
    -> [RowRef]
  {
    let store = cluster.store
    var changed = deployments.refresh(store.deployments, namespace: namespace, filter: filter) { deployment in
      "\(deployment.metadata.namespace)/\(deployment.metadata.name)"
    }.map { RowRef(.deployment, $0) }
    var structureChanged = deployments.membershipChanged
    let journal = store.replicaSets.journal
    if childrenSignature != .some(namespace) || journal.changes(since: replicaSetSequence) == nil {
      childrenSignature = .some(namespace)
      children = [:]
      parents = [:]
      let replicaSets =
        namespace.map { store.replicaSets.list(namespace: $0) } ?? Array(store.replicaSets.objects.values)
      for replicaSet in replicaSets { place(replicaSet.key, store: store) }
      structureChanged = true
    } else if let changes = journal.changes(since: replicaSetSequence), !changes.isEmpty {
      for key in Set(changes) {
        changed.append(RowRef(.replicaSet, key))
        if place(key, store: store) { structureChanged = true }
      }
    }
    replicaSetSequence = journal.endSequence
    if let only {
      rows = onlyRows(only, cluster: cluster)
    } else if structureChanged || rows.isEmpty {
      var rows: [RowRef] = []
      rows.reserveCapacity(deployments.keys.count + parents.count)
      for key in deployments.keys.slice(from: 0, limit: deployments.keys.count) {
        rows.append(RowRef(.deployment, key))
        for child in children[key] ?? [] { rows.append(RowRef(.replicaSet, child)) }
      }
      self.rows = rows
    }
    return changed
  }

  /// Puts a ReplicaSet under its Deployment if it is shown, or takes it out; returns whether anything moved.
  @discardableResult
  private mutating func place(_ key: ObjectKey, store: Store) -> Bool {
    var parent: ObjectKey?
    if let replicaSet = store.replicaSets[key], let owner = replicaSet.metadata.controllerReference,
      owner.kind == "Deployment", (replicaSet.spec.replicas ?? 0) > 0 || replicaSet.status.replicas > 0
    {
      parent = ObjectKey(namespace: key.namespace, name: owner.name)
    }
    let old = parents[key]
    if old == parent {
      // Same place; a new revision number could still reorder the siblings.
      guard let parent, var siblings = children[parent], siblings.count > 1 else { return false }
      let before = siblings
      sortByRevision(&siblings, store: store)
      children[parent] = siblings
      return siblings != before
    }
    if let old {
      children[old]?.removeAll { $0 == key }
      if children[old]?.isEmpty == true { children[old] = nil }
    }
    parents[key] = parent
    if let parent {
      var siblings = children[parent] ?? []
      siblings.append(key)
      if siblings.count > 1 { sortByRevision(&siblings, store: store) }
      children[parent] = siblings
    }
    return true
  }

  private func sortByRevision(_ keys: inout [ObjectKey], store: Store) {
    func revision(_ key: ObjectKey) -> Int { store.replicaSets[key].map(DeploymentRevisions.revision(of:)) ?? 0 }
    keys.sort { (revision($0), $1.name) > (revision($1), $0.name) }
  }

  /// Drilled into one Deployment: it and every ReplicaSet it has, scaled down or not, for the rollout story.
  private func onlyRows(_ key: ObjectKey, cluster: ClusterState) -> [RowRef] {
    guard let deployment = cluster.store.deployments[key] else { return [] }
    let replicaSets = DeploymentRevisions.replicaSets(of: deployment, in: cluster)
      .sorted { DeploymentRevisions.revision(of: $0) > DeploymentRevisions.revision(of: $1) }
    return [RowRef(.deployment, key)] + replicaSets.map { RowRef(.replicaSet, $0.key) }
  }
}
