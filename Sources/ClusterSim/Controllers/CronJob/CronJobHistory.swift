import KubeModel

/// The Jobs a CronJob makes and removes (upstream `getJobFromTemplate2`, `deleteJob`, `cleanupFinishedJobs`).
enum CronJobHistory {
  /// `batch.kubernetes.io/cronjob-scheduled-timestamp`: the scheduled time, in the CronJob's time zone.
  static let scheduledTimestampAnnotation = "batch.kubernetes.io/cronjob-scheduled-timestamp"

  /// `getJobFromTemplate2`: the template's labels and annotations, the scheduled-time annotation, the
  /// deterministic name, and a controller reference to the CronJob.
  static func job(from cronJob: CronJob, scheduledAt time: Timestamp, zone: CronZone) -> Job {
    var job = Job()
    job.metadata.name = CronScheduling.jobName(cronJob, scheduledAt: time)
    job.metadata.namespace = cronJob.metadata.namespace
    job.metadata.labels = cronJob.spec.jobTemplate.metadata.labels
    job.metadata.annotations = cronJob.spec.jobTemplate.metadata.annotations
    job.metadata.annotations[scheduledTimestampAnnotation] = zone.rfc3339(time.seconds)
    job.metadata.ownerReferences = [cronJob.controllerReference]
    job.spec = cronJob.spec.jobTemplate.spec
    return job
  }

  /// `deleteJob`: deletes the Job in the background (its pods follow), drops it from the active list, and records
  /// `Deleted job <name>`.
  static func delete(_ job: Job, of cronJob: inout CronJob, in cluster: inout ClusterState) {
    do {
      try cluster.delete(Job.self, job.key, propagation: .background)
    } catch {
      cluster.recordEvent(
        cronJob, type: "Warning", reason: "FailedDelete", message: "Deleted job: \(error.message)",
        from: .cronJobController)
      return
    }
    cronJob.status.active.removeAll { $0.uid == job.metadata.uid }
    cluster.recordEvent(
      cronJob, reason: "SuccessfulDelete", message: "Deleted job \(job.metadata.name)", from: .cronJobController)
  }

  /// `cleanupFinishedJobs`: keeps the newest `successfulJobsHistoryLimit` Complete and `failedJobsHistoryLimit`
  /// Failed Jobs (by start time, then name), deleting older ones.
  static func cleanUp(_ cronJob: inout CronJob, jobs: [Job], in cluster: inout ClusterState) {
    var succeeded: [Job] = []
    var failed: [Job] = []
    for job in jobs {
      let finished = job.status.conditions.first {
        ($0.type == "Complete" || $0.type == "Failed") && $0.status == "True"
      }
      if finished?.type == "Complete" { succeeded.append(job) }
      if finished?.type == "Failed" { failed.append(job) }
    }
    if let limit = cronJob.spec.successfulJobsHistoryLimit {
      removeOldest(succeeded, keeping: limit, &cronJob, &cluster)
    }
    if let limit = cronJob.spec.failedJobsHistoryLimit { removeOldest(failed, keeping: limit, &cronJob, &cluster) }
  }

  private static func removeOldest(
    _ jobs: [Job], keeping limit: Int, _ cronJob: inout CronJob, _ cluster: inout ClusterState
  ) {
    let surplus = jobs.count - limit
    guard surplus > 0 else { return }
    // `byJobStartTime`: Jobs without a start time last.
    let ordered = jobs.sorted { left, right in
      switch (left.status.startTime, right.status.startTime) {
      case (nil, nil): return left.metadata.name < right.metadata.name
      case (nil, _): return false
      case (_, nil): return true
      case (let leftStart?, let rightStart?):
        return leftStart != rightStart ? leftStart < rightStart : left.metadata.name < right.metadata.name
      }
    }
    for job in ordered.prefix(surplus) { delete(job, of: &cronJob, in: &cluster) }
  }
}
