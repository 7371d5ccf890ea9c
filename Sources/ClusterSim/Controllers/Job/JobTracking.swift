import KubeModel

extension JobSyncContext {
  /// `trackJobStatusAndRemoveFinalizers` and `enactJobFinished`: counts the newly finished pods (and, when the
  /// Job fails, every pod not yet finished) into the status, removes their tracking finalizers, records the
  /// interim condition, and — once no pod is terminating — the terminal condition with its event.
  mutating func track(in cluster: inout ClusterState) {
    let now = cluster.now
    let failing = outcome?.isFailure == true
    var countedSucceeded = 0
    var countedFailed = 0
    for pod in pods where JobPods.hasFinalizer(pod) && !uncounted.contains(pod.metadata.uid) {
      let considerFailed = JobPods.isFailed(pod, job)
      if pod.status.phase == "Succeeded" {
        if !job.isIndexed { countedSucceeded += 1 }
      } else if considerFailed || failing {
        if !job.isIndexed || (JobIndexes.index(of: pod).map { $0 < (job.spec.completions ?? 0) } ?? false) {
          countedFailed += 1
        }
      } else if outcome == nil && !job.metadata.isBeingDeleted {
        continue  // Still running: it keeps its finalizer (`canRemoveFinalizer`).
      }
      JobPods.removeFinalizer(pod, in: &cluster)
    }
    if job.isIndexed {
      job.status.completedIndexes = JobIndexes.format(succeededIndexes)
      job.status.succeeded = succeededIndexes.count
    } else {
      job.status.succeeded += countedSucceeded
    }
    job.status.failed += countedFailed
    job.status.active = activeCount
    job.status.ready = max(0, ready)
    job.status.terminating = max(0, terminating)
    guard let outcome else { return }
    if !job.status.conditions.contains(where: { $0.type == outcome.interimType && $0.status == "True" }) {
      job.status.conditions.append(
        JobConditions.make(outcome.interimType, "True", reason: outcome.reason, message: outcome.message, now: now))
    }
    guard terminating <= 0 else { return }
    JobConditions.ensure(
      &job.status.conditions, outcome.terminalType, "True", reason: outcome.reason, message: outcome.message,
      now: now)
    if case .completed = outcome {
      job.status.completionTime = now
      if let completions = job.spec.completions, job.status.succeeded > completions {
        cluster.recordEvent(
          job, type: "Warning", reason: "TooManySucceededPods",
          message: "Too many succeeded pods running after completion count reached", from: .jobController)
      }
      cluster.recordEvent(job, reason: "Completed", message: "Job completed", from: .jobController)
    } else {
      cluster.recordEvent(
        job, type: "Warning", reason: outcome.reason, message: outcome.message, from: .jobController)
    }
  }
}
