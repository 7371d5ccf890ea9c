import KubeModel

/// kube-scheduler with the default profile (`pkg/scheduler`): takes pods that have no node, filters and scores
/// the nodes, and binds each pod to the best one; a pod no node can take is marked Unschedulable, reported, and
/// set aside until a cluster event may help it.
///
/// Its queue key is a pod key, plus ``flushKey`` for the periodic flush of pods that waited too long.
enum Scheduler: Controller {
  static let id = ControllerID.scheduler
  /// The profile's `schedulerName`; pods naming another scheduler are left alone.
  static let schedulerName = "default-scheduler"
  /// The key of the flush wakeup (`flushUnschedulablePodsLeftover`); no pod has an empty namespace.
  static let flushKey = ObjectKey(namespace: "", name: "flushUnschedulablePodsLeftover")

  /// Whether the scheduler should place this pod: no node yet, not being deleted, its scheduler, not finished.
  /// `spec` is `pod.spec`, read once by the caller: each read of `pod.spec` copies the whole spec.
  static func isCandidate(_ pod: Pod, spec: PodSpec) -> Bool {
    spec.nodeName.isEmpty && pod.metadata.deletionTimestamp == nil && spec.schedulerName == schedulerName
      && pod.status.phase != "Succeeded" && pod.status.phase != "Failed"
  }

  /// Whether the pod has scheduling gates, which keep it out of scheduling (the SchedulingGates PreEnqueue plugin).
  static func isGated(_ spec: PodSpec) -> Bool {
    !(spec.schedulingGates?.arrayValue?.isEmpty ?? true)
  }

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    if key == flushKey {
      flushUnschedulablePods(in: &cluster)
      return
    }
    guard let pod = cluster.store.pods[key] else {
      cluster.scheduler.forget(key)
      return
    }
    let spec = pod.spec
    guard isCandidate(pod, spec: spec) else {
      cluster.scheduler.forget(key)
      return
    }
    if cluster.scheduler.queue.isWaiting(key) { return }  // A stale wakeup: the pod waits for an event.
    if isGated(spec) {
      cluster.scheduler.queue.markGated(key, at: cluster.now)
      return
    }
    cluster.prepareScheduler()
    schedule(pod, spec: spec, in: &cluster)
  }

  /// One scheduling cycle (`schedulePod`): no nodes at all is its own failure; otherwise search, then bind or
  /// record why not.
  static func schedule(_ pod: consuming Pod, spec: PodSpec, in cluster: inout ClusterState) {
    cluster.scheduler.cache.refreshOrder()
    let count = cluster.scheduler.cache.order.count
    guard count > 0 else {
      recordFailure(pod, message: FitError.noNodesAvailable, rejectors: [], requirements: nil, in: &cluster)
      return
    }
    // VolumeBinding's PreFilter: claims must exist and be bound, unless they wait for their first consumer.
    let namespace = pod.metadata.namespace
    var spec = spec
    switch VolumeBinding.check(spec, namespace: namespace, numAllNodes: count, in: cluster) {
    case .unschedulable(let message):
      recordFailure(pod, message: message, rejectors: [.volumeBinding], requirements: nil, in: &cluster)
      return
    case .proceed(let adjusted):
      spec = adjusted
    }
    let requirements = PodRequirements(spec)
    let candidates = NodeConstraints.preFilterNodeNames(spec).map { cluster.scheduler.cache.existingSlots(named: $0) }
    let start = cluster.scheduler.nextStartNodeIndex % count
    let (placement, examined) = NodeSelection.place(
      requirements, in: cluster.scheduler.cache, candidates: candidates, startingAt: start,
      memo: &cluster.scheduler.memo, random: &cluster.random.choices)
    cluster.scheduler.nextStartNodeIndex = (start + examined) % count
    switch placement {
    case .node(let slot):
      VolumeBinding.bindClaims(
        spec, namespace: namespace, node: cluster.scheduler.cache.details[slot].name, in: &cluster)
      bind(pod, toSlot: slot, requirements: requirements, in: &cluster)
    case .unschedulable(let diagnosis):
      let message = FitError.message(
        diagnosis, numAllNodes: count, pod: requirements, cache: cluster.scheduler.cache)
      recordFailure(pod, message: message, rejectors: diagnosis.rejectors, requirements: requirements, in: &cluster)
    }
  }

  /// Moves the pods that have waited as unschedulable for more than five minutes back to the queue, and plans the
  /// next flush.
  static func flushUnschedulablePods(in cluster: inout ClusterState) {
    cluster.scheduler.queue.flushWakeup = nil
    for key in cluster.scheduler.queue.keysDueForFlush(at: cluster.now, start: cluster.startTime) {
      cluster.scheduler.queue.markRequeued(key)
      cluster.enqueue(.scheduler, key)
    }
    planFlush(in: &cluster)
  }

  /// Schedules the flush wakeup for the earliest waiting pod, unless one is already pending.
  static func planFlush(in cluster: inout ClusterState) {
    guard cluster.scheduler.queue.flushWakeup == nil,
      let next = cluster.scheduler.queue.nextFlush(start: cluster.startTime)
    else { return }
    cluster.scheduler.queue.flushWakeup = next
    cluster.enqueue(.scheduler, flushKey, at: next)
  }
}
