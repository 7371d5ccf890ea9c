import KubeModel

/// What the rollout commands do to one workload. Deployments support every action; DaemonSets and StatefulSets
/// support status, restart, history and undo (the last two through ControllerRevisions, ``RevisionRollout``).
struct Rollout {
  var resource: ResourceKind
  var key: ObjectKey

  private var notFound: CommandResult {
    CommandResult(error: APIError.notFound(resource, key.name).description)
  }

  private var objectName: String { ObjectOutput.name(resource, key.name) }

  // MARK: status

  /// Prints kubectl's status line each time it changes, advancing virtual time while the rollout is in progress
  /// (as `kubectl rollout status` blocks), until it finishes, fails, or the timeout passes.
  mutating func status(
    in simulation: inout Simulation, watch: Bool, revision: Int?, timeout: SimDuration?
  )
    -> CommandResult
  {
    var result = CommandResult()
    let deadline = simulation.cluster.now + (timeout ?? .minutes(60))
    var last: String?
    while true {
      let state: RolloutState
      switch currentStatus(in: simulation.cluster, revision: revision) {
      case .failure(let error): return CommandResult(output: result.output, errors: [error.text])
      case .success(let value): state = value
      }
      if state.message != last {
        result.line(state.message)
        last = state.message
      }
      if state.done || !watch { return result }
      guard let next = simulation.cluster.nextWakeup, next <= deadline else {
        if timeout == nil && simulation.cluster.nextWakeup == nil {
          result.errors.append("error: the rollout is not progressing and nothing is left to happen")
        } else {
          simulation.cluster.advance(to: deadline)
          result.errors.append("error: timed out waiting for the condition")
        }
        return result
      }
      simulation.cluster.advance(to: next)
    }
  }

  struct RolloutState {
    var message: String
    var done: Bool
  }

  private func currentStatus(in cluster: ClusterState, revision: Int?) -> Result<RolloutState, CommandErrorText> {
    switch resource.kind {
    case "Deployment":
      guard let deployment = cluster.store.deployments[key] else {
        return .failure(CommandErrorText(notFound.errors[0]))
      }
      return deploymentStatus(deployment, revision: revision, in: cluster)
    case "DaemonSet":
      guard let daemonSet = cluster.store.daemonSets[key] else { return .failure(CommandErrorText(notFound.errors[0])) }
      guard daemonSet.spec.updateStrategy.type == "RollingUpdate" else {
        return .failure("error: rollout status is only available for RollingUpdate strategy type")
      }
      let status = daemonSet.status
      if daemonSet.metadata.generation > status.observedGeneration {
        return .success(RolloutState(message: "Waiting for daemon set spec update to be observed...", done: false))
      }
      let name = daemonSet.metadata.name
      if status.updatedNumberScheduled < status.desiredNumberScheduled {
        return .success(
          RolloutState(
            message: "Waiting for daemon set \"\(name)\" rollout to finish: \(status.updatedNumberScheduled) out of "
              + "\(status.desiredNumberScheduled) new pods have been updated...", done: false))
      }
      if status.numberAvailable < status.desiredNumberScheduled {
        return .success(
          RolloutState(
            message: "Waiting for daemon set \"\(name)\" rollout to finish: \(status.numberAvailable) of "
              + "\(status.desiredNumberScheduled) updated pods are available...", done: false))
      }
      return .success(RolloutState(message: "daemon set \"\(name)\" successfully rolled out", done: true))
    case "StatefulSet":
      guard let statefulSet = cluster.store.statefulSets[key] else {
        return .failure(CommandErrorText(notFound.errors[0]))
      }
      guard statefulSet.spec.updateStrategy.type == "RollingUpdate" else {
        return .failure("error: rollout status is only available for RollingUpdate strategy type")
      }
      let status = statefulSet.status
      if status.observedGeneration == 0 || statefulSet.metadata.generation > status.observedGeneration {
        return .success(RolloutState(message: "Waiting for statefulset spec update to be observed...", done: false))
      }
      let replicas = statefulSet.spec.replicas ?? 1
      if status.readyReplicas < replicas {
        return .success(
          RolloutState(message: "Waiting for \(replicas - status.readyReplicas) pods to be ready...", done: false))
      }
      let partition = statefulSet.spec.updateStrategy.rollingUpdate?.partition ?? 0
      if status.updatedReplicas < replicas - partition {
        return .success(
          RolloutState(
            message: "Waiting for partitioned roll out to finish: \(status.updatedReplicas) out of "
              + "\(replicas - partition) new pods have been updated...", done: false))
      }
      return .success(
        RolloutState(
          message: "partitioned roll out complete: \(status.updatedReplicas) new pods have been updated...",
          done: true))
    default:
      return .failure(CommandErrorText("error: no status viewer has been implemented for \(resource.kind)"))
    }
  }

  /// `DeploymentStatusViewer.Status` (kubectl `polymorphichelpers/rollout_status.go`).
  private func deploymentStatus(
    _ deployment: Deployment, revision: Int?, in cluster: ClusterState
  )
    -> Result<RolloutState, CommandErrorText>
  {
    let name = deployment.metadata.name
    let status = deployment.status
    if let revision {
      let current = Int(deployment.metadata.annotations[DeploymentRevisions.revisionAnnotation] ?? "") ?? 0
      if revision != current {
        return .failure(
          CommandErrorText("error: desired revision (\(revision)) is different from the running revision (\(current))"))
      }
    }
    guard deployment.metadata.generation <= status.observedGeneration else {
      return .success(RolloutState(message: "Waiting for deployment spec update to be observed...", done: false))
    }
    if status.conditions[type: "Progressing"]?.reason == "ProgressDeadlineExceeded" {
      return .failure(CommandErrorText("error: deployment \"\(name)\" exceeded its progress deadline"))
    }
    let replicas = deployment.spec.replicas ?? 1
    let prefix = "Waiting for deployment \"\(name)\" rollout to finish: "
    if status.updatedReplicas < replicas {
      return .success(
        RolloutState(
          message: prefix + "\(status.updatedReplicas) out of \(replicas) new replicas have been updated...",
          done: false))
    }
    if status.replicas > status.updatedReplicas {
      return .success(
        RolloutState(
          message: prefix + "\(status.replicas - status.updatedReplicas) old replicas are pending termination...",
          done: false))
    }
    if status.availableReplicas < status.updatedReplicas {
      return .success(
        RolloutState(
          message: prefix
            + "\(status.availableReplicas) of \(status.updatedReplicas) updated replicas are available...",
          done: false))
    }
    return .success(RolloutState(message: "deployment \"\(name)\" successfully rolled out", done: true))
  }

  // MARK: history

  func history(in cluster: ClusterState, revision: Int?) -> CommandResult {
    if resource.kind == "DaemonSet" || resource.kind == "StatefulSet" {
      return RevisionRollout(resource: resource, key: key).history(in: cluster, revision: revision)
    }
    guard resource.kind == "Deployment" else {
      return CommandResult(error: "error: no history viewer has been implemented for \"\(resource.kind)\"")
    }
    guard let deployment = cluster.store.deployments[key] else { return notFound }
    let history = DeploymentRevisions.replicaSets(of: deployment, in: cluster)
      .map { (revision: DeploymentRevisions.revision(of: $0), replicaSet: $0) }
      .filter { $0.revision > 0 }
      .sorted { $0.revision < $1.revision }
    if let revision {
      guard let entry = history.first(where: { $0.revision == revision }) else {
        return CommandResult(error: "error: unable to find the specified revision")
      }
      var template = entry.replicaSet.spec.template
      if let cause = entry.replicaSet.metadata.annotations[DeploymentRevisions.changeCauseAnnotation] {
        template.metadata.annotations[DeploymentRevisions.changeCauseAnnotation] = cause
      }
      return CommandResult(
        output: "\(objectName) with revision #\(revision)\n" + PodTemplateDescriber.describe(template) + "\n")
    }
    guard !history.isEmpty else { return CommandResult(output: "\(objectName) \nNo rollout history found.\n") }
    var table = "REVISION\tCHANGE-CAUSE\n"
    for entry in history {
      let cause = entry.replicaSet.metadata.annotations[DeploymentRevisions.changeCauseAnnotation] ?? "<none>"
      table += "\(entry.revision)\t\(cause)\n"
    }
    return CommandResult(output: "\(objectName) \n" + TabWriter.describe.format(table) + "\n")
  }

  // MARK: undo

  /// `kubectl rollout undo`: the chosen revision's template (without its pod-template-hash) becomes the
  /// Deployment's template again; the deployment controller then gives it the next revision number.
  func undo(in cluster: inout ClusterState, toRevision: Int) -> CommandResult {
    if resource.kind == "DaemonSet" || resource.kind == "StatefulSet" {
      return RevisionRollout(resource: resource, key: key).undo(in: &cluster, toRevision: toRevision)
    }
    guard resource.kind == "Deployment" else {
      return CommandResult(error: "error: no rollbacker has been implemented for \"\(resource.kind)\"")
    }
    guard var deployment = cluster.store.deployments[key] else { return notFound }
    if deployment.spec.paused {
      return CommandResult(
        error: "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and "
          + "try again")
    }
    let history = DeploymentRevisions.replicaSets(of: deployment, in: cluster)
      .map { (revision: DeploymentRevisions.revision(of: $0), replicaSet: $0) }
      .sorted { $0.revision < $1.revision }
    let target: ReplicaSet
    if toRevision == 0 {
      guard history.count >= 2 else {
        return CommandResult(error: "error: no rollout history found for deployment \"\(key.name)\"")
      }
      target = history[history.count - 2].replicaSet
    } else {
      guard let entry = history.first(where: { $0.revision == toRevision }) else {
        return CommandResult(error: "error: unable to find specified revision \(toRevision) in history")
      }
      target = entry.replicaSet
    }
    if DeploymentRevisions.templatesEqualIgnoringHash(deployment.spec.template, target.spec.template) {
      return CommandResult(
        output: "\(objectName) skipped rollback (current template already matches revision "
          + "\(DeploymentRevisions.revision(of: target)))\n")
    }
    var template = target.spec.template
    template.metadata.labels[DeploymentRevisions.podTemplateHashLabel] = nil
    deployment.spec.template = template
    if let cause = target.metadata.annotations[DeploymentRevisions.changeCauseAnnotation] {
      deployment.metadata.annotations[DeploymentRevisions.changeCauseAnnotation] = cause
    } else {
      deployment.metadata.annotations[DeploymentRevisions.changeCauseAnnotation] = nil
    }
    do {
      try cluster.update(deployment)
    } catch {
      return CommandResult(error: error.description)
    }
    return CommandResult(output: "\(objectName) rolled back\n")
  }

  // MARK: restart, pause, resume

  /// Sets `kubectl.kubernetes.io/restartedAt` in the pod template, which changes the template and so rolls every pod.
  func restart(in cluster: inout ClusterState) -> CommandResult {
    let stamp = cluster.now.rfc3339
    func restart<Object: StoredObject>(
      _ type: Object.Type, _ template: WritableKeyPath<Object, PodTemplateSpec>
    )
      -> CommandResult
    {
      guard var object = cluster.store[keyPath: Object.table][key] else { return notFound }
      if let deployment = object as? Deployment, deployment.spec.paused {
        return CommandResult(
          error: "error: \(resource.qualifiedPlural) \"\(key.name)\" can't restart paused deployment (run rollout "
            + "resume first)")
      }
      object[keyPath: template].metadata.annotations["kubectl.kubernetes.io/restartedAt"] = stamp
      do {
        try cluster.update(object)
      } catch {
        return CommandResult(error: error.description)
      }
      return CommandResult(output: "\(objectName) restarted\n")
    }
    switch resource.kind {
    case "Deployment": return restart(Deployment.self, \.spec.template)
    case "DaemonSet": return restart(DaemonSet.self, \.spec.template)
    case "StatefulSet": return restart(StatefulSet.self, \.spec.template)
    default:
      return CommandResult(error: "error: \(resource.qualifiedPlural) \"\(key.name)\" restarting is not supported")
    }
  }

  func setPaused(_ paused: Bool, in cluster: inout ClusterState) -> CommandResult {
    guard resource.kind == "Deployment" else {
      return CommandResult(
        error: "error: \(resource.qualifiedPlural) \"\(key.name)\" \(paused ? "pausing" : "resuming") is not supported")
    }
    guard var deployment = cluster.store.deployments[key] else { return notFound }
    if deployment.spec.paused == paused {
      return CommandResult(
        error: "error: \(resource.qualifiedPlural) \"\(key.name)\" is \(paused ? "already paused" : "not paused")")
    }
    deployment.spec.paused = paused
    do {
      try cluster.update(deployment)
    } catch {
      return CommandResult(error: error.description)
    }
    return CommandResult(output: "\(objectName) \(paused ? "paused" : "resumed")\n")
  }
}

/// An error line for a `Result` (CommandError is not usable as a failure of a non-throwing Result here).
struct CommandErrorText: Error, ExpressibleByStringLiteral {
  var text: String
  init(_ text: String) { self.text = text }
  init(stringLiteral value: String) { text = value }
}
