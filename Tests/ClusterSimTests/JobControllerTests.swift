import KubeModel
import Testing

@testable import ClusterSim

/// Jobs as a user sees them: `get jobs`, `get pods`, `describe job` and the Job's events.
@Suite struct JobControllerTests {
  static func job(
    _ name: String, completions: Int? = nil, parallelism: Int? = nil, extra: String = "",
    restartPolicy: String = "Never", command: String = "sleep 5", annotations: String = ""
  ) -> String {
    var spec = ""
    if let completions { spec += "  completions: \(completions)\n" }
    if let parallelism { spec += "  parallelism: \(parallelism)\n" }
    return """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: \(name)
      spec:
      \(spec)\(extra)  template:
          metadata:
            annotations: {\(annotations)}
          spec:
            restartPolicy: \(restartPolicy)
            containers:
            - name: main
              image: busybox:1.36
              command: ["sh", "-c", "\(command)"]
      """
  }

  /// Runs the simulation to `limit`, calling `observe` at every instant something happens.
  static func run(_ sim: inout Simulation, for limit: SimDuration, observe: (ClusterState) -> Void) {
    let deadline = sim.cluster.now + limit
    observe(sim.cluster)
    while let next = sim.cluster.nextWakeup, next <= deadline {
      sim.cluster.advance(to: next)
      observe(sim.cluster)
    }
    sim.cluster.advance(to: deadline)
  }

  static func activePods(of job: String, in cluster: ClusterState) -> Int {
    cluster.store.pods.list(namespace: "default").filter {
      $0.metadata.labels["job-name"] == job && PodReadiness.isActive($0)
    }.count
  }

  @Test func fixedCompletionCountNeverRunsMoreThanParallelism() {
    var sim = Simulation.withNodes("w1", "w2", "w3")
    sim.apply(Self.job("batch", completions: 5, parallelism: 2))
    #expect(
      sim.must("get jobs") == """
        NAME    STATUS    COMPLETIONS   DURATION   AGE
        batch   Running   0/5           0s         0s

        """)
    var most = 0
    Self.run(&sim, for: .minutes(2)) { most = max(most, Self.activePods(of: "batch", in: $0)) }
    #expect(most == 2)
    let jobs = sim.must("get jobs")
    #expect(jobs.contains("batch   Complete   5/5 "))
    let pods = sim.must("get pods").split(separator: "\n").dropFirst()
    #expect(pods.count == 5)
    #expect(pods.allSatisfy { $0.contains("0/1     Completed   0") })
    let events = sim.events(about: "batch", kind: "Job")
    #expect(events.filter { $0.hasPrefix("Normal SuccessfulCreate: Created pod: batch-") }.count == 5)
    #expect(events.last == "Normal Completed: Job completed")
    let describe = sim.must("describe job batch")
    #expect(describe.contains("Pods Statuses:    0 Active (0 Ready) / 5 Succeeded / 0 Failed"))
    #expect(describe.contains("Selector:         batch.kubernetes.io/controller-uid="))
  }

  @Test func aSinglePodJob() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.job("once"))
    let job = sim.cluster.store.jobs["default", "once"]!
    #expect(job.spec.completions == 1 && job.spec.parallelism == 1)
    #expect(job.spec.selector?.matchLabels == ["batch.kubernetes.io/controller-uid": job.metadata.uid])
    #expect(job.spec.template.metadata.labels["batch.kubernetes.io/job-name"] == "once")
    sim.must("advance 1m")
    #expect(sim.must("get jobs").contains("once   Complete   1/1 "))
    let conditions = sim.cluster.store.jobs["default", "once"]!.status.conditions
    #expect(conditions.map(\.type) == ["SuccessCriteriaMet", "Complete"])
    #expect(conditions.allSatisfy { $0.reason == "CompletionsReached" })
  }

  @Test func aWorkQueueJobStopsStartingPodsAfterTheFirstSuccess() {
    var sim = Simulation.withNodes("w1", "w2")
    sim.apply(Self.job("queue", parallelism: 3, command: "sleep $((RANDOM % 5 + 3))"))
    #expect(sim.must("get jobs").contains("queue   Running   0/1 of 3 "))
    var most = 0
    Self.run(&sim, for: .minutes(2)) { most = max(most, Self.activePods(of: "queue", in: $0)) }
    #expect(most == 3)
    #expect(sim.must("get jobs").contains("queue   Complete   3/1 of 3 "))
    #expect(sim.events(about: "queue", kind: "Job").filter { $0.contains("SuccessfulCreate") }.count == 3)
  }

  @Test func indexedJobPodsCarryTheirIndex() {
    var sim = Simulation.withNodes("w1", "w2")
    sim.apply(
      Self.job(
        "indexed", completions: 3, parallelism: 3, extra: "  completionMode: Indexed\n",
        command: "echo item $JOB_COMPLETION_INDEX; sleep 3"))
    let pods = sim.cluster.store.pods.list(namespace: "default").sorted { $0.metadata.name < $1.metadata.name }
    #expect(pods.map { String($0.metadata.name.dropLast(5)) } == ["indexed-0-", "indexed-1-", "indexed-2-"])
    #expect(pods.map { $0.metadata.annotations["batch.kubernetes.io/job-completion-index"] } == ["0", "1", "2"])
    #expect(pods.map(\.spec.hostname) == ["indexed-0", "indexed-1", "indexed-2"])
    #expect(pods[0].spec.containers[0].env.map(\.name) == ["JOB_COMPLETION_INDEX"])
    sim.must("advance 1m")
    #expect(sim.must("logs \(pods[2].metadata.name)") == "item 2\n")
    #expect(sim.must("get jobs").contains("indexed   Complete   3/3 "))
    #expect(sim.must("describe job indexed").contains("Completed Indexes:  0-2\n"))
  }

  @Test func failedPodsAreReplacedAfterUpstreamsBackOffUntilTheLimit() throws {
    var sim = Simulation.withNodes("w1", "w2")
    sim.apply(Self.job("flaky", extra: "  backoffLimit: 3\n", command: "sleep 2; exit 1"))
    sim.must("advance 10m")
    #expect(sim.must("get jobs").contains("flaky   Failed   0/1 "))
    let pods = sim.cluster.store.pods.list(namespace: "default").sorted {
      $0.metadata.creationTimestamp! < $1.metadata.creationTimestamp!
    }
    #expect(pods.count == 4)
    #expect(sim.must("get pods").split(separator: "\n").dropFirst().allSatisfy { $0.contains("Error") })
    // Each replacement is created 10 s, 20 s, then 40 s after the previous pod finished.
    var gaps: [Int64] = []
    for index in 1..<pods.count {
      let finished = try #require(pods[index - 1].status.containerStatuses.first?.state.terminated?.finishedAt)
      gaps.append((pods[index].metadata.creationTimestamp! - finished).milliseconds)
    }
    #expect(gaps == [10_000, 20_000, 40_000])
    let events = sim.events(about: "flaky", kind: "Job")
    #expect(events.filter { $0.contains("SuccessfulCreate") }.count == 4)
    #expect(events.last == "Warning BackoffLimitExceeded: Job has reached the specified backoff limit")
    let job = sim.cluster.store.jobs["default", "flaky"]!
    #expect(job.status.failed == 4)
    #expect(job.status.conditions.map(\.type) == ["FailureTarget", "Failed"])
    #expect(sim.must("describe job flaky").contains("0 Active (0 Ready) / 0 Succeeded / 4 Failed"))
  }

  @Test func backOffDoublesToItsTenMinuteCap() {
    let failed = Timestamp(milliseconds: 0)
    var record = JobBackoffRecord(failuresAfterLastSuccess: 1, lastFailureTime: failed)
    #expect(record.remainingTime(now: failed) == .seconds(10))
    record.failuresAfterLastSuccess = 4
    #expect(record.remainingTime(now: failed + .seconds(30)) == .seconds(50))
    record.failuresAfterLastSuccess = 7
    #expect(record.remainingTime(now: failed) == .seconds(600))
    record.failuresAfterLastSuccess = 30
    #expect(record.remainingTime(now: failed) == .seconds(600))
    #expect(record.remainingTime(now: failed + .minutes(11)) == .zero)
  }

  @Test func onFailureRestartsTheContainerInPlace() {
    var sim = Simulation.withNodes("w1")
    sim.apply(
      Self.job("retry", extra: "  backoffLimit: 2\n", restartPolicy: "OnFailure", command: "sleep 2; exit 1"))
    sim.must("advance 15s")
    let pods = sim.must("get pods")
    #expect(pods.contains("1/1     Running   1 (") || pods.contains("0/1     CrashLoopBackOff   1 ("))
    sim.must("advance 2m")
    #expect(sim.must("get jobs").contains("retry   Failed   0/1 "))
    let events = sim.events(about: "retry", kind: "Job")
    #expect(events.filter { $0.contains("SuccessfulCreate") }.count == 1)
    #expect(events.contains { $0.hasPrefix("Normal SuccessfulDelete: Deleted pod: retry-") })
    #expect(events.last == "Warning BackoffLimitExceeded: Job has reached the specified backoff limit")
    #expect(sim.cluster.store.jobs["default", "retry"]!.status.failed == 1)
  }

  @Test func activeDeadlineSecondsFailsTheJob() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.job("slow", extra: "  activeDeadlineSeconds: 20\n", command: "sleep 300"))
    sim.must("advance 19s")
    #expect(sim.must("get jobs").contains("slow   Running "))
    sim.must("advance 1s")
    // The deadline passed: the pod is being stopped, the Job waits for it before it is Failed.
    #expect(sim.must("get jobs").contains("slow   FailureTarget "))
    #expect(sim.must("get pods").contains("Terminating"))
    sim.must("advance 1m")
    #expect(sim.must("get jobs").contains("slow   Failed   0/1 "))
    let events = sim.events(about: "slow", kind: "Job")
    #expect(events.last == "Warning DeadlineExceeded: Job was active longer than specified deadline")
    let job = sim.cluster.store.jobs["default", "slow"]!
    #expect(job.status.conditions.first { $0.type == "Failed" }?.reason == "DeadlineExceeded")
    #expect(job.status.failed == 1)
  }

  @Test func ttlSecondsAfterFinishedDeletesTheJobAndItsPods() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.job("short", extra: "  ttlSecondsAfterFinished: 30\n", command: "sleep 2"))
    sim.must("advance 20s")
    #expect(sim.must("get jobs").contains("short   Complete "))
    sim.must("advance 30s")
    let result = sim.run("get jobs,pods")
    #expect(result.output.isEmpty)
    #expect(result.notices == ["No resources found in default namespace."])
  }

  @Test func suspendAndResume() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.job("later", completions: 2, extra: "  suspend: true\n", command: "sleep 5"))
    #expect(sim.must("get jobs").contains("later   Suspended   0/2                   "))
    #expect(sim.cluster.store.pods.count(namespace: "default") == 0)
    #expect(sim.events(about: "later", kind: "Job") == ["Normal Suspended: Job suspended"])
    sim.must("advance 1m")
    sim.apply(Self.job("later", completions: 2, extra: "  suspend: false\n", command: "sleep 5"))
    #expect(sim.must("get jobs").contains("later   Running   0/2           0s "))
    sim.must("advance 3s")
    // Suspending again deletes the running pod without counting it as failed.
    sim.apply(Self.job("later", completions: 2, extra: "  suspend: true\n", command: "sleep 5"))
    #expect(sim.must("get jobs").contains("later   Suspended "))
    sim.apply(Self.job("later", completions: 2, extra: "  suspend: false\n", command: "sleep 5"))
    sim.must("advance 1m")
    #expect(sim.must("get jobs").contains("later   Complete   2/2 "))
    let job = sim.cluster.store.jobs["default", "later"]!
    #expect(job.status.failed == 0)
    let events = sim.events(about: "later", kind: "Job").filter { !$0.contains("Created pod") }
    #expect(
      Array(events.prefix(3)) == [
        "Normal Suspended: Job suspended", "Normal Resumed: Job resumed",
        "Normal SuccessfulDelete: Deleted pod: \(events[2].split(separator: " ").last ?? "")",
      ])
  }
}
