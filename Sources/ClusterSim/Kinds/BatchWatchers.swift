import KubeModel

/// The informer handlers of Jobs and CronJobs, and the Job's selector generation at admission.
extension Job {
  /// The job strategy's `PrepareForCreate` (`generateSelectorIfNeeded`): unless `manualSelector` is set, the
  /// selector is `batch.kubernetes.io/controller-uid=<uid>` and the template gets that label, the
  /// `batch.kubernetes.io/job-name` label and their legacy unprefixed forms; a Job without labels then shows the
  /// template's (defaulting when the Job is read back).
  public static func admit(_ job: inout Job, old: Job?, in cluster: inout ClusterState) throws(APIError) {
    guard old == nil, job.spec.manualSelector != true else { return }
    // `create` assigns the next uid of the uid stream right after admission and validation, which draw none.
    var peek = cluster.random.uids
    let uid = peek.uuid()
    let generated = [
      "batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": job.metadata.name,
      "controller-uid": uid, "job-name": job.metadata.name,
    ]
    job.spec.template.metadata.labels.merge(generated) { _, new in new }
    job.spec.selector = LabelSelector(matchLabels: ["batch.kubernetes.io/controller-uid": uid])
    if job.metadata.labels.isEmpty { job.metadata.labels = job.spec.template.metadata.labels }
  }

  /// `addJob`/`updateJob`/`deleteJob`: the Job syncs when it changes, and so does the CronJob that owns it.
  public static func didChange(old: Job?, new: Job?, in cluster: inout ClusterState) {
    if let new { cluster.enqueue(.job, new.key) }
    if new == nil, let old { cluster.workloadControllers.jobBackoff[old.metadata.uid] = nil }
    let job = new ?? old!
    if let owner = job.metadata.controllerReference ?? old?.metadata.controllerReference, owner.kind == "CronJob",
      let key = cluster.store.cronJobs.key(forUID: owner.uid)
    {
      cluster.enqueue(.cronJob, key)
    }
  }
}

extension CronJob {
  /// `validateTimeZone`'s last rule, which needs the time zone database: a well-formed `timeZone` must name a zone
  /// Go's `time.LoadLocation` knows (`unknown time zone Mars/Olympus`). The error joins the others in upstream's
  /// order, after the schedule's.
  public static func admit(_ cronJob: inout CronJob, old: CronJob?, in cluster: inout ClusterState) throws(APIError) {
    guard let name = cronJob.spec.timeZone, old?.spec.timeZone != name,
      CronJobValidation.timeZoneSyntax(name).isEmpty, CronZone.load(name) == nil
    else { return }
    var errors = cronJob.validate(old: old)
    let position =
      errors.firstIndex { error in
        !(error.field.hasPrefix("metadata.") || error.field == "spec.schedule"
          || error.field == "spec.startingDeadlineSeconds")
      } ?? errors.count
    errors.insert(.invalid("spec.timeZone", .string(name), "unknown time zone \(name)"), at: position)
    throw APIError.invalid(kind: CronJob.kind, name: cronJob.metadata.name, errors)
  }

  /// `addCronJob`/`updateCronJob`: a new CronJob syncs at once; a changed schedule or time zone is synced when the
  /// new schedule next fires (so a time the new schedule "missed" is not started); any other change syncs at once.
  public static func didChange(old: CronJob?, new: CronJob?, in cluster: inout ClusterState) {
    guard let new else { return }
    if let old, old.spec.schedule != new.spec.schedule || old.spec.timeZone != new.spec.timeZone {
      guard let schedule = try? CronSchedule.parse(new.spec.schedule), let zone = CronZone.load(new.spec.timeZone),
        let wakeup = CronScheduling.nextWakeup(new, now: cluster.now, schedule: schedule, zone: zone)
      else { return }
      cluster.enqueue(.cronJob, new.key, at: wakeup)
      return
    }
    cluster.enqueue(.cronJob, new.key)
  }
}
