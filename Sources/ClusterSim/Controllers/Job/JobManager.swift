import KubeModel

/// `manageJob`: keeps the number of active pods at what the Job wants — parallelism, but never more than the
/// completions still missing (a Job without completions keeps what runs once one pod succeeded) — deleting the
/// surplus, or creating the shortfall once the failure back-off allows, in slow-start batches of 1, 2, 4, ....
/// A suspended Job has its active pods deleted.
enum JobManager {
  static func manage(_ context: inout JobSyncContext, in cluster: inout ClusterState) {
    context.manageCalled = true
    let job = context.job
    if job.isSuspended {
      remove(context.active, from: &context, in: &cluster)
      return
    }
    let parallelism = job.spec.parallelism ?? 1
    let wantActive: Int
    if let completions = job.spec.completions {
      wantActive = max(0, min(completions - context.succeeded, parallelism))
    } else {
      wantActive = context.succeeded > 0 ? context.activeCount : parallelism
    }
    // `activePodsForRemoval`: for Indexed Jobs, pods with a repeated or invalid index go first.
    let surplus = max(0, context.activeCount - wantActive)
    var doomed: [Pod] = []
    if job.isIndexed { doomed = JobIndexes.duplicates(context.active, completions: job.spec.completions ?? 0) }
    if doomed.count < surplus {
      let names = Set(doomed.map(\.metadata.name))
      let rest = JobPods.removalOrder(context.active.filter { !names.contains($0.metadata.name) }, now: cluster.now)
      doomed += rest.prefix(surplus - doomed.count)
    }
    if !doomed.isEmpty {
      // Deletion takes precedence: a sync either deletes or creates, never both.
      remove(Array(doomed.prefix(JobPods.maxCreateDeletePerSync)), from: &context, in: &cluster)
      return
    }
    // With podReplacementPolicy Failed, pods still terminating are waited for before replacements are made.
    let terminating = job.spec.podReplacementPolicy == "Failed" ? context.terminating : 0
    var missing = wantActive - terminating - context.activeCount
    guard missing > 0 else { return }
    let remaining = context.backoff.remainingTime(now: cluster.now)
    if remaining > .zero {
      cluster.enqueue(.job, job.key, after: remaining)
      return
    }
    missing = min(missing, JobPods.maxCreateDeletePerSync)
    var indexes: [Int?] = Array(repeating: nil, count: missing)
    if job.isIndexed {
      indexes = JobIndexes.firstPending(
        count: missing, completions: job.spec.completions ?? 0, succeeded: context.succeededIndexes,
        active: context.active
      ).map { $0 }
    }
    var batch = 1
    var next = 0
    while next < indexes.count {
      let size = min(batch, indexes.count - next)
      var failures = 0
      for index in indexes[next..<(next + size)] {
        if JobPods.create(JobPods.newPod(for: job, index: index), for: job, in: &cluster) {
          context.activeCount += 1
        } else {
          failures += 1
        }
      }
      next += size
      // Slow start: after a failed batch the rest is left to a later sync.
      if failures > 0 { break }
      batch *= 2
    }
  }

  /// `deleteJobPods`: the tracking finalizer comes off first, so these pods are not counted as failed.
  static func remove(_ pods: [Pod], from context: inout JobSyncContext, in cluster: inout ClusterState) {
    for pod in pods {
      JobPods.delete(pod, of: context.job, uncount: true, in: &cluster)
      context.uncounted.insert(pod.metadata.uid)
      context.activeCount -= 1
      context.terminating += 1
      if PodReadiness.isReady(pod) { context.ready -= 1 }
    }
  }
}
