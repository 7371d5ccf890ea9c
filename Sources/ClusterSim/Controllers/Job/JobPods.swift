import KubeModel

/// How the Job controller makes and removes its pods (`manageJob`'s pod control, upstream `controller_utils.go`
/// `CreatePodsWithGenerateName` and `DeletePod`).
enum JobPods {
  /// `batch.kubernetes.io/job-tracking`: kept on a pod until the controller has counted it in the Job's status, so
  /// a finished pod is counted exactly once (upstream's finalizer-based tracking).
  static let trackingFinalizer = "batch.kubernetes.io/job-tracking"
  /// Upstream `MaxPodCreateDeletePerSync`.
  static let maxCreateDeletePerSync = 500

  /// A pod from the Job's template: `<job>-` as generateName (`<job>-<index>-` for Indexed Jobs, with the index
  /// annotation and label, the hostname `<job>-<index>` and `JOB_COMPLETION_INDEX` in every container), the
  /// tracking finalizer and a controller reference to the Job.
  static func newPod(for job: Job, index: Int?) -> Pod {
    let template = job.spec.template
    var pod = Pod()
    pod.metadata.namespace = job.metadata.namespace
    pod.metadata.labels = template.metadata.labels
    pod.metadata.annotations = template.metadata.annotations
    pod.metadata.finalizers = template.metadata.finalizers
    if !pod.metadata.finalizers.contains(trackingFinalizer) { pod.metadata.finalizers.append(trackingFinalizer) }
    pod.metadata.ownerReferences = [job.controllerReference]
    pod.$spec = template.$spec
    pod.metadata.generateName = job.metadata.name + "-"
    if let index {
      pod.metadata.annotations[JobIndexes.annotation] = String(index)
      pod.metadata.labels[JobIndexes.annotation] = String(index)
      pod.spec.hostname = "\(job.metadata.name)-\(index)"
      pod.metadata.generateName = generateName(job.metadata.name, index: index)
      var variable = EnvVar(name: JobIndexes.environmentVariable)
      var source = EnvVarSource()
      var field = ObjectFieldSelector()
      field.apiVersion = "v1"
      field.fieldPath = "metadata.annotations['\(JobIndexes.annotation)']"
      source.fieldRef = field
      variable.valueFrom = source
      for position in pod.spec.containers.indices
      where !pod.spec.containers[position].env.contains(where: { $0.name == JobIndexes.environmentVariable }) {
        pod.spec.containers[position].env.append(variable)
      }
      for position in pod.spec.initContainers.indices
      where !pod.spec.initContainers[position].env.contains(where: { $0.name == JobIndexes.environmentVariable }) {
        pod.spec.initContainers[position].env.append(variable)
      }
    }
    return pod
  }

  /// `podGenerateNameWithIndex`: `<job>-<index>-`, the job name cut so the whole name stays within 63 characters.
  static func generateName(_ jobName: String, index: Int) -> String {
    let suffix = "-\(index)-"
    let room = 63 - 5 - suffix.count
    return String(jobName.prefix(max(0, room))) + suffix
  }

  /// Creates one pod and records `SuccessfulCreate` (`Created pod: pi-x2k4z`), or `FailedCreate` when refused.
  static func create(_ pod: Pod, for job: Job, in cluster: inout ClusterState) -> Bool {
    do {
      let created = try cluster.create(pod)
      cluster.recordEvent(
        job, reason: "SuccessfulCreate", message: "Created pod: \(created.metadata.name)", from: .jobController)
      return true
    } catch {
      cluster.recordEvent(
        job, type: "Warning", reason: "FailedCreate", message: "Error creating: \(error.creationFailureMessage)",
        from: .jobController)
      return false
    }
  }

  /// Deletes a pod and records `SuccessfulDelete`. With `uncount`, the tracking finalizer goes first, so the pod is
  /// not counted as failed (`deleteJobPods`, used on suspension and scale-down); without it the pod keeps its
  /// finalizer and counts as failed (`deleteActivePods`, used when the Job fails).
  static func delete(_ pod: Pod, of job: Job, uncount: Bool, in cluster: inout ClusterState) {
    if uncount { removeFinalizer(pod, in: &cluster) }
    do {
      try cluster.delete(Pod.self, pod.key)
      cluster.recordEvent(
        job, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.metadata.name)", from: .jobController)
    } catch {
      cluster.recordEvent(
        job, type: "Warning", reason: "FailedDelete", message: "Error deleting: \(error.message)",
        from: .jobController)
    }
  }

  static func removeFinalizer(_ pod: Pod, in cluster: inout ClusterState) {
    guard var current = cluster.store.pods[pod.key], current.metadata.finalizers.contains(trackingFinalizer) else {
      return
    }
    current.metadata.finalizers.removeAll { $0 == trackingFinalizer }
    cluster.write(current)
  }

  static func hasFinalizer(_ pod: Pod) -> Bool { pod.metadata.finalizers.contains(trackingFinalizer) }

  /// Upstream `isPodFailed`: Failed, or (unless only failed pods are replaced) being deleted without having
  /// succeeded.
  static func isFailed(_ pod: Pod, _ job: Job) -> Bool {
    if pod.status.phase == "Failed" { return true }
    if job.spec.podReplacementPolicy == "Failed" { return false }
    return pod.metadata.deletionTimestamp != nil && pod.status.phase != "Succeeded"
  }

  /// Upstream `controller.ActivePods` order, which `activePodsForRemoval` deletes first: unscheduled, pending, not
  /// ready, ready for less time, more restarts, newer.
  static func removalOrder(_ pods: [Pod], now: Timestamp) -> [Pod] {
    PodDeletionRanking.ordered(pods, relatedPodsPerNode: [:], now: now)
  }
}
