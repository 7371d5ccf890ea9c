import ClusterSim
import Foundation
import KubeModel
import Testing

/// The stories of the samples about workloads that are not stateless web servers: batch (Jobs and CronJobs) and
/// stateful (a StatefulSet and a DaemonSet), asserted on what their scenarios print.
@Suite struct BatchAndStatefulSampleTests {
  @Test func batchRunsJobPatternsBacksOffAndSchedulesCronJobsByPolicy() throws {
    let run = SampleRun.played("batch")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    let jobs = ["hello", "thumbnails", "queue-workers"]
    let status = { (occurrence: Int, job: String) in
      PrintedTable.row(run.output("get jobs hello thumbnails queue-workers", occurrence), job) ?? []
    }
    // A Job's pods are named after it: one for hello, two at a time for thumbnails, three for queue-workers.
    let first = PrintedTable.names(run.output("get pods -l 'job-name in (hello,thumbnails,queue-workers)'"))
    #expect(first.allSatisfy { name in jobs.contains { name.hasPrefix($0 + "-") } })
    #expect(first.filter { $0.hasPrefix("hello-") }.count == 1)
    #expect(first.filter { $0.hasPrefix("thumbnails-") }.count == 2)
    #expect(first.filter { $0.hasPrefix("queue-workers-") }.count == 3)
    #expect(status(1, "hello")[1...2] == ["Complete", "1/1"])
    #expect(status(1, "thumbnails")[1] == "Running")
    #expect(run.output("logs job/hello") == "hello from a Job\n")
    #expect(status(2, "thumbnails")[1...2] == ["Complete", "5/5"])
    #expect(status(2, "queue-workers")[1...2] == ["Complete", "3/1 of 3"])
    let thumbnails = PrintedTable.rows(run.output("get pods -l job-name=thumbnails"))
    #expect(thumbnails.count == 5 && thumbnails.allSatisfy { $0[2] == "Completed" })
    // Failures: Never leaves Error pods behind, OnFailure restarts the container in place.
    let failing = PrintedTable.rows(run.output("get pods -l 'job-name in (flaky-never,flaky-onfailure)'"))
    #expect(failing.contains { $0[0].hasPrefix("flaky-never-") && $0[2] == "Error" })
    #expect(failing.filter { $0[0].hasPrefix("flaky-onfailure-") }.count == 1)
    let failed = run.output("get jobs flaky-never flaky-onfailure")
    #expect(PrintedTable.row(failed, "flaky-never")?[1] == "Failed")
    #expect(PrintedTable.row(failed, "flaky-onfailure")?[1] == "Failed")
    // backoffLimit 3: four pods, each started after a longer wait than the one before.
    let attempts = PrintedTable.rows(run.output("get pods -l job-name=flaky-never"))
    #expect(attempts.count == 4 && attempts.allSatisfy { $0[2] == "Error" })
    let created = attempts.compactMap { PrintedDuration.seconds($0[4]) }.sorted(by: >)
    let gaps = zip(created, created.dropFirst()).map { $0 - $1 }
    #expect(gaps.count == 3 && gaps[0] < gaps[1] && gaps[1] < gaps[2], "\(gaps)")
    #expect(run.output("describe job flaky-never").contains("BackoffLimitExceeded"))
    // CronJobs: Jobs named after their scheduled minute, each policy visible in the names left.
    let names = PrintedTable.names(run.output("get jobs", 1))
    let minutes = { (cronJob: String) in
      names.filter { $0.hasPrefix(cronJob + "-") }.compactMap { Int($0.dropFirst(cronJob.count + 1)) }
    }
    #expect(minutes("report").count == 3, "successfulJobsHistoryLimit keeps the last 3: \(names)")
    #expect(minutes("report").allSatisfy { $0 % 5 == 0 })
    #expect(minutes("backup").allSatisfy { $0 % 2 == 0 })
    let backup = minutes("backup").sorted()
    #expect(zip(backup, backup.dropFirst()).contains { $1 - $0 > 2 }, "Forbid skipped runs: \(backup)")
    #expect(run.output("describe cronjob backup").contains("concurrency policy is Forbid"))
    for occurrence in 0..<2 {
      let listed = PrintedTable.rows(run.output("get jobs", occurrence))
      #expect(listed.filter { $0[0].hasPrefix("sync-") }.count == 1, "Replace keeps one sync Job")
      #expect(listed.filter { $0[0].hasPrefix("backup-") && $0[1] == "Running" }.count <= 1)
    }
  }

  @Test func statefulKeepsNamesClaimsNodesAndOrderAndDaemonSetsFollowNodes() throws {
    let run = SampleRun.played("stateful")
    #expect(run.unexpectedFailures.isEmpty, "\(run.unexpectedFailures)")
    let start = run.output("get statefulset,pods,pvc -o wide")
    let pods = ["web-0", "web-1", "web-2"]
    let nodeOf = { (rows: [[String]], pod: String) in rows.first { $0[0].hasSuffix("/" + pod) || $0[0] == pod }?[6] }
    let startPods = PrintedTable.rows(start, table: 1)
    let initialNodes = pods.map { nodeOf(startPods, $0) }
    #expect(Set(initialNodes.compactMap { $0 }).count == 3, "\(initialNodes)")
    for pod in pods {
      #expect(start.contains("persistentvolumeclaim/www-\(pod)   Bound"))
    }
    let volumes = PrintedTable.rows(run.output("get pvc", 0)).map { $0[2] }
    // Each pod has a DNS name of its own; the headless Service answers with every pod.
    let ip0 = startPods.first { $0[0] == "pod/web-0" }?[5]
    #expect(NetworkAndConfigSampleTests.addresses(run.output("nslookup web-0.nginx", 0)) == [ip0 ?? "?"])
    #expect(NetworkAndConfigSampleTests.addresses(run.output("nslookup nginx")).count == 3)
    // Scale down from the highest ordinal, one at a time; the claims stay.
    #expect(PrintedTable.row(run.output("get pods", 0), "web-2")?[2] == "Terminating")
    #expect(PrintedTable.row(run.output("get pods", 0), "web-1")?[2] == "Running")
    #expect(PrintedTable.names(run.output("get pods", 1)) == ["web-0"])
    #expect(PrintedTable.rows(run.output("get pvc", 0)).count == 3)
    // Scale up in order: web-2 waits until web-1 is Ready.
    #expect(PrintedTable.names(run.output("get pods", 2)) == ["web-0", "web-1"])
    #expect(PrintedTable.row(run.output("get pods", 3), "web-1")?[1] == "0/1")
    #expect(PrintedTable.names(run.output("get pods", 3)) == ["web-0", "web-1"])
    // Each pod is back with its claim, so on its node.
    let back = PrintedTable.rows(run.output("get pods -o wide", 0))
    #expect(pods.map { nodeOf(back, $0) } == initialNodes)
    #expect(PrintedTable.rows(run.output("get pvc", 1)).map { $0[2] } == volumes)
    // A deleted pod returns with its name and DNS name, on its node, with a new IP.
    let replaced = PrintedTable.rows(run.output("get pods -o wide", 1))
    let newIP = replaced.first { $0[0] == "web-0" }?[5]
    #expect(newIP != nil && newIP != ip0)
    #expect(nodeOf(replaced, "web-0") == initialNodes[0])
    #expect(NetworkAndConfigSampleTests.addresses(run.output("nslookup web-0.nginx", 1)) == [newIP ?? "?"])
    // The log agent: one per node, the control plane included, and the new node gets its own.
    #expect(PrintedTable.row(run.output("get daemonsets -n kube-system", 0), "log-agent")?[1] == "4")
    #expect(PrintedTable.row(run.output("get daemonsets -n kube-system", 1), "log-agent")?[1...3] == ["5", "5", "5"])
    let agents = PrintedTable.rows(run.output("get pods -n kube-system -l app=log-agent -o wide")).map { $0[6] }
    #expect(Set(agents) == ["control-plane", "worker-1", "worker-2", "worker-3", "worker-4"])
  }
}
