import KubeModel
import Testing

@testable import ClusterSim

/// CronJobs as a user sees them: `get cj`, `get jobs`, the CronJob's events.
@Suite struct CronJobControllerTests {
  static func cronJob(
    _ name: String, schedule: String = "*/5 * * * *", extra: String = "", command: String = "sleep 3"
  ) -> String {
    """
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: \(name)
    spec:
      schedule: "\(schedule)"
    \(extra)  jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
              - name: main
                image: busybox:1.36
                command: ["sh", "-c", "\(command)"]
    """
  }

  /// `<cronjob>-<minutes since the epoch>` for a time on 2025-01-06 (the simulation's first day).
  static func jobName(_ cronJob: String, _ time: String) -> String {
    "\(cronJob)-\(Timestamp(rfc3339: "2025-01-06T\(time):00Z")!.seconds / 60)"
  }

  static func jobNames(_ sim: Simulation) -> [String] {
    sim.cluster.store.jobs.list(namespace: "default").map(\.metadata.name)
  }

  @Test func everyFiveMinutesForHalfAnHourKeepsTheLastThree() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.cronJob("hello"))
    #expect(
      sim.must("get cj") == """
        NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
        hello   */5 * * * *   <none>     False     0        <none>          0s

        """)
    sim.must("advance 5m1s")
    #expect(Self.jobNames(sim) == [Self.jobName("hello", "09:05")])
    #expect(sim.must("get cj").contains("hello   */5 * * * *   <none>     False     1        1s              5m1s"))
    sim.must("advance 26m")
    let created = sim.events(about: "hello", kind: "CronJob").filter { $0.contains("SuccessfulCreate") }
    let times = ["09:05", "09:10", "09:15", "09:20", "09:25", "09:30"]
    #expect(created == times.map { "Normal SuccessfulCreate: Created job \(Self.jobName("hello", $0))" })
    #expect(Self.jobNames(sim) == ["09:20", "09:25", "09:30"].map { Self.jobName("hello", $0) })
    let deleted = sim.events(about: "hello", kind: "CronJob").filter { $0.contains("SuccessfulDelete") }
    #expect(
      deleted
        == ["09:05", "09:10", "09:15"].map { "Normal SuccessfulDelete: Deleted job \(Self.jobName("hello", $0))" })
    #expect(
      sim.events(about: "hello", kind: "CronJob").contains(
        "Normal SawCompletedJob: Saw completed job: \(Self.jobName("hello", "09:30")), status: Complete"))
    let job = sim.cluster.store.jobs["default", Self.jobName("hello", "09:30")]!
    #expect(job.metadata.annotations["batch.kubernetes.io/cronjob-scheduled-timestamp"] == "2025-01-06T09:30:00Z")
    #expect(job.metadata.creationTimestamp == Timestamp(rfc3339: "2025-01-06T09:30:00Z")! + .milliseconds(100))
    let cronJob = sim.cluster.store.cronJobs["default", "hello"]!
    #expect(cronJob.status.lastScheduleTime == Timestamp(rfc3339: "2025-01-06T09:30:00Z"))
    #expect(cronJob.status.lastSuccessfulTime != nil)
    #expect(sim.must("get jobs").split(separator: "\n").dropFirst().allSatisfy { $0.contains("Complete   1/1") })
  }

  @Test func forbidSkipsARunWhileTheLastOneRuns() {
    var sim = Simulation.withNodes("w1")
    let deadline = "  startingDeadlineSeconds: 60\n"
    sim.apply(Self.cronJob("busy", extra: "  concurrencyPolicy: Forbid\n" + deadline, command: "sleep 420"))
    sim.must("advance 10m1s")
    #expect(Self.jobNames(sim) == [Self.jobName("busy", "09:05")])
    #expect(sim.must("get cj").contains("busy   */5 * * * *   <none>     False     1 "))
    #expect(
      sim.events(about: "busy", kind: "CronJob").last
        == "Normal JobAlreadyActive: Not starting job because prior execution is running and concurrency policy is "
        + "Forbid")
    sim.must("advance 5m")
    #expect(Self.jobNames(sim) == [Self.jobName("busy", "09:05"), Self.jobName("busy", "09:15")])
  }

  /// Without `startingDeadlineSeconds`, a run Forbid skipped is started late, as soon as the running Job finishes:
  /// the skipped time is still the most recent unmet one (upstream `mostRecentScheduleTime`).
  @Test func forbidWithoutADeadlineStartsTheSkippedRunLate() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.cronJob("busy", extra: "  concurrencyPolicy: Forbid\n", command: "sleep 420"))
    sim.must("advance 15m1s")
    #expect(Self.jobNames(sim) == [Self.jobName("busy", "09:05"), Self.jobName("busy", "09:10")])
    let late = sim.cluster.store.jobs["default", Self.jobName("busy", "09:10")]!
    #expect(late.metadata.creationTimestamp! > Timestamp(rfc3339: "2025-01-06T09:12:00Z")!)
  }

  @Test func replaceDeletesTheRunningJob() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.cronJob("swap", extra: "  concurrencyPolicy: Replace\n", command: "sleep 420"))
    sim.must("advance 10m1s")
    #expect(Self.jobNames(sim) == [Self.jobName("swap", "09:10")])
    let events = sim.events(about: "swap", kind: "CronJob")
    #expect(
      events.suffix(2) == [
        "Normal SuccessfulDelete: Deleted job \(Self.jobName("swap", "09:05"))",
        "Normal SuccessfulCreate: Created job \(Self.jobName("swap", "09:10"))",
      ])
    #expect(sim.cluster.store.cronJobs["default", "swap"]!.status.active.map(\.name) == [Self.jobName("swap", "09:10")])
  }

  @Test func afterMissedTimesOnlyTheLatestRuns() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.cronJob("late", extra: "  suspend: true\n"))
    #expect(sim.must("get cj").contains("late   */5 * * * *   <none>     True "))
    sim.must("advance 31m")
    #expect(Self.jobNames(sim).isEmpty)
    sim.apply(Self.cronJob("late", extra: "  suspend: false\n"))
    #expect(Self.jobNames(sim) == [Self.jobName("late", "09:30")])
    // With a starting deadline, a run missed by more than the deadline is not started.
    sim.apply(Self.cronJob("strict", extra: "  suspend: true\n  startingDeadlineSeconds: 30\n"))
    sim.must("advance 3m")
    sim.apply(Self.cronJob("strict", extra: "  suspend: false\n  startingDeadlineSeconds: 30\n"))
    #expect(!Self.jobNames(sim).contains { $0.hasPrefix("strict-") })
    sim.must("advance 2m")
    #expect(Self.jobNames(sim).filter { $0.hasPrefix("strict-") } == [Self.jobName("strict", "09:35")])
  }

  @Test func theTimeZoneFieldSchedulesInLocalTime() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.cronJob("paris", schedule: "0 10 * * *", extra: "  timeZone: Europe/Paris\n"))
    #expect(sim.must("get cj").contains("paris   0 10 * * *   Europe/Paris   False "))
    sim.must("advance 24h1s")
    let name = "paris-\(Timestamp(rfc3339: "2025-01-07T09:00:00Z")!.seconds / 60)"
    #expect(Self.jobNames(sim) == [name])
    let job = sim.cluster.store.jobs["default", name]!
    #expect(job.metadata.annotations["batch.kubernetes.io/cronjob-scheduled-timestamp"] == "2025-01-07T10:00:00+01:00")
  }

  @Test func theAPIServerRefusesBadSchedulesAndTimeZones() {
    var sim = Simulation.withNodes("w1")
    let load = { (yaml: String) -> [String] in
      let loaded = ManifestLoader.load(text: yaml, file: "cj.yaml", variables: { _ in nil })
      return sim.applyLoaded(loaded, namespace: nil, mode: .apply).errors
    }
    #expect(
      load(Self.cronJob("bad", schedule: "bad")) == [
        "The CronJob \"bad\" is invalid: cj.yaml:6: spec.schedule: Invalid value: \"bad\": expected exactly 5 fields, "
          + "found 1: [bad]"
      ])
    #expect(
      load(Self.cronJob("sunday", schedule: "0 0 * * 7")) == [
        "The CronJob \"sunday\" is invalid: cj.yaml:6: spec.schedule: Invalid value: \"0 0 * * 7\": end of range (7) "
          + "above maximum (6): 7"
      ])
    #expect(
      load(Self.cronJob("tz", schedule: "TZ=UTC 0 * * * *")) == [
        "The CronJob \"tz\" is invalid: cj.yaml:6: spec.schedule: Invalid value: \"TZ=UTC 0 * * * *\": cannot use TZ "
          + "or CRON_TZ in schedule, use timeZone field instead"
      ])
    #expect(
      load(Self.cronJob("mars", extra: "  timeZone: Mars/Olympus\n")) == [
        "The CronJob \"mars\" is invalid: cj.yaml:7: spec.timeZone: Invalid value: \"Mars/Olympus\": unknown time "
          + "zone Mars/Olympus"
      ])
  }

  @Test func createJobFromACronJob() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.cronJob("nightly", schedule: "0 3 * * *"))
    #expect(sim.must("create job manual --from=cronjob/nightly") == "job.batch/manual created\n")
    let job = sim.cluster.store.jobs["default", "manual"]!
    #expect(job.metadata.annotations["cronjob.kubernetes.io/instantiate"] == "manual")
    #expect(job.metadata.ownerReferences.map(\.name) == ["nightly"])
    #expect(
      sim.events(about: "nightly", kind: "CronJob") == [
        "Warning UnexpectedJob: Saw a job that the controller did not create or forgot: manual"
      ])
    sim.must("advance 1m")
    #expect(sim.must("get jobs").contains("manual   Complete   1/1 "))
    #expect(
      sim.run("create job other --from=cronjob/missing").errors == [
        "Error from server (NotFound): cronjobs.batch \"missing\" not found"
      ])
    #expect(sim.run("create job other --from=deployment/web").errors == ["error: unknown object type Deployment"])
    #expect(sim.must("create job once --image=busybox -- sh -c \"exit 0\"") == "job.batch/once created\n")
  }
}
