import KubeModel

/// The TTL-after-finished controller (`pkg/controller/ttlafterfinished`): a finished Job with
/// `ttlSecondsAfterFinished` is deleted that long after its Complete or Failed condition, with foreground
/// propagation so its pods go first. Run here whenever the Job controller syncs a finished Job.
enum JobTTL {
  static func check(_ job: Job, in cluster: inout ClusterState) {
    guard let ttl = job.spec.ttlSecondsAfterFinished, let finished = job.finishedAt,
      !job.metadata.isBeingDeleted
    else { return }
    let expiry = finished + .seconds(ttl)
    guard cluster.now >= expiry else {
      cluster.enqueue(.job, job.key, at: expiry)
      return
    }
    try? cluster.delete(Job.self, job.key, propagation: .foreground)
  }
}
