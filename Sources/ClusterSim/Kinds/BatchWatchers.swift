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
    let job = new ?? old!
    if let owner = job.metadata.controllerReference ?? old?.metadata.controllerReference, owner.kind == "CronJob",
      let key = cluster.store.cronJobs.key(forUID: owner.uid)
    {
      cluster.enqueue(.cronJob, key)
    }
  }
}

extension CronJob {
  /// `addCronJob`/`updateCronJob`: a new or changed CronJob syncs at once (the sync works out when the next run
  /// is due and requeues itself for then).
  public static func didChange(old: CronJob?, new: CronJob?, in cluster: inout ClusterState) {
    guard let new else { return }
    cluster.enqueue(.cronJob, new.key)
  }
}
