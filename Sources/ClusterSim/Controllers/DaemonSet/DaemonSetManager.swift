import KubeModel

/// What one sync will create and delete.
struct DaemonSetPlan: Sendable {
  var nodesNeedingPods: [String] = []
  var podsToDelete: [Pod] = []
  var hasWork: Bool { !nodesNeedingPods.isEmpty || !podsToDelete.isEmpty }
}

/// `manage` and `syncNodes`: per node, create the missing daemon pod, delete failed and surplus ones, and remove
/// pods from nodes where the daemon may no longer stay.
enum DaemonSetManager {
  /// Looks at one node: refreshes its verdict and state in the placement and adds its work to the plan
  /// (`podsShouldBeOnNode`).
  static func examine(
    _ nodeName: String, _ daemonSet: DaemonSet, _ placement: inout DaemonSetPlacement, _ plan: inout DaemonSetPlan,
    in cluster: inout ClusterState
  ) {
    let node = cluster.store.nodes["", nodeName]
    let verdict: (shouldRun: Bool, shouldContinue: Bool) =
      node.map { DaemonPods.verdict($0, for: daemonSet) } ?? (false, false)
    let namespace = daemonSet.metadata.namespace
    var pods: [Pod] = []
    for name in placement.podsByNode[nodeName] ?? [] {
      guard let pod = cluster.store.pods[namespace, name] else {
        placement.removePod(name, node: nodeName)
        continue
      }
      // Finished pods already being deleted are the kubelet's or the pod GC's business.
      if isTerminal(pod) && pod.metadata.deletionTimestamp != nil { continue }
      pods.append(pod)
    }
    pods.sort(by: olderFirst)
    let now = cluster.now
    var state = DaemonSetPlacement.NodeState()
    state.shouldRun = verdict.shouldRun
    state.shouldContinue = verdict.shouldContinue
    state.scheduled = !pods.isEmpty
    placement.availabilityDue[nodeName] = nil
    if let first = pods.first {
      state.ready = PodReadiness.isReady(first)
      state.available = PodReadiness.isAvailable(first, minReadySeconds: daemonSet.spec.minReadySeconds, now: now)
      state.updated = DaemonPods.isUpdated(first, hash: placement.hash, generation: generation(daemonSet))
      if state.ready && !state.available,
        let due = PodReadiness.availableAt(first, minReadySeconds: daemonSet.spec.minReadySeconds)
      {
        placement.availabilityDue[nodeName] = due
        cluster.enqueue(.daemonSet, daemonSet.key, at: due)
      }
    }
    let minReady = daemonSet.spec.minReadySeconds
    for pod in pods where pod.metadata.deletionTimestamp == nil {
      let available = PodReadiness.isAvailable(pod, minReadySeconds: minReady, now: now)
      if DaemonPods.isUpdated(pod, hash: placement.hash, generation: generation(daemonSet)) {
        if state.newPods == 0 { state.newAvailable = available }
        state.newPods += 1
      } else {
        if state.oldPods == 0 {
          state.oldAvailable = available
          state.oldPod = pod.metadata.name
        }
        state.oldPods += 1
      }
    }
    state.hasOldPod = state.oldPods > 0
    placement.set(nodeName, node == nil && pods.isEmpty ? nil : state)
    if node == nil {
      // `getUnscheduledPodsWithoutNode`: pods meant for a node that is gone never get scheduled.
      plan.podsToDelete += pods.filter { $0.spec.nodeName.isEmpty && $0.metadata.deletionTimestamp == nil }
      return
    }
    podsShouldBeOnNode(nodeName, verdict, pods, daemonSet, &placement, &plan, in: &cluster)
  }

  /// `podsShouldBeOnNode`.
  static func podsShouldBeOnNode(
    _ nodeName: String, _ verdict: (shouldRun: Bool, shouldContinue: Bool), _ pods: [Pod], _ daemonSet: DaemonSet,
    _ placement: inout DaemonSetPlacement, _ plan: inout DaemonSetPlan, in cluster: inout ClusterState
  ) {
    if verdict.shouldRun && pods.isEmpty {
      plan.nodesNeedingPods.append(nodeName)
    } else if verdict.shouldContinue {
      var running: [Pod] = []
      for pod in pods where pod.metadata.deletionTimestamp == nil {
        let where_ = "\(pod.metadata.namespace)/\(pod.metadata.name) on node \(nodeName)"
        if pod.status.phase == "Failed" {
          // Fighting a kubelet that rejects pods would loop hot: deletions of failed pods back off per node.
          if let delay = placement.failedPodDelay(node: nodeName, now: cluster.now) {
            placement.dirty.insert(nodeName)
            cluster.enqueue(.daemonSet, daemonSet.key, after: delay)
            continue
          }
          cluster.recordEvent(
            daemonSet, type: "Warning", reason: "FailedDaemonPod",
            message: "Found failed daemon pod \(where_), will try to kill it", from: .daemonSetController)
          plan.podsToDelete.append(pod)
        } else if pod.status.phase == "Succeeded" {
          cluster.recordEvent(
            daemonSet, reason: "SucceededDaemonPod",
            message: "Found succeeded daemon pod \(where_), will try to delete it", from: .daemonSetController)
          plan.podsToDelete.append(pod)
        } else {
          running.append(pod)
        }
      }
      if !allowsSurge(daemonSet) {
        // Without surge, only the oldest running pod stays.
        plan.podsToDelete += running.dropFirst()
      } else if running.isEmpty {
        if verdict.shouldRun { plan.nodesNeedingPods.append(nodeName) }
      } else if running.count > 1 {
        surgePrune(running, daemonSet, placement.hash, &plan, now: cluster.now)
      }
    } else {
      plan.podsToDelete += pods.filter { $0.metadata.deletionTimestamp == nil }
    }
  }

  /// With surge, two pods may share a node only while the new one is not yet available and the old one still
  /// serves; every other pod goes.
  static func surgePrune(
    _ running: [Pod], _ daemonSet: DaemonSet, _ hash: String, _ plan: inout DaemonSetPlan,
    now: Timestamp
  ) {
    var oldestNew: Pod?
    var oldestOld: Pod?
    for pod in running {
      if pod.metadata.labels[ControllerHistory.hashLabel] == hash {
        if oldestNew == nil {
          oldestNew = pod
          continue
        }
      } else if oldestOld == nil {
        oldestOld = pod
        continue
      }
      plan.podsToDelete.append(pod)
    }
    if let newPod = oldestNew, let oldPod = oldestOld {
      if !PodReadiness.isReady(oldPod)
        || PodReadiness.isAvailable(newPod, minReadySeconds: daemonSet.spec.minReadySeconds, now: now)
      {
        plan.podsToDelete.append(oldPod)
      }
    }
  }

  /// `syncNodes`: creates pods for the nodes (in slow-start batches that stop at a failure) and deletes pods, at
  /// most ``DaemonSetController/burstReplicas`` of each per sync; the rest waits for the next sync.
  static func syncNodes(_ plan: DaemonSetPlan, _ daemonSet: DaemonSet, hash: String, in cluster: inout ClusterState) {
    let burst = DaemonSetController.burstReplicas
    let creations = plan.nodesNeedingPods.prefix(burst)
    let deletions = plan.podsToDelete.prefix(burst)
    if plan.nodesNeedingPods.count > burst || plan.podsToDelete.count > burst {
      let uid = daemonSet.metadata.uid
      for node in plan.nodesNeedingPods.dropFirst(burst) {
        cluster.workloadControllers.daemonSets[uid]?.dirty.insert(node)
      }
      for pod in plan.podsToDelete.dropFirst(burst) {
        if let node = DaemonPods.targetNode(of: pod) { cluster.workloadControllers.daemonSets[uid]?.dirty.insert(node) }
      }
      cluster.enqueue(.daemonSet, daemonSet.key)
    }
    var batch = 1
    var next = creations.startIndex
    creating: while next < creations.endIndex {
      let end = min(next + batch, creations.endIndex)
      for node in creations[next..<end] {
        let pod = DaemonPods.newPod(for: daemonSet, node: node, hash: hash)
        do {
          let created = try cluster.create(pod)
          cluster.recordEvent(
            daemonSet, reason: "SuccessfulCreate", message: "Created pod: \(created.metadata.name)",
            from: .daemonSetController)
        } catch {
          cluster.recordEvent(
            daemonSet, type: "Warning", reason: "FailedCreate",
            message: "Error creating: \(error.creationFailureMessage)", from: .daemonSetController)
          break creating
        }
      }
      next = end
      batch *= 2
    }
    for pod in deletions {
      do {
        try cluster.delete(Pod.self, pod.key)
        cluster.recordEvent(
          daemonSet, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.metadata.name)",
          from: .daemonSetController)
      } catch {
        cluster.recordEvent(
          daemonSet, type: "Warning", reason: "FailedDelete", message: "Error deleting: \(error.message)",
          from: .daemonSetController)
      }
    }
  }

  static func isTerminal(_ pod: Pod) -> Bool { pod.status.phase == "Succeeded" || pod.status.phase == "Failed" }

  static func generation(_ daemonSet: DaemonSet) -> String? {
    daemonSet.metadata.annotations[DaemonPods.templateGenerationAnnotation]
  }

  /// `util.AllowsSurge`: a rolling update with a maxSurge above zero.
  static func allowsSurge(_ daemonSet: DaemonSet) -> Bool {
    guard daemonSet.spec.updateStrategy.type == "RollingUpdate",
      let surge = daemonSet.spec.updateStrategy.rollingUpdate?.maxSurge
    else { return false }
    return (try? surge.scaledValue(total: 100, roundUp: true)) ?? 0 > 0
  }

  /// `podByCreationTimestampAndPhase`: scheduled pods first, then oldest, then by name.
  static func olderFirst(_ left: Pod, _ right: Pod) -> Bool {
    if left.spec.nodeName.isEmpty != right.spec.nodeName.isEmpty { return !left.spec.nodeName.isEmpty }
    let zero = Timestamp(milliseconds: 0)
    let leftTime = left.metadata.creationTimestamp ?? zero
    let rightTime = right.metadata.creationTimestamp ?? zero
    return leftTime != rightTime ? leftTime < rightTime : left.metadata.name < right.metadata.name
  }
}
