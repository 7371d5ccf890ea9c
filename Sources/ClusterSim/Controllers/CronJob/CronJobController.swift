import KubeModel

/// The CronJob controller (`pkg/controller/cronjob/cronjob_controllerv2.go`): creates a Job named
/// `<cronjob>-<minutes since the epoch>` at each scheduled time of the CronJob's time zone (UTC by default),
/// honouring `concurrencyPolicy` (Allow, Forbid skips while a Job runs, Replace deletes it) and
/// `startingDeadlineSeconds`; after missed times only the latest one runs. Finished Jobs beyond the history limits
/// are deleted, oldest first. The controller requeues itself for 100 ms after the next scheduled time; Job changes
/// wake it too.
enum CronJobController: Controller {
  static let id = ControllerID.cronJob

  /// `sync`: clean up history, reconcile, write the status once.
  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard let stored = cluster.store.cronJobs[key] else { return }
    var cronJob = stored
    let jobs = ownedJobs(of: cronJob, in: cluster)
    CronJobHistory.cleanUp(&cronJob, jobs: jobs, in: &cluster)
    let remaining = ownedJobs(of: cronJob, in: cluster)
    if let wakeup = reconcile(&cronJob, jobs: remaining, in: &cluster) {
      cluster.enqueue(.cronJob, key, at: wakeup)
    }
    cluster.write(cronJob)
  }

  /// `getJobsToBeReconciled`: the Jobs whose controller reference names this CronJob.
  static func ownedJobs(of cronJob: CronJob, in cluster: ClusterState) -> [Job] {
    let uid = cronJob.metadata.uid
    return cluster.store.jobs.dependents(ofOwnerUID: uid).filter { $0.metadata.controllerReference?.uid == uid }
  }

  /// `syncCronJob`: returns when to sync again, or nil when nothing is scheduled (suspended, bad schedule).
  static func reconcile(_ cronJob: inout CronJob, jobs: [Job], in cluster: inout ClusterState) -> Timestamp? {
    let now = cluster.now
    observe(jobs, in: &cronJob, cluster: &cluster)
    guard !cronJob.metadata.isBeingDeleted else { return nil }
    guard let zone = CronZone.load(cronJob.spec.timeZone) else {
      let name = cronJob.spec.timeZone ?? ""
      cluster.recordEvent(
        cronJob, type: "Warning", reason: "UnknownTimeZone",
        message: "invalid timeZone: \"\(name)\": unknown time zone \(name)", from: .cronJobController)
      return nil
    }
    guard cronJob.spec.suspend != true else { return nil }
    if cronJob.spec.schedule.contains("TZ") {
      cluster.recordEvent(
        cronJob, type: "Warning", reason: "UnsupportedSchedule",
        message: "CRON_TZ or TZ used in schedule \"\(cronJob.spec.schedule)\" is not officially supported, see "
          + "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more details",
        from: .cronJobController)
    }
    let schedule: CronSchedule
    do {
      schedule = try CronSchedule.parse(cronJob.spec.schedule)
    } catch {
      cluster.recordEvent(
        cronJob, type: "Warning", reason: "UnparseableSchedule",
        message: "unparseable schedule: \"\(cronJob.spec.schedule)\" : \(error)", from: .cronJobController)
      return nil
    }
    let effectiveZone = schedule.location.flatMap { CronZone.load($0) } ?? zone
    let recent = CronScheduling.mostRecent(
      cronJob, now: now, schedule: schedule, zone: effectiveZone, includeStartingDeadline: true)
    if recent.invalid {
      cluster.recordEvent(
        cronJob, type: "Warning", reason: "InvalidSchedule",
        message: "invalid schedule: \(cronJob.spec.schedule) : time difference between two schedules is less than "
          + "1 second", from: .cronJobController)
      return nil
    }
    let next = { (job: CronJob) in
      CronScheduling.nextWakeup(job, now: now, schedule: schedule, zone: effectiveZone)
    }
    guard let scheduled = recent.mostRecent else { return next(cronJob) }
    if recent.missed == .many {
      cluster.recordEvent(
        cronJob, type: "Warning", reason: "TooManyMissedTimes",
        message: "too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew",
        from: .cronJobController)
    }
    if let deadline = cronJob.spec.startingDeadlineSeconds, scheduled + .seconds(deadline) < now {
      cluster.recordEvent(
        cronJob, type: "Warning", reason: "MissSchedule",
        message: "Missed scheduled time to start a job: \(DescribeTime.go(scheduled))", from: .cronJobController)
      return next(cronJob)
    }
    let name = CronScheduling.jobName(cronJob, scheduledAt: scheduled)
    if cronJob.status.active.contains(where: { $0.name == name }) || cronJob.status.lastScheduleTime == scheduled {
      return next(cronJob)
    }
    if cronJob.spec.concurrencyPolicy == "Forbid" && !cronJob.status.active.isEmpty {
      cluster.recordEvent(
        cronJob, reason: "JobAlreadyActive",
        message: "Not starting job because prior execution is running and concurrency policy is Forbid",
        from: .cronJobController)
      return next(cronJob)
    }
    if cronJob.spec.concurrencyPolicy == "Replace" {
      for reference in cronJob.status.active {
        guard let job = cluster.store.jobs[reference.namespace, reference.name] else { continue }
        CronJobHistory.delete(job, of: &cronJob, in: &cluster)
      }
    }
    let template = CronJobHistory.job(from: cronJob, scheduledAt: scheduled, zone: zone)
    do {
      let created = try cluster.create(template)
      cluster.recordEvent(
        cronJob, reason: "SuccessfulCreate", message: "Created job \(created.metadata.name)", from: .cronJobController)
      var reference = created.objectReference
      reference.resourceVersion = created.metadata.resourceVersion
      cronJob.status.active.append(reference)
    } catch {
      guard error.reason == .alreadyExists, let existing = cluster.store.jobs[cronJob.metadata.namespace, name],
        existing.metadata.controllerReference?.uid == cronJob.metadata.uid
      else {
        if error.reason != .alreadyExists {
          cluster.recordEvent(
            cronJob, type: "Warning", reason: "FailedCreate", message: "Error creating job: \(error.message)",
            from: .cronJobController)
        }
        return nil
      }
      if !cronJob.status.active.contains(where: { $0.uid == existing.metadata.uid }) {
        cronJob.status.active.append(existing.objectReference)
      } else {
        return nil
      }
    }
    cronJob.status.lastScheduleTime = scheduled
    return next(cronJob)
  }

  /// The first half of `syncCronJob`: Jobs that finished leave the active list (`SawCompletedJob`), successes move
  /// `lastSuccessfulTime`, unknown running Jobs are reported (`UnexpectedJob`), and active Jobs that no longer
  /// exist are dropped (`MissingJob`).
  static func observe(_ jobs: [Job], in cronJob: inout CronJob, cluster: inout ClusterState) {
    let uids = Set(jobs.map(\.metadata.uid))
    for job in jobs {
      let found = cronJob.status.active.contains { $0.uid == job.metadata.uid }
      if !found && !job.isFinished {
        cluster.recordEvent(
          cronJob, type: "Warning", reason: "UnexpectedJob",
          message: "Saw a job that the controller did not create or forgot: \(job.metadata.name)",
          from: .cronJobController)
      } else if found && job.isFinished {
        let status = job.status.conditions.first {
          ($0.type == "Complete" || $0.type == "Failed") && $0.status == "True"
        }
        cronJob.status.active.removeAll { $0.uid == job.metadata.uid }
        cluster.recordEvent(
          cronJob, reason: "SawCompletedJob",
          message: "Saw completed job: \(job.metadata.name), status: \(status?.type ?? "")", from: .cronJobController)
      } else if job.status.conditions.isTrue("Complete"), let completion = job.status.completionTime {
        if cronJob.status.lastSuccessfulTime.map({ completion > $0 }) ?? true {
          cronJob.status.lastSuccessfulTime = completion
        }
      }
    }
    for reference in cronJob.status.active where !uids.contains(reference.uid) {
      cluster.recordEvent(
        cronJob, reason: "MissingJob", message: "Active job went missing: \(reference.name)", from: .cronJobController)
      cronJob.status.active.removeAll { $0.uid == reference.uid }
    }
  }
}
