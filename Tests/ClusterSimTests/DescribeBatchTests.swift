import ClusterSim
import KubeModel
import Testing

/// `kubectl describe job` and `kubectl describe cronjob` (kubectl 1.36 `describeJob`, `describeCronJob`).
@Suite struct DescribeBatchTests {
  typealias F = DescribeFixture

  @Test func completedJob() throws {
    var sim = Simulation.withoutControllers()
    var job = Job()
    let labels = ["batch.kubernetes.io/job-name": "pi", "job-name": "pi"]
    job.metadata = F.meta("pi", labels: labels)
    job.spec.selector = LabelSelector(matchLabels: ["batch.kubernetes.io/job-name": "pi"])
    // A hand-written selector needs manualSelector, or admission generates the controller-uid one.
    job.spec.manualSelector = true
    job.spec.activeDeadlineSeconds = 120
    var container = Container(name: "pi", image: "perl:5.34")
    container.command = ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
    job.spec.template = PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: [container]))
    job.spec.template.spec.restartPolicy = "Never"
    job = try sim.cluster.create(job)
    job.status.startTime = F.time(0)
    job.status.completionTime = F.time(42)
    job.status.succeeded = 1
    job.status.ready = 0
    job = sim.cluster.write(job)
    sim.cluster.recordEvent(job, reason: "SuccessfulCreate", message: "Created pod: pi-xk2lp", from: .jobController)
    F.advance(&sim, to: 42)
    sim.cluster.recordEvent(job, reason: "Completed", message: "Job completed", from: .jobController)
    F.advance(&sim, to: 100)

    F.expectPage(
      sim.run("describe job pi").output,
      """
      Name:                     pi
      Namespace:                default
      Selector:                 batch.kubernetes.io/job-name=pi
      Labels:                   batch.kubernetes.io/job-name=pi
                                job-name=pi
      Annotations:              <none>
      Parallelism:              1
      Completions:              1
      Completion Mode:          NonIndexed
      Suspend:                  false
      Backoff Limit:            6
      Start Time:               Mon, 06 Jan 2025 09:00:00 +0000
      Completed At:             Mon, 06 Jan 2025 09:00:42 +0000
      Duration:                 42s
      Active Deadline Seconds:  120s
      Pods Statuses:            0 Active (0 Ready) / 1 Succeeded / 0 Failed
      Pod Template:
        Labels:  batch.kubernetes.io/job-name=pi
                 job-name=pi
        Containers:
         pi:
          Image:      perl:5.34
          Port:       <none>
          Host Port:  <none>
          Command:
            perl
            -Mbignum=bpi
            -wle
            print bpi(2000)
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Events:
        Type    Reason            Age   From            Message
        ----    ------            ----  ----            -------
        Normal  SuccessfulCreate  100s  job-controller  Created pod: pi-xk2lp
        Normal  Completed         58s   job-controller  Job completed

      """)
  }

  @Test func cronJobWithActiveJob() throws {
    var sim = Simulation.withoutControllers()
    var cronJob = CronJob()
    cronJob.metadata = F.meta("nightly")
    cronJob.spec.schedule = "0 2 * * *"
    cronJob.spec.concurrencyPolicy = "Forbid"
    cronJob.spec.timeZone = "Etc/UTC"
    cronJob.spec.startingDeadlineSeconds = 200
    cronJob.spec.jobTemplate.spec.template.spec.containers = [Container(name: "backup", image: "backup:1.2")]
    cronJob.spec.jobTemplate.spec.template.spec.restartPolicy = "OnFailure"
    cronJob = try sim.cluster.create(cronJob)
    cronJob.status.lastScheduleTime = Timestamp(rfc3339: "2025-01-06T02:00:00Z")
    cronJob.status.active = [ObjectReference(kind: "Job", namespace: "default", name: "nightly-28935480")]
    cronJob = sim.cluster.write(cronJob)
    sim.cluster.recordEvent(
      cronJob, reason: "SuccessfulCreate", message: "Created job nightly-28935480", from: .cronJobController)
    F.advance(&sim, to: 60)

    F.expectPage(
      sim.run("describe cronjobs").output,
      """
      Name:                          nightly
      Namespace:                     default
      Labels:                        <none>
      Annotations:                   <none>
      Schedule:                      0 2 * * *
      Concurrency Policy:            Forbid
      Suspend:                       False
      Time Zone:                     Etc/UTC
      Successful Job History Limit:  3
      Failed Job History Limit:      1
      Starting Deadline Seconds:     200s
      Selector:                      <unset>
      Parallelism:                   1
      Completions:                   1
      Pod Template:
        Labels:  <none>
        Containers:
         backup:
          Image:           backup:1.2
          Port:            <none>
          Host Port:       <none>
          Environment:     <none>
          Mounts:          <none>
        Volumes:           <none>
        Node-Selectors:    <none>
        Tolerations:       <none>
      Last Schedule Time:  Mon, 06 Jan 2025 02:00:00 +0000
      Active Jobs:         nightly-28935480
      Events:
        Type    Reason            Age   From                Message
        ----    ------            ----  ----                -------
        Normal  SuccessfulCreate  60s   cronjob-controller  Created job nightly-28935480

      """)
  }
}
