import KubeModel

/// `kubectl describe cronjob` (`describeCronJob` in kubectl's `pkg/describe/describe.go`).
extension CronJob: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.nameNamespaceLabelsAnnotations(metadata)
    writer.line(0, "Schedule:", spec.schedule)
    writer.line(0, "Concurrency Policy:", spec.concurrencyPolicy)
    writer.line(0, "Suspend:", DescribeText.bool(spec.suspend))
    writer.line(0, "Time Zone:", spec.timeZone ?? "<unset>")
    writer.line(0, "Successful Job History Limit:", spec.successfulJobsHistoryLimit.map(String.init) ?? "<unset>")
    writer.line(0, "Failed Job History Limit:", spec.failedJobsHistoryLimit.map(String.init) ?? "<unset>")
    writer.line(0, "Starting Deadline Seconds:", spec.startingDeadlineSeconds.map { "\($0)s" } ?? "<unset>")
    // describeJobTemplate
    let job = spec.jobTemplate.spec
    if job.selector != nil {
      JobDescriber.selector(job.selector, into: &writer)
    } else {
      writer.line(0, "Selector:", "<unset>")
    }
    writer.line(0, "Parallelism:", job.parallelism.map(String.init) ?? "<unset>")
    writer.line(0, "Completions:", job.completions.map(String.init) ?? "<unset>")
    if let deadline = job.activeDeadlineSeconds { writer.line(0, "Active Deadline Seconds:", "\(deadline)s") }
    PodTemplateDescriber.describe(job.template, into: &writer)
    writer.line(0, "Last Schedule Time:", DescribeTime.format(status.lastScheduleTime))
    writer.line(0, "Active Jobs:", status.active.isEmpty ? "<none>" : status.active.map(\.name).joined(separator: ", "))
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}
