import KubeModel

/// The StatefulSet controller (`pkg/controller/statefulset/stateful_set_control.go`, `updateStatefulSet`): pods
/// with stable names and claims, created in ordinal order and each Running and Ready before the next
/// (OrderedReady), or all at once (Parallel); scaled down from the highest ordinal; rolled to a new template from
/// the highest ordinal down to the partition (RollingUpdate) or as pods are deleted (OnDelete). Failed pods are
/// recreated.
enum StatefulSetController: Controller {
  static let id = ControllerID.statefulSet

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard let set = cluster.store.statefulSets[key] else { return }
    let update = ControllerHistory.current(
      for: set, template: set.spec.template, collisionCount: set.status.collisionCount, in: &cluster)
    let revisions = ControllerHistory.revisions(ownedBy: set.metadata.uid, in: cluster)
    let current = revisions.first { $0.metadata.name == set.status.currentRevision } ?? update
    var sync = StatefulSetSync(set: set, current: current, update: update, in: cluster)
    if !set.metadata.isBeingDeleted { sync.run(in: &cluster) }
    sync.writeStatus(in: &cluster)
    let limit = set.spec.revisionHistoryLimit ?? 10
    if revisions.count > limit + 1 {
      let live = Set(sync.livePods.map(StatefulPods.revision(of:)))
      let hashes = Set(
        revisions.filter { live.contains($0.metadata.name) }.compactMap {
          $0.metadata.labels[ControllerHistory.hashLabel]
        })
      var keep = hashes
      if let hash = current.metadata.labels[ControllerHistory.hashLabel] { keep.insert(hash) }
      ControllerHistory.cleanUp(
        ownedBy: set.metadata.uid, current: update, limit: limit, liveHashes: keep, in: &cluster)
    }
  }
}

/// One sync of a StatefulSet.
struct StatefulSetSync {
  let set: StatefulSet
  let current: ControllerRevision
  let update: ControllerRevision
  let currentTemplate: PodTemplateSpec
  /// Pods by ordinal within `[start, start + replicas)`; nil where none exists yet.
  var replicas: [Pod?]
  /// Pods with an ordinal outside the range, highest first.
  var condemned: [Pod]
  let monotonic: Bool
  let now: Timestamp

  init(set: StatefulSet, current: ControllerRevision, update: ControllerRevision, in cluster: ClusterState) {
    self.set = set
    self.current = current
    self.update = update
    currentTemplate = ControllerHistory.template(of: current) ?? set.spec.template
    monotonic = set.spec.podManagementPolicy != "Parallel"
    now = cluster.now
    let uid = set.metadata.uid
    let start = StatefulPods.startOrdinal(set)
    replicas = Array(repeating: nil, count: max(0, set.spec.replicas ?? 1))
    var outside: [(Int, Pod)] = []
    for pod in cluster.store.pods.dependents(ofOwnerUID: uid) where pod.metadata.controllerReference?.uid == uid {
      guard let ordinal = StatefulPods.ordinal(of: pod, in: set) else { continue }
      if StatefulPods.inRange(ordinal, set) {
        replicas[ordinal - start] = pod
      } else {
        outside.append((ordinal, pod))
      }
    }
    condemned = outside.sorted { $0.0 > $1.0 }.map(\.1)
  }

  var livePods: [Pod] { replicas.compactMap { $0 } + condemned }

  /// `newVersionedStatefulSetPod`: ordinals below the partition are made from the current revision, the rest
  /// from the update revision.
  func newPod(ordinal: Int) -> Pod {
    let partition = set.spec.updateStrategy.rollingUpdate?.partition
    let useCurrent =
      set.spec.updateStrategy.type == "RollingUpdate"
      && (partition == nil ? ordinal < set.status.currentReplicas : ordinal < partition!)
    return useCurrent
      ? StatefulPods.newPod(set, template: currentTemplate, ordinal: ordinal, revision: current.metadata.name)
      : StatefulPods.newPod(set, template: set.spec.template, ordinal: ordinal, revision: update.metadata.name)
  }

  /// The body of `updateStatefulSet`: replicas in order, then condemned pods in reverse order, then the rolling
  /// update. In OrderedReady mode every step waits for the one before.
  mutating func run(in cluster: inout ClusterState) {
    let start = StatefulPods.startOrdinal(set)
    var firstUnhealthy: String?
    for pod in replicas.compactMap({ $0 }) + condemned.reversed() where !StatefulPods.isHealthy(pod) {
      firstUnhealthy = pod.metadata.name
      break
    }
    if replicas.contains(where: { $0 == nil }) && firstUnhealthy == nil {
      firstUnhealthy = StatefulPods.podName(set, start + (replicas.firstIndex { $0 == nil } ?? 0))
    }
    for index in replicas.indices {
      if processReplica(index, ordinal: start + index, in: &cluster) && monotonic { return }
    }
    for pod in condemned {
      if let ordinal = StatefulPods.ordinal(of: pod, in: set) {
        StatefulClaims.applyRetentionPolicy(pod, set, ordinal: ordinal, in: &cluster)
      }
    }
    for pod in condemned {
      if processCondemned(pod, firstUnhealthy: firstUnhealthy, in: &cluster) && monotonic { return }
    }
    guard set.spec.updateStrategy.type == "RollingUpdate" else { return }
    let partition = set.spec.updateStrategy.rollingUpdate?.partition ?? 0
    var target = replicas.count - 1
    while target >= partition {
      guard let pod = replicas[target] else { return }
      if StatefulPods.revision(of: pod) != update.metadata.name && !StatefulPods.isTerminating(pod) {
        StatefulPods.delete(pod, set, in: &cluster)
        return
      }
      if !StatefulPods.isHealthy(pod) { return }
      target -= 1
    }
  }

  /// `processReplica`: returns whether the sync must stop here (in OrderedReady mode).
  mutating func processReplica(_ index: Int, ordinal: Int, in cluster: inout ClusterState) -> Bool {
    if let pod = replicas[index], pod.status.phase == "Failed" || pod.status.phase == "Succeeded" {
      let failed = pod.status.phase == "Failed"
      cluster.recordEvent(
        set, type: failed ? "Warning" : "Normal", reason: failed ? "RecreatingFailedPod" : "RecreatingTerminatedPod",
        message: "StatefulSet \(set.metadata.namespace)/\(set.metadata.name) is recreating "
          + "\(failed ? "failed" : "terminated") Pod \(pod.metadata.name)", from: .statefulSetController)
      StatefulPods.delete(pod, set, in: &cluster)
      // A finished pod goes at once, so its replacement is made right away.
      replicas[index] = nil
    }
    guard let pod = replicas[index] else {
      let created = StatefulPods.create(newPod(ordinal: ordinal), set, ordinal: ordinal, in: &cluster)
      return created ? monotonic : true
    }
    if pod.status.phase == "Pending" {
      _ = StatefulClaims.createMissing(for: pod, set, ordinal: ordinal, in: &cluster)
    }
    if StatefulPods.isTerminating(pod) { return true }
    if !StatefulPods.isRunningAndReady(pod) { return true }
    if !StatefulPods.isRunningAndAvailable(pod, set.spec.minReadySeconds, now: now) {
      if let due = PodReadiness.availableAt(pod, minReadySeconds: set.spec.minReadySeconds) {
        cluster.enqueue(.statefulSet, set.key, at: due)
      }
      return true
    }
    StatefulClaims.applyRetentionPolicy(pod, set, ordinal: ordinal, in: &cluster)
    if !StatefulPods.identityAndStorageMatch(pod, set, ordinal) {
      var fixed = pod
      StatefulPods.applyIdentity(&fixed, set, ordinal)
      StatefulPods.applyStorage(&fixed, set, ordinal)
      do {
        try cluster.update(fixed)
        StatefulPods.event("update", set, podName: pod.metadata.name, error: nil, in: &cluster)
      } catch {
        StatefulPods.event("update", set, podName: pod.metadata.name, error: error, in: &cluster)
        return true
      }
    }
    return false
  }

  /// `processCondemned`: in OrderedReady mode, waits for a terminating pod, and deletes an unhealthy one only if
  /// it is the first unhealthy pod of the set.
  func processCondemned(_ pod: Pod, firstUnhealthy: String?, in cluster: inout ClusterState) -> Bool {
    if StatefulPods.isTerminating(pod) { return true }
    let isFirstUnhealthy = pod.metadata.name == firstUnhealthy
    if monotonic && !isFirstUnhealthy {
      if !StatefulPods.isRunningAndReady(pod) { return true }
      if !StatefulPods.isRunningAndAvailable(pod, set.spec.minReadySeconds, now: now) { return true }
    }
    StatefulPods.delete(pod, set, in: &cluster)
    return true
  }

  /// `updateStatus` and `completeRollingUpdate`: counts of the set's pods; once every replica runs the update
  /// revision and is ready, it becomes the current revision.
  func writeStatus(in cluster: inout ClusterState) {
    guard var stored = cluster.store.statefulSets[set.key] else { return }
    var status = stored.status
    let pods = cluster.store.pods.dependents(ofOwnerUID: set.metadata.uid).filter {
      $0.metadata.controllerReference?.uid == set.metadata.uid && StatefulPods.ordinal(of: $0, in: set) != nil
    }
    status.observedGeneration = set.metadata.generation
    status.replicas = pods.filter(StatefulPods.isCreated).count
    status.readyReplicas = pods.filter(StatefulPods.isRunningAndReady).count
    status.availableReplicas =
      pods.filter {
        StatefulPods.isRunningAndAvailable($0, set.spec.minReadySeconds, now: now)
      }.count
    let live = pods.filter { StatefulPods.isCreated($0) && !StatefulPods.isTerminating($0) }
    status.currentReplicas = live.filter { StatefulPods.revision(of: $0) == current.metadata.name }.count
    status.updatedReplicas = live.filter { StatefulPods.revision(of: $0) == update.metadata.name }.count
    status.currentRevision = current.metadata.name
    status.updateRevision = update.metadata.name
    status.collisionCount = status.collisionCount ?? 0
    let replicas = set.spec.replicas ?? 1
    if set.spec.updateStrategy.type == "RollingUpdate" && status.updatedReplicas == replicas
      && status.readyReplicas == replicas
    {
      status.currentRevision = status.updateRevision
      status.currentReplicas = status.updatedReplicas
    }
    stored.status = status
    cluster.write(stored)
  }
}
