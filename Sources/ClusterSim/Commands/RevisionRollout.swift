import KubeModel

/// `rollout history` and `rollout undo` for DaemonSets and StatefulSets, which keep their templates in
/// ControllerRevisions (kubectl `polymorphichelpers/history.go` `DaemonSetHistoryViewer`,
/// `StatefulSetHistoryViewer`, and `rollback.go` `DaemonSetRollbacker`, `StatefulSetRollbacker`).
struct RevisionRollout {
  var resource: ResourceKind
  var key: ObjectKey

  private var objectName: String { ObjectOutput.name(resource, key.name) }

  /// The owner's uid and template, if it exists.
  private func owner(in cluster: ClusterState) -> (uid: String, template: PodTemplateSpec)? {
    switch resource.kind {
    case "DaemonSet": return cluster.store.daemonSets[key].map { ($0.metadata.uid, $0.spec.template) }
    case "StatefulSet": return cluster.store.statefulSets[key].map { ($0.metadata.uid, $0.spec.template) }
    default: return nil
    }
  }

  /// `printHistory`: the revisions in order with their `kubernetes.io/change-cause`, or one revision's template.
  func history(in cluster: ClusterState, revision: Int?) -> CommandResult {
    guard let owner = owner(in: cluster) else {
      return CommandResult(error: APIError.notFound(resource, key.name).description)
    }
    var byRevision: [Int: ControllerRevision] = [:]
    for entry in ControllerHistory.revisions(ownedBy: owner.uid, in: cluster) { byRevision[entry.revision] = entry }
    guard !byRevision.isEmpty else { return CommandResult(output: "\(objectName) \nNo rollout history found.\n") }
    if let revision, revision > 0 {
      guard let entry = byRevision[revision], let template = ControllerHistory.template(of: entry) else {
        return CommandResult(error: "error: unable to find the specified revision")
      }
      return CommandResult(
        output: "\(objectName) with revision #\(revision)\n" + PodTemplateDescriber.describe(template) + "\n")
    }
    var table = "REVISION\tCHANGE-CAUSE\n"
    for number in byRevision.keys.sorted() {
      let cause = byRevision[number]!.metadata.annotations[DeploymentRevisions.changeCauseAnnotation] ?? ""
      table += "\(number)\t\(cause.isEmpty ? "<none>" : cause)\n"
    }
    return CommandResult(output: "\(objectName) \n" + TabWriter.describe.format(table) + "\n")
  }

  /// `Rollback`: the chosen revision's template (the previous one when none is given) becomes the owner's
  /// template again; the controller then renumbers that revision as the newest.
  func undo(in cluster: inout ClusterState, toRevision: Int) -> CommandResult {
    guard toRevision >= 0 else {
      return CommandResult(error: "error: unable to find specified revision \(toRevision) in history")
    }
    guard let owner = owner(in: cluster) else {
      return CommandResult(error: APIError.notFound(resource, key.name).description)
    }
    let history = ControllerHistory.revisions(ownedBy: owner.uid, in: cluster)
    if toRevision == 0 && history.count <= 1 { return CommandResult(error: "error: no last revision to roll back to") }
    let target = toRevision == 0 ? history[history.count - 2] : history.first { $0.revision == toRevision }
    guard let target, let template = ControllerHistory.template(of: target) else {
      return CommandResult(error: "error: unable to find specified revision \(toRevision) in history")
    }
    if template == owner.template {
      return CommandResult(
        output: "\(objectName) skipped rollback (current template already matches revision \(toRevision))\n")
    }
    do {
      switch resource.kind {
      case "DaemonSet":
        guard var daemonSet = cluster.store.daemonSets[key] else { break }
        daemonSet.spec.template = template
        try cluster.update(daemonSet)
      default:
        guard var statefulSet = cluster.store.statefulSets[key] else { break }
        statefulSet.spec.template = template
        try cluster.update(statefulSet)
      }
    } catch {
      return CommandResult(error: "error: failed restoring revision \(toRevision): \(error.description)")
    }
    return CommandResult(output: "\(objectName) rolled back\n")
  }
}
