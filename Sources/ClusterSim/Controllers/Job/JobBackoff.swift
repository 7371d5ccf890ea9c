import KubeModel

/// A Job's pod-failure back-off (upstream `backoff_utils.go`): how many pods failed since the last success, and
/// when the last of them finished. New pods wait `10 s × 2^(failures − 1)` after the last failure.
struct JobBackoffRecord: Hashable, Sendable, Codable {
  var failuresAfterLastSuccess = 0
  var lastFailureTime: Timestamp?

  /// Upstream `DefaultJobPodFailureBackOff`.
  static let initialDelay = SimDuration.seconds(10)
  /// Upstream `MaxJobPodFailureBackOff`: current `job_controller.go` caps the back-off at 10 minutes (it was
  /// 6 minutes, `MaxJobBackOff = 360 s`, before the back-off store replaced the rate-limited queue in 1.27).
  static let maximumDelay = SimDuration.minutes(10)

  /// `newBackoffRecord`: the record after counting newly finished pods. A success resets the count; failures
  /// after the latest success add to it, and the latest failure's finish time becomes the reference.
  func adding(succeeded: [Pod], failed: [Pod]) -> JobBackoffRecord {
    let successTimes = succeeded.map(Self.finishedTime).sorted()
    let failureTimes = failed.map(Self.finishedTime).sorted()
    var record = self
    guard let lastSuccess = successTimes.last else {
      guard let lastFailure = failureTimes.last else { return self }
      record.failuresAfterLastSuccess += failureTimes.count
      record.lastFailureTime = lastFailure
      return record
    }
    record.failuresAfterLastSuccess = 0
    record.lastFailureTime = nil
    for time in failureTimes.reversed() {
      guard time > lastSuccess else { break }
      if record.lastFailureTime == nil { record.lastFailureTime = time }
      record.failuresAfterLastSuccess += 1
    }
    return record
  }

  /// `getRemainingTimeForFailuresCount`: how long pod creation must still wait, zero when it may go ahead.
  func remainingTime(now: Timestamp) -> SimDuration {
    guard failuresAfterLastSuccess > 0, let lastFailureTime else { return .zero }
    var delay = Self.initialDelay
    for _ in 1..<failuresAfterLastSuccess {
      delay = delay * 2
      if delay >= Self.maximumDelay {
        delay = Self.maximumDelay
        break
      }
    }
    let elapsed = now - lastFailureTime
    return delay < elapsed ? .zero : delay - elapsed
  }

  /// `getFinishedTime`: the latest container finish time when every container has finished, else when the pod
  /// stopped being ready, else its deletion time less the grace period, else its creation.
  static func finishedTime(_ pod: Pod) -> Timestamp {
    let finishes = pod.status.containerStatuses.map { $0.state.terminated?.finishedAt }
    if !finishes.isEmpty, finishes.allSatisfy({ $0 != nil }), let latest = finishes.compactMap({ $0 }).max() {
      return latest
    }
    if let ready = pod.status.conditions[type: "Ready"], ready.status == "False", let time = ready.lastTransitionTime {
      return time
    }
    if let deletion = pod.metadata.deletionTimestamp {
      return deletion - .seconds(pod.metadata.deletionGracePeriodSeconds ?? 0)
    }
    return pod.metadata.creationTimestamp ?? Timestamp(milliseconds: 0)
  }
}
