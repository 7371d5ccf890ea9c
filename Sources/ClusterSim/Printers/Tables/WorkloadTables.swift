import KubeModel

extension Pod: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "READY", "STATUS", "RESTARTS", "AGE"] + (wide ? ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"] : [])
  }

  public static func row(_ pod: Pod, in cluster: ClusterState, wide: Bool) -> [String] {
    let presentation = PodPresentation(pod)
    var row = [
      pod.metadata.name, presentation.ready, presentation.status, presentation.restartsText(now: cluster.now),
      Cells.age(pod.metadata, cluster),
    ]
    if wide {
      let gates = pod.spec.readinessGates?.arrayValue ?? []
      let gatesText: String
      if gates.isEmpty {
        gatesText = "<none>"
      } else {
        let passing = gates.filter { gate in
          pod.status.conditions.isTrue(gate["conditionType"]?.stringValue ?? "")
        }.count
        gatesText = "\(passing)/\(gates.count)"
      }
      row += [
        Cells.orNone(pod.status.podIPs.first?.ip ?? pod.status.podIP), Cells.orNone(pod.spec.nodeName),
        Cells.orNone(pod.status.nominatedNodeName), gatesText,
      ]
    }
    return row
  }
}

extension Deployment: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
  }

  public static func row(_ deployment: Deployment, in cluster: ClusterState, wide: Bool) -> [String] {
    var row = [
      deployment.metadata.name, "\(deployment.status.readyReplicas)/\(deployment.spec.replicas ?? 0)",
      String(deployment.status.updatedReplicas), String(deployment.status.availableReplicas),
      Cells.age(deployment.metadata, cluster),
    ]
    if wide {
      row += Cells.containersAndImages(deployment.spec.template.spec) + [Cells.selector(deployment.spec.selector)]
    }
    return row
  }
}

extension ReplicaSet: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "DESIRED", "CURRENT", "READY", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
  }

  public static func row(_ replicaSet: ReplicaSet, in cluster: ClusterState, wide: Bool) -> [String] {
    var row = [
      replicaSet.metadata.name, String(replicaSet.spec.replicas ?? 0), String(replicaSet.status.replicas),
      String(replicaSet.status.readyReplicas), Cells.age(replicaSet.metadata, cluster),
    ]
    if wide {
      row += Cells.containersAndImages(replicaSet.spec.template.spec) + [Cells.selector(replicaSet.spec.selector)]
    }
    return row
  }
}

extension ReplicationController: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "DESIRED", "CURRENT", "READY", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
  }

  public static func row(_ controller: ReplicationController, in cluster: ClusterState, wide: Bool) -> [String] {
    var row = [
      controller.metadata.name, String(controller.spec.replicas ?? 0), String(controller.status.replicas),
      String(controller.status.readyReplicas), Cells.age(controller.metadata, cluster),
    ]
    if wide {
      let spec = controller.spec.template?.spec ?? PodSpec()
      row += Cells.containersAndImages(spec) + [Cells.labels(controller.spec.selector)]
    }
    return row
  }
}

extension DaemonSet: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"]
      + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
  }

  public static func row(_ daemonSet: DaemonSet, in cluster: ClusterState, wide: Bool) -> [String] {
    let status = daemonSet.status
    var row = [
      daemonSet.metadata.name, String(status.desiredNumberScheduled), String(status.currentNumberScheduled),
      String(status.numberReady), String(status.updatedNumberScheduled), String(status.numberAvailable),
      Cells.labels(daemonSet.spec.template.spec.nodeSelector), Cells.age(daemonSet.metadata, cluster),
    ]
    if wide {
      row += Cells.containersAndImages(daemonSet.spec.template.spec) + [Cells.selector(daemonSet.spec.selector)]
    }
    return row
  }
}

extension StatefulSet: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "READY", "AGE"] + (wide ? ["CONTAINERS", "IMAGES"] : [])
  }

  public static func row(_ statefulSet: StatefulSet, in cluster: ClusterState, wide: Bool) -> [String] {
    var row = [
      statefulSet.metadata.name, "\(statefulSet.status.readyReplicas)/\(statefulSet.spec.replicas ?? 0)",
      Cells.age(statefulSet.metadata, cluster),
    ]
    if wide {
      row += Cells.containersAndImages(statefulSet.spec.template.spec)
    }
    return row
  }
}

extension Job: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
  }

  /// The STATUS, COMPLETIONS and DURATION cells follow `printJob`.
  public static func row(_ job: Job, in cluster: ClusterState, wide: Bool) -> [String] {
    let completions: String
    if let wanted = job.spec.completions {
      completions = "\(job.status.succeeded)/\(wanted)"
    } else if let parallelism = job.spec.parallelism, parallelism > 1 {
      completions = "\(job.status.succeeded)/1 of \(parallelism)"
    } else {
      completions = "\(job.status.succeeded)/1"
    }
    var duration = ""
    if let start = job.status.startTime {
      duration = HumanDuration.format((job.status.completionTime ?? cluster.now) - start)
    }
    var row = [job.metadata.name, Job.statusText(job), completions, duration, Cells.age(job.metadata, cluster)]
    if wide {
      row += Cells.containersAndImages(job.spec.template.spec) + [Cells.selector(job.spec.selector)]
    }
    return row
  }

  /// `Complete`, `Failed`, `Terminating`, `Suspended`, `FailureTarget`, `SuccessCriteriaMet` or `Running`.
  public static func statusText(_ job: Job) -> String {
    let conditions = job.status.conditions
    if conditions.isTrue("Complete") { return "Complete" }
    if conditions.isTrue("Failed") { return "Failed" }
    if job.metadata.deletionTimestamp != nil { return "Terminating" }
    if conditions.isTrue("Suspended") { return "Suspended" }
    if conditions.isTrue("FailureTarget") { return "FailureTarget" }
    if conditions.isTrue("SuccessCriteriaMet") { return "SuccessCriteriaMet" }
    return "Running"
  }
}

extension CronJob: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE"]
      + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
  }

  public static func row(_ cronJob: CronJob, in cluster: ClusterState, wide: Bool) -> [String] {
    let lastSchedule = cronJob.status.lastScheduleTime.map { HumanDuration.format(cluster.now - $0) } ?? "<none>"
    var row = [
      cronJob.metadata.name, cronJob.spec.schedule, cronJob.spec.timeZone ?? "<none>",
      String(cronJob.spec.suspend ?? false).capitalized, String(cronJob.status.active.count), lastSchedule,
      Cells.age(cronJob.metadata, cluster),
    ]
    if wide {
      let spec = cronJob.spec.jobTemplate.spec.template.spec
      row += Cells.containersAndImages(spec) + [Cells.selector(cronJob.spec.jobTemplate.spec.selector)]
    }
    return row
  }
}

extension String {
  /// `True` for `true`: Go's `%v` of a bool is lower case, but kubectl's SUSPEND column title-cases it.
  var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
