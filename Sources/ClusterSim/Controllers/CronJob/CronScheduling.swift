import KubeModel

/// When a CronJob runs (upstream `pkg/controller/cronjob/utils.go`).
enum CronScheduling {
  /// Upstream `nextScheduleDelta`: the controller wakes 100 ms after a scheduled time, to allow for clock skew.
  static let nextScheduleDelta = SimDuration.milliseconds(100)

  enum Missed: Hashable, Sendable {
    case none, few, many
  }

  struct Recent: Hashable, Sendable {
    /// The last schedule time, or the CronJob's creation (moved up to `now - startingDeadlineSeconds` when asked).
    var earliest: Timestamp
    /// The latest scheduled time not after now, if any was missed since `earliest`.
    var mostRecent: Timestamp?
    var missed: Missed
    /// The schedule never fires twice a second apart or more (`59 23 31 2 *`).
    var invalid = false
  }

  /// `mostRecentScheduleTime`: from the last run (or creation) to now, the latest time the schedule fired. Only
  /// the latest missed run matters; how many were missed is estimated from the first two intervals, and more than
  /// 100 counts as many.
  static func mostRecent(
    _ cronJob: CronJob, now: Timestamp, schedule: CronSchedule, zone: CronZone, includeStartingDeadline: Bool
  ) -> Recent {
    var earliest = cronJob.status.lastScheduleTime ?? cronJob.metadata.creationTimestamp ?? now
    if includeStartingDeadline, let deadline = cronJob.spec.startingDeadlineSeconds {
      let schedulingDeadline = now - .seconds(deadline)
      if schedulingDeadline > earliest { earliest = schedulingDeadline }
    }
    guard let first = schedule.next(after: earliest, in: zone) else {
      return Recent(earliest: earliest, mostRecent: nil, missed: .none, invalid: true)
    }
    if now < first { return Recent(earliest: earliest, mostRecent: nil, missed: .none) }
    guard let second = schedule.next(after: first, in: zone) else {
      return Recent(earliest: earliest, mostRecent: first, missed: .none)
    }
    if now < second { return Recent(earliest: earliest, mostRecent: first, missed: .none) }
    let between = (second - first).milliseconds / 1000
    guard between >= 1 else { return Recent(earliest: earliest, mostRecent: nil, missed: .none, invalid: true) }
    let elapsed = (now - first).milliseconds / 1000
    let missedCount = elapsed / between + 1
    // Start one interval before the estimate and let the schedule walk forward to the true latest time.
    let potentialEarliest = first + .seconds((missedCount - 2) * between)
    var mostRecent: Timestamp?
    var candidate = schedule.next(after: potentialEarliest, in: zone)
    while let time = candidate, time <= now {
      mostRecent = time
      candidate = schedule.next(after: time, in: zone)
    }
    let missed: Missed = missedCount > 100 ? .many : missedCount > 0 ? .few : .none
    return Recent(earliest: earliest, mostRecent: mostRecent, missed: missed)
  }

  /// `nextScheduleTimeDuration`: when to sync again — 100 ms after the next scheduled time following the most
  /// recent one (or following now, when runs were missed).
  static func nextWakeup(_ cronJob: CronJob, now: Timestamp, schedule: CronSchedule, zone: CronZone) -> Timestamp? {
    let recent = mostRecent(cronJob, now: now, schedule: schedule, zone: zone, includeStartingDeadline: false)
    let reference: Timestamp
    if recent.invalid {
      reference = now
    } else if let mostRecent = recent.mostRecent {
      reference = mostRecent
    } else {
      reference = recent.missed == .none ? recent.earliest : now
    }
    return schedule.next(after: reference, in: zone).map { $0 + nextScheduleDelta }
  }

  /// `getTimeHashInMinutes`: the Job name suffix is the scheduled time in minutes since the epoch.
  static func jobName(_ cronJob: CronJob, scheduledAt time: Timestamp) -> String {
    "\(cronJob.metadata.name)-\(time.seconds / 60)"
  }
}
