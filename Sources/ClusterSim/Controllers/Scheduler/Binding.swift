import KubeModel

extension Scheduler {
  /// Binds a pod to the chosen node (the default binder and the API server's binding subresource): `spec.nodeName`
  /// and `PodScheduled=True` are written, which the cache counts at once from the watch event (the simulation's
  /// writes are synchronous, so upstream's `assume` step has no gap to cover), and `Scheduled` is reported.
  static func bind(
    _ pod: consuming Pod, toSlot slot: Int, requirements: PodRequirements, in cluster: inout ClusterState
  ) {
    let nodeName = cluster.scheduler.cache.details[slot].name
    let key = pod.key
    cluster.scheduler.forget(key)
    cluster.scheduler.binding = (key, requirements.resources, slot)
    var bound = pod
    bound.spec.nodeName = nodeName
    setPodScheduled(&bound.status, Condition(type: "PodScheduled", status: "True"), now: cluster.now)
    cluster.write(bound)
    cluster.scheduler.binding = nil
    cluster.recordEvent(
      bound, reason: "Scheduled", message: "Successfully assigned \(key.namespace)/\(key.name) to \(nodeName)",
      from: .scheduler)
  }

  /// `handleSchedulingFailure`: the pod is set aside as unschedulable, a `FailedScheduling` warning carries the
  /// message (repeats are counted by the event log), and `PodScheduled=False` with reason `Unschedulable` carries it
  /// in the pod's status; a nominated node is cleared.
  static func recordFailure(
    _ pod: consuming Pod, message: String, rejectors: FilterPlugins, requirements: PodRequirements?,
    in cluster: inout ClusterState
  ) {
    let key = pod.key
    cluster.scheduler.queue.markUnschedulable(key, rejectors: rejectors, at: cluster.now)
    cluster.scheduler.cache.pendingRequirements[key] = requirements
    planFlush(in: &cluster)
    cluster.recordEvent(
      pod, type: "Warning", reason: "FailedScheduling", message: FitError.truncatedForEvent(message),
      from: .scheduler)
    var updated = pod
    setPodScheduled(
      &updated.status, Condition(type: "PodScheduled", status: "False", reason: "Unschedulable", message: message),
      now: cluster.now)
    updated.status.nominatedNodeName = ""
    cluster.write(updated)
  }

  /// Upstream `podutil.UpdatePodCondition`: replaces the pod's condition of that type (or appends it), keeping the
  /// old transition time when the status did not change.
  static func setPodScheduled(_ status: inout PodStatus, _ condition: Condition, now: Timestamp) {
    var condition = condition
    condition.lastTransitionTime = now
    guard let index = status.conditions.firstIndex(where: { $0.type == condition.type }) else {
      status.conditions.append(condition)
      return
    }
    if status.conditions[index].status == condition.status {
      condition.lastTransitionTime = status.conditions[index].lastTransitionTime
    }
    status.conditions[index] = condition
  }
}
