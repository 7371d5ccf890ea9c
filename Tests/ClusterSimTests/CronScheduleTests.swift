import KubeModel
import Testing

@testable import ClusterSim

/// The cron grammar and next-run arithmetic of robfig/cron v3, which the API server and CronJob controller use.
@Suite struct CronScheduleTests {
  static let monday = Timestamp(rfc3339: "2025-01-06T09:00:00Z")!

  @Test(arguments: [
    ("", "empty spec string"),
    ("bad", "expected exactly 5 fields, found 1: [bad]"),
    ("* * * *", "expected exactly 5 fields, found 4: [* * * *]"),
    ("61 * * * *", "end of range (61) above maximum (59): 61"),
    ("* 24 * * *", "end of range (24) above maximum (23): 24"),
    ("* * 0 * *", "beginning of range (0) below minimum (1): 0"),
    ("* * * 13 *", "end of range (13) above maximum (12): 13"),
    ("* * * * 7", "end of range (7) above maximum (6): 7"),
    ("*/0 * * * *", "step of range should be a positive number: */0"),
    ("5-1 * * * *", "beginning of range (5) beyond end of range (1): 5-1"),
    ("1-2-3 * * * *", "too many hyphens: 1-2-3"),
    ("*/5/2 * * * *", "too many slashes: */5/2"),
    ("x * * * *", "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax"),
    ("* * * * FUNDAY", "failed to parse int from FUNDAY: strconv.Atoi: parsing \"FUNDAY\": invalid syntax"),
    ("@fortnightly", "unrecognized descriptor: @fortnightly"),
    ("@every soon", "failed to parse duration @every soon: time: invalid duration \"soon\""),
  ])
  func refusesWhatRobfigRefuses(schedule: String, message: String) {
    #expect(throws: CronParseError(message)) { try CronSchedule.parse(schedule) }
  }

  @Test(arguments: [
    ("*/5 * * * *", "2025-01-06T09:05:00Z"),
    ("0 * * * *", "2025-01-06T10:00:00Z"),
    ("@hourly", "2025-01-06T10:00:00Z"),
    ("30 2 * * *", "2025-01-07T02:30:00Z"),
    ("@daily", "2025-01-07T00:00:00Z"),
    ("@midnight", "2025-01-07T00:00:00Z"),
    ("0 9 * * MON-FRI", "2025-01-07T09:00:00Z"),
    ("0 9 * * sat,SUN", "2025-01-11T09:00:00Z"),
    ("@weekly", "2025-01-12T00:00:00Z"),
    ("0 0 * * 0", "2025-01-12T00:00:00Z"),
    ("@monthly", "2025-02-01T00:00:00Z"),
    ("0 0 31 * *", "2025-01-31T00:00:00Z"),
    ("0 0 29 2 *", "2028-02-29T00:00:00Z"),
    ("@yearly", "2026-01-01T00:00:00Z"),
    ("@annually", "2026-01-01T00:00:00Z"),
    ("0 12 1 * MON", "2025-01-06T12:00:00Z"),  // Either day field may match when neither is `*`.
    ("0 12 15 * *", "2025-01-15T12:00:00Z"),
    ("15,45 9-17/4 * * *", "2025-01-06T09:15:00Z"),
    ("0 0 * JUL,jan *", "2025-01-07T00:00:00Z"),
    ("5/20 * * * *", "2025-01-06T09:05:00Z"),
    ("? * * * *", "2025-01-06T09:01:00Z"),
    ("@every 90m", "2025-01-06T10:30:00Z"),
  ])
  func nextRunInUTC(schedule: String, next: String) throws {
    let parsed = try CronSchedule.parse(schedule)
    #expect(parsed.next(after: Self.monday, in: .utc)?.rfc3339 == next)
  }

  @Test func aScheduleThatNeverFiresHasNoNextRun() throws {
    #expect(try CronSchedule.parse("0 0 30 2 *").next(after: Self.monday, in: .utc) == nil)
  }

  @Test func nextRunsFollowTheTimeZone() throws {
    let paris = try #require(CronZone.load("Europe/Paris"))
    let nineDaily = try CronSchedule.parse("0 9 * * *")
    #expect(nineDaily.next(after: Self.monday, in: paris)?.rfc3339 == "2025-01-07T08:00:00Z")
    let newYork = try #require(CronZone.load("America/New_York"))
    let halfPastTwo = try CronSchedule.parse("30 2 * * *")
    // 2025-03-09 02:30 does not exist in New York (clocks jump from 02:00 to 03:00): that day is skipped.
    let beforeSpring = Timestamp(rfc3339: "2025-03-08T08:00:00Z")!
    #expect(halfPastTwo.next(after: beforeSpring, in: newYork)?.rfc3339 == "2025-03-10T06:30:00Z")
    // 2025-11-02 01:30 happens twice in New York (clocks fall back from 02:00 to 01:00): it runs twice.
    let halfPastOne = try CronSchedule.parse("30 1 * * *")
    let first = try #require(halfPastOne.next(after: Timestamp(rfc3339: "2025-11-02T04:00:00Z")!, in: newYork))
    #expect(first.rfc3339 == "2025-11-02T05:30:00Z")
    #expect(halfPastOne.next(after: first, in: newYork)?.rfc3339 == "2025-11-02T06:30:00Z")
    #expect(CronZone.load("Mars/Olympus") == nil)
    #expect(paris.rfc3339(Timestamp(rfc3339: "2025-01-07T09:00:00Z")!.seconds) == "2025-01-07T10:00:00+01:00")
  }

  @Test func onlyTheLatestMissedTimeIsReturned() throws {
    var cronJob = CronJob()
    cronJob.metadata.creationTimestamp = Self.monday
    let schedule = try CronSchedule.parse("*/5 * * * *")
    let later = Self.monday + .minutes(47)
    let recent = CronScheduling.mostRecent(
      cronJob, now: later, schedule: schedule, zone: .utc, includeStartingDeadline: true)
    #expect(recent.mostRecent?.rfc3339 == "2025-01-06T09:45:00Z")
    #expect(recent.missed == .few)
    cronJob.spec.startingDeadlineSeconds = 60
    let tooLate = CronScheduling.mostRecent(
      cronJob, now: later, schedule: schedule, zone: .utc, includeStartingDeadline: true)
    #expect(tooLate.mostRecent == nil)
    var old = CronJob()
    old.metadata.creationTimestamp = Self.monday - .minutes(2 * 24 * 60)
    let days = CronScheduling.mostRecent(
      old, now: Self.monday, schedule: schedule, zone: .utc, includeStartingDeadline: false)
    #expect(days.missed == .many)
    #expect(days.mostRecent == Self.monday)
    #expect(
      CronScheduling.nextWakeup(cronJob, now: later, schedule: schedule, zone: .utc)?.rfc3339 == "2025-01-06T09:50:00Z")
  }
}
