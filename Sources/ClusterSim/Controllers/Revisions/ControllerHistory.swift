import KubeModel

/// Template history for DaemonSets and StatefulSets kept in ControllerRevisions (upstream `pkg/controller/history`
/// and the DaemonSet controller's `constructHistory`/`cleanupHistory`): one revision per distinct pod template,
/// numbered in the order the templates were used; returning to an old template renumbers its revision as the
/// newest, as a rollback does.
enum ControllerHistory {
  /// `controller-revision-hash`, on revisions and on the pods made from them.
  static let hashLabel = "controller-revision-hash"

  /// The revisions an owner controls, oldest revision first (then by name).
  static func revisions(ownedBy uid: String, in cluster: ClusterState) -> [ControllerRevision] {
    cluster.store.controllerRevisions.dependents(ofOwnerUID: uid)
      .filter { $0.metadata.controllerReference?.uid == uid }
      .sorted { ($0.revision, $0.metadata.name) < ($1.revision, $1.metadata.name) }
  }

  /// `getPatch`: what a revision stores, the template as a strategic-merge patch that replaces the owner's.
  static func data(for template: PodTemplateSpec) -> JSONValue {
    var encoded = ObjectEncoder.encode(template).objectValue ?? [:]
    encoded["$patch"] = .string("replace")
    return .object(["spec": .object(["template": .object(encoded)])])
  }

  /// The pod template a revision stores.
  static func template(of revision: ControllerRevision) -> PodTemplateSpec? {
    guard case .object(var template)? = revision.data?["spec"]?["template"] else { return nil }
    template["$patch"] = nil
    return ManifestDecoder().decode(PodTemplateSpec.self, fromJSON: .object(template))
  }

  /// `controller.ComputeHash` of the template (and collision count), spelled with the name alphabet.
  static func hash(_ template: PodTemplateSpec, collisionCount: Int?) -> String {
    DeploymentUtil.podTemplateHash(template, collisionCount: collisionCount)
  }

  /// The revision for the owner's current template: found by its data (`Match`), renumbered to follow every other
  /// revision if it is not the newest, or created as `<owner>-<hash>` with the next number (`snapshot`).
  static func current<Owner: StoredObject>(
    for owner: Owner, template: PodTemplateSpec, collisionCount: Int?, in cluster: inout ClusterState
  ) -> ControllerRevision {
    let data = data(for: template)
    let all = revisions(ownedBy: owner.metadata.uid, in: cluster)
    let others = all.filter { $0.data != data }
    let next = (others.map(\.revision).max() ?? 0) + 1
    if var found = all.last(where: { $0.data == data }) {
      if found.revision < next {
        found.revision = next
        found = cluster.write(found)
      }
      return found
    }
    let hash = hash(template, collisionCount: collisionCount)
    var revision = ControllerRevision()
    revision.metadata.name = "\(owner.metadata.name)-\(hash)"
    revision.metadata.namespace = owner.metadata.namespace
    revision.metadata.labels = template.metadata.labels.merging([hashLabel: hash]) { _, new in new }
    revision.metadata.annotations = owner.metadata.annotations
    revision.metadata.ownerReferences = [owner.controllerReference]
    revision.data = data
    revision.revision = next
    if let created = try? cluster.create(revision) { return created }
    return cluster.store.controllerRevisions[owner.metadata.namespace, revision.metadata.name] ?? revision
  }

  /// `cleanupHistory`: beyond `limit` old revisions, the oldest whose hash no live pod carries are deleted.
  static func cleanUp(
    ownedBy uid: String, current: ControllerRevision, limit: Int, liveHashes live: Set<String>,
    in cluster: inout ClusterState
  ) {
    let old = revisions(ownedBy: uid, in: cluster).filter { $0.metadata.name != current.metadata.name }
    var toKill = old.count - limit
    guard toKill > 0 else { return }
    for revision in old where toKill > 0 {
      if let hash = revision.metadata.labels[hashLabel], live.contains(hash) { continue }
      cluster.remove(ControllerRevision.self, revision.key)
      toKill -= 1
    }
  }
}
