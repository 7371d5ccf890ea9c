import KubeModel

/// The Job controller (`pkg/controller/job/job_controller.go`, `syncJob`): runs a Job's pods until enough of them
/// succeed — one pod, a fixed completion count, or a work queue with only parallelism — replacing failed pods after
/// an exponential back-off, and ends the Job Complete or Failed (BackoffLimitExceeded, DeadlineExceeded).
///
/// Pods are counted through the `batch.kubernetes.io/job-tracking` finalizer, as upstream does: a finished pod
/// still carrying it is new, is added to `status.succeeded` or `status.failed`, and loses the finalizer.
enum JobController: Controller {
  static let id = ControllerID.job

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard let job = cluster.store.jobs[key] else { return }
    if job.isFinished {
      // A finished Job is left alone but for the TTL-after-finished controller (`ttlafterfinished`).
      cluster.workloadControllers.jobBackoff[job.metadata.uid] = nil
      JobTTL.check(job, in: &cluster)
      return
    }
    var context = JobSyncContext(job, in: cluster)
    context.decideOutcome(in: &cluster)
    if context.outcome != nil {
      context.deleteActivePods(in: &cluster)
    } else {
      if !job.metadata.isBeingDeleted { JobManager.manage(&context, in: &cluster) }
      context.checkCompletion()
      if context.manageCalled { context.updateSuspendedCondition(in: &cluster) }
    }
    context.track(in: &cluster)
    cluster.workloadControllers.jobBackoff[job.metadata.uid] = context.backoff
    let written = cluster.write(context.job)
    if written.isFinished { JobTTL.check(written, in: &cluster) }
  }
}

/// What one sync of a Job works with (upstream `syncJobCtx`).
struct JobSyncContext {
  var job: Job
  /// The pods the Job controls, as they were when the sync began.
  let pods: [Pod]
  var active: [Pod]
  var activeCount: Int
  var terminating: Int
  var ready: Int
  var newSucceeded: [Pod]
  var newFailed: [Pod]
  var succeeded: Int
  var failed: Int
  var succeededIndexes: Set<Int> = []
  var outcome: JobOutcome?
  var backoff: JobBackoffRecord
  var manageCalled = false
  /// Pods deleted with their finalizer removed first, so they are not counted.
  var uncounted: Set<String> = []

  init(_ job: Job, in cluster: ClusterState) {
    var job = job
    let uid = job.metadata.uid
    pods = cluster.store.pods.dependents(ofOwnerUID: uid).filter { $0.metadata.controllerReference?.uid == uid }
    active = pods.filter(PodReadiness.isActive)
    activeCount = active.count
    terminating = pods.filter { $0.metadata.deletionTimestamp != nil && !Self.isTerminal($0) }.count
    ready = active.filter(PodReadiness.isReady).count
    let completions = job.spec.completions ?? 0
    let valid: (Pod) -> Bool = { pod in
      guard job.isIndexed else { return true }
      guard let index = JobIndexes.index(of: pod) else { return false }
      return index < completions
    }
    newSucceeded = pods.filter { JobPods.hasFinalizer($0) && valid($0) && $0.status.phase == "Succeeded" }
    newFailed = pods.filter { JobPods.hasFinalizer($0) && valid($0) && JobPods.isFailed($0, job) }
    succeeded = job.status.succeeded + newSucceeded.count
    failed = job.status.failed + newFailed.count
    // Job first start: the start time is set unless the Job is suspended.
    if job.status.startTime == nil && !job.isSuspended { job.status.startTime = cluster.now }
    let record = cluster.workloadControllers.jobBackoff[uid] ?? JobBackoffRecord()
    backoff = record.adding(succeeded: newSucceeded, failed: newFailed)
    if job.isIndexed {
      succeededIndexes = JobIndexes.parse(job.status.completedIndexes, completions: completions)
      for pod in newSucceeded { if let index = JobIndexes.index(of: pod) { succeededIndexes.insert(index) } }
      succeeded = succeededIndexes.count
    }
    self.job = job
  }

  static func isTerminal(_ pod: Pod) -> Bool { pod.status.phase == "Succeeded" || pod.status.phase == "Failed" }

  /// The outcome already recorded (SuccessCriteriaMet or FailureTarget), else a failure: more failed pods than
  /// `backoffLimit` (or, for OnFailure, as many container restarts), or past `activeDeadlineSeconds`. A Job with
  /// a deadline is synced again when it passes.
  mutating func decideOutcome(in cluster: inout ClusterState) {
    let conditions = job.status.conditions
    if let met = conditions.first(where: { $0.type == "SuccessCriteriaMet" && $0.status == "True" }) {
      outcome = .completed(reason: met.reason, message: met.message)
      return
    }
    if let target = conditions.first(where: { $0.type == "FailureTarget" && $0.status == "True" }) {
      outcome = .failed(reason: target.reason, message: target.message)
      return
    }
    let limit = job.spec.backoffLimit ?? 6
    if failed > limit || pastBackoffLimitOnFailure(limit) {
      outcome = .backoffLimitExceeded
    } else if let deadline = job.spec.activeDeadlineSeconds, let start = job.status.startTime, !job.isSuspended {
      let end = start + .seconds(deadline)
      if cluster.now >= end {
        outcome = .deadlineExceeded
      } else {
        cluster.enqueue(.job, job.key, at: end)
      }
    }
  }

  /// Upstream `pastBackoffLimitOnFailure`: with restartPolicy OnFailure, the restarts of the containers of pending
  /// and running pods, summed, reach the limit (any restart when the limit is 0).
  func pastBackoffLimitOnFailure(_ limit: Int) -> Bool {
    guard job.spec.template.spec.restartPolicy == "OnFailure" else { return false }
    var restarts = 0
    for pod in pods where pod.status.phase == "Running" || pod.status.phase == "Pending" {
      restarts += pod.status.initContainerStatuses.reduce(0) { $0 + $1.restartCount }
      restarts += pod.status.containerStatuses.reduce(0) { $0 + $1.restartCount }
    }
    return limit == 0 ? restarts > 0 : restarts >= limit
  }

  /// `deleteActivePods`: a finishing Job's running pods are deleted with their finalizers kept, so they count as
  /// failed.
  mutating func deleteActivePods(in cluster: inout ClusterState) {
    for pod in active {
      JobPods.delete(pod, of: job, uncount: false, in: &cluster)
      if PodReadiness.isReady(pod) { ready -= 1 }
    }
    terminating += active.count
    activeCount = 0
  }

  /// A Job with completions is complete at that many successes; one without, at its first success once no pod is
  /// still running.
  mutating func checkCompletion() {
    let complete: Bool
    if let completions = job.spec.completions {
      complete = succeeded >= completions && activeCount == 0
    } else {
      complete = succeeded > 0 && activeCount == 0
    }
    if complete { outcome = .completionsReached }
  }

  /// The Suspended condition and its events: `Job suspended` when suspended, `Job resumed` (and a new start time,
  /// so the deadline counts from the resumption) when resumed.
  mutating func updateSuspendedCondition(in cluster: inout ClusterState) {
    guard outcome == nil else { return }
    let now = cluster.now
    if job.isSuspended {
      if JobConditions.ensure(
        &job.status.conditions, "Suspended", "True", reason: "JobSuspended", message: "Job suspended", now: now)
      {
        cluster.recordEvent(job, reason: "Suspended", message: "Job suspended", from: .jobController)
      }
    } else if JobConditions.ensure(
      &job.status.conditions, "Suspended", "False", reason: "JobResumed", message: "Job resumed", now: now)
    {
      cluster.recordEvent(job, reason: "Resumed", message: "Job resumed", from: .jobController)
      job.status.startTime = now
    }
  }
}
