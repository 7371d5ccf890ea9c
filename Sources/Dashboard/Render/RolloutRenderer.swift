import ClusterSim
import KubeModel

/// `r`: the picture of a rollout for the projector. The new ReplicaSet and the old ones as rows of pods coloured by
/// state (ready, starting, terminating, failing), the strategy's maxSurge and maxUnavailable resolved to pod
/// counts, the revision, progress, and the revision history.
struct RolloutRenderer {
  var context: RenderContext

  func draw(_ key: ObjectKey, scroll: Int, in rect: Rect, on screen: inout Screen) {
    let glyphs = context.state.glyphs
    screen.frame(
      rect, title: "Rollout deployment/\(key.name)", glyphs: glyphs, focused: true, titleRight: key.namespace)
    let inner = rect.inner
    guard let deployment = context.cluster.store.deployments[key] else {
      screen.put("deployment/\(key.name) no longer exists", x: inner.x + 1, y: inner.y, style: CellStyle(.error))
      return
    }
    var lines: [[(String, StyleRole)]] = []
    lines += summary(deployment)
    lines.append([])
    let replicaSets = DeploymentRevisions.replicaSets(of: deployment, in: context.cluster)
      .sorted { DeploymentRevisions.revision(of: $0) > DeploymentRevisions.revision(of: $1) }
    let newSet = replicaSets.first {
      DeploymentRevisions.templatesEqualIgnoringHash($0.spec.template, deployment.spec.template)
    }
    for replicaSet in replicaSets
    where replicaSet == newSet || replicaSet.status.replicas > 0 || (replicaSet.spec.replicas ?? 0) > 0 {
      lines += rows(of: replicaSet, isNew: replicaSet == newSet, width: inner.width - 2)
      lines.append([])
    }
    lines.append([
      ("Legend: ", .dim), (String(glyphs.podBox) + " ready  ", .running),
      (String(glyphs.podBox) + " starting  ", .pending),
      (String(glyphs.podBox) + " terminating  ", .terminating), (String(glyphs.podBox) + " failing", .failed),
    ])
    lines.append([])
    lines.append([("History", .helpGroup)])
    lines.append([("REVISION  REPLICASET", .columnHeader)])
    for replicaSet in replicaSets.reversed() {
      let revision = DeploymentRevisions.revision(of: replicaSet)
      let cause = replicaSet.metadata.annotations[DeploymentRevisions.changeCauseAnnotation]
      let images = replicaSet.spec.template.spec.containers.map(\.image).joined(separator: ",")
      let current = replicaSet == newSet ? "  (current)" : ""
      lines.append([
        (pad(String(revision), 10) + pad(replicaSet.metadata.name, 28), replicaSet == newSet ? .rolloutNew : .text),
        (cause ?? images, .dim), (current, .rolloutNew),
      ])
    }
    let start = min(scroll, max(0, lines.count - inner.height))
    for (row, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
      var x = inner.x + 1
      for (text, role) in line {
        x += screen.put(text, x: x, y: inner.y + row, style: CellStyle(role), limit: inner.x + inner.width - x)
      }
    }
  }

  private func summary(_ deployment: Deployment) -> [[(String, StyleRole)]] {
    let desired = deployment.spec.replicas ?? 1
    let status = deployment.status
    let strategy = deployment.spec.strategy.type.isEmpty ? "RollingUpdate" : deployment.spec.strategy.type
    var first: [(String, StyleRole)] = [("Strategy ", .dim), (strategy, .text)]
    if strategy == "RollingUpdate" {
      let rolling = deployment.spec.strategy.rollingUpdate
      let surge = rolling?.maxSurge ?? .string("25%")
      let unavailable = rolling?.maxUnavailable ?? .string("25%")
      let surgePods = (try? surge.scaledValue(total: desired, roundUp: true)) ?? 0
      let unavailablePods = (try? unavailable.scaledValue(total: desired, roundUp: false)) ?? 0
      first += [
        ("   maxSurge ", .dim), ("\(surge) (\(surgePods) pod\(surgePods == 1 ? "" : "s"))", .text),
        ("   maxUnavailable ", .dim),
        ("\(unavailable) (\(unavailablePods) pod\(unavailablePods == 1 ? "" : "s"))", .text),
      ]
    }
    let revision = deployment.metadata.annotations[DeploymentRevisions.revisionAnnotation] ?? "-"
    first += [("   revision ", .dim), (revision, .rolloutNew)]
    if deployment.spec.paused { first += [("   PAUSED", .paused)] }
    let progressWidth = 24
    let filled = desired > 0 ? min(progressWidth, progressWidth * status.updatedReplicas / desired) : progressWidth
    let glyphs = context.state.glyphs
    let bar =
      String(repeating: Character(glyphs.barFull), count: filled)
      + String(repeating: Character(glyphs.barEmpty), count: progressWidth - filled)
    let progressing = deployment.status.conditions.first { $0.type == "Progressing" }
    var second: [(String, StyleRole)] = [
      ("Progress ", .dim), (bar, status.updatedReplicas >= desired ? .running : .pending),
      (
        "  \(status.updatedReplicas)/\(desired) updated  \(status.readyReplicas) ready  \(status.availableReplicas) available",
        .text
      ),
    ]
    if status.updatedReplicas >= desired && status.replicas == desired && status.availableReplicas >= desired {
      second.append(("  complete", .running))
    }
    if let progressing { second.append(("  \(progressing.reason)", progressing.status == "False" ? .failed : .dim)) }
    return [first, second]
  }

  private func rows(of replicaSet: ReplicaSet, isNew: Bool, width: Int) -> [[(String, StyleRole)]] {
    let revision = DeploymentRevisions.revision(of: replicaSet)
    let images = replicaSet.spec.template.spec.containers.map(\.image).joined(separator: ",")
    let desired = replicaSet.spec.replicas ?? 0
    var lines: [[(String, StyleRole)]] = [
      [
        (isNew ? "NEW " : "OLD ", isNew ? .rolloutNew : .rolloutOld), ("rev \(revision)  ", .text),
        (replicaSet.metadata.name + "  ", .text), (images + "  ", .dim),
        (
          "\(replicaSet.status.readyReplicas)/\(desired) ready",
          StatusStyle.readiness(ready: replicaSet.status.readyReplicas, desired: desired)
        ),
      ]
    ]
    let pods = context.cluster.store.pods.dependents(ofOwnerUID: replicaSet.metadata.uid)
    var line: [(String, StyleRole)] = [("    ", .text)]
    var used = 4
    for pod in pods {
      let suffix = pod.metadata.name.split(separator: "-").last.map(String.init) ?? pod.metadata.name
      let token = "\(context.state.glyphs.podBox) \(suffix)  "
      if used + token.count > width && line.count > 1 {
        lines.append(line)
        line = [("    ", .text)]
        used = 4
      }
      line.append((token, Self.role(of: pod)))
      used += token.count
    }
    if pods.isEmpty { line.append(("(no pods)", .dim)) }
    lines.append(line)
    return lines
  }

  /// A pod's place in the picture: terminating, failing, ready, or on its way.
  static func role(of pod: Pod) -> StyleRole {
    if pod.metadata.deletionTimestamp != nil { return .terminating }
    let presentation = PodPresentation(pod)
    return StatusStyle.pod(status: presentation.status, ready: presentation.ready)
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
