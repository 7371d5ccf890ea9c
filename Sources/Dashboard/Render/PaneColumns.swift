import ClusterSim
import KubeModel

/// The columns of each pane and the cells of one row: kubectl's columns (and its formatting, through the printers
/// `kubectl get` uses), plus the dashboard's bars and counts. Only rows on screen are ever formatted.
enum PaneColumns {
  static func columns(_ pane: PaneID, allNamespaces: Bool) -> [Column] {
    let namespace = allNamespaces ? [Column("NAMESPACE", 12, min: 7, priority: 4)] : []
    switch pane {
    case .nodes:
      return [
        Column("NAME", 16, min: 10, priority: 0, flexible: true), Column("STATUS", 9, min: 8, max: 24, priority: 0),
        Column("ROLES", 13, min: 8, priority: 5), Column("CPU", 14, min: 9, priority: 1),
        Column("MEM", 14, min: 9, priority: 2), Column("PODS", 7, min: 4, priority: 3, right: true),
        Column("AGE", 5, priority: 4, right: true), Column("VERSION", 8, priority: 7),
      ]
    case .deployments:
      return namespace + [
        Column("NAME", 30, min: 12, priority: 0, flexible: true), Column("READY", 7, min: 5, priority: 0),
        Column("UP-TO-DATE", 10, min: 3, priority: 2, right: true),
        Column("AVAILABLE", 9, min: 3, priority: 3, right: true), Column("REV", 3, priority: 1, right: true),
        Column("AGE", 5, priority: 5, right: true),
      ]
    case .pods:
      return namespace + [
        Column("NAME", 30, min: 12, priority: 0, flexible: true), Column("READY", 5, priority: 1),
        Column("STATUS", 17, min: 10, priority: 0), Column("RESTARTS", 11, min: 8, priority: 2, right: true),
        Column("AGE", 5, priority: 3, right: true), Column("IP", 13, priority: 7),
        Column("NODE", 14, min: 8, priority: 5),
      ]
    case .services:
      return namespace + [
        Column("NAME", 20, min: 10, priority: 0, flexible: true), Column("TYPE", 12, min: 9, priority: 1),
        Column("CLUSTER-IP", 14, min: 10, priority: 3), Column("EXTERNAL-IP", 12, min: 9, priority: 5),
        Column("PORT(S)", 14, min: 7, priority: 2), Column("ENDPOINTS", 9, min: 3, priority: 0, right: true),
        Column("AGE", 5, priority: 4, right: true),
      ]
    }
  }

  /// The cells of a row, in the order of ``columns(_:allNamespaces:)``; nil when the object is gone.
  static func cells(
    _ row: RowRef, pane: PaneID, allNamespaces: Bool, cluster: ClusterState, glyphs: Glyphs, isLastChild: Bool
  ) -> [CellText]? {
    let store = cluster.store
    let namespace = allNamespaces ? [CellText(row.key.namespace, .dim)] : []
    switch row.kind {
    case .node:
      guard let node = store.nodes[row.key] else { return nil }
      let usage = NodeUsage(node: node, in: cluster)
      let status = node.statusText
      return [
        CellText(node.metadata.name), CellText(status, StatusStyle.node(status)), CellText(node.rolesText, .dim),
        bar(usage.cpuRequestedMilli, of: usage.cpuAllocatableMilli),
        bar(usage.memoryRequested, of: usage.memoryAllocatable),
        CellText(usage.podCapacity > 0 ? "\(usage.pods)/\(usage.podCapacity)" : "\(usage.pods)"),
        CellText(HumanDuration.age(since: node.metadata.creationTimestamp, now: cluster.now), .dim),
        CellText(node.status.nodeInfo.kubeletVersion, .dim),
      ]
    case .deployment:
      guard let deployment = store.deployments[row.key] else { return nil }
      let desired = deployment.spec.replicas ?? 1
      let ready = deployment.status.readyReplicas
      var name = deployment.metadata.name
      if deployment.spec.paused { name += " (paused)" }
      return namespace + [
        CellText(name, .text), CellText("\(ready)/\(desired)", StatusStyle.readiness(ready: ready, desired: desired)),
        CellText(String(deployment.status.updatedReplicas)), CellText(String(deployment.status.availableReplicas)),
        CellText(deployment.metadata.annotations[DeploymentRevisions.revisionAnnotation] ?? "", .dim),
        CellText(HumanDuration.age(since: deployment.metadata.creationTimestamp, now: cluster.now), .dim),
      ]
    case .replicaSet:
      guard let replicaSet = store.replicaSets[row.key] else { return nil }
      let desired = replicaSet.spec.replicas ?? 1
      let ready = replicaSet.status.readyReplicas
      let branch = isLastChild ? glyphs.treeLast : glyphs.treeBranch
      let role: StyleRole =
        desired == 0 && replicaSet.status.replicas == 0 ? .dim : StatusStyle.readiness(ready: ready, desired: desired)
      return (allNamespaces ? [CellText("", .dim)] : []) + [
        CellText(branch + replicaSet.metadata.name, .dim), CellText("\(ready)/\(desired)", role),
        CellText(""), CellText(String(replicaSet.status.availableReplicas), .dim),
        CellText(String(DeploymentRevisions.revision(of: replicaSet)), .dim),
        CellText(HumanDuration.age(since: replicaSet.metadata.creationTimestamp, now: cluster.now), .dim),
      ]
    case .pod:
      guard let pod = store.pods[row.key] else { return nil }
      let presentation = PodPresentation(pod)
      return namespace + [
        CellText(pod.metadata.name), CellText(presentation.ready),
        CellText(presentation.status, StatusStyle.pod(status: presentation.status, ready: presentation.ready)),
        CellText(presentation.restartsText(now: cluster.now), presentation.restarts > 0 ? .pending : .text),
        CellText(HumanDuration.age(since: pod.metadata.creationTimestamp, now: cluster.now), .dim),
        CellText(pod.status.podIP.isEmpty ? "<none>" : pod.status.podIP, .dim),
        CellText(pod.spec.nodeName.isEmpty ? "<none>" : pod.spec.nodeName, .dim),
      ]
    case .service:
      guard let service = store.services[row.key] else { return nil }
      let endpoints = ServiceBackends.readyCount(of: service, in: cluster)
      return namespace + [
        CellText(service.metadata.name), CellText(service.spec.type, .dim),
        CellText(service.spec.clusterIP.isEmpty ? "<none>" : service.spec.clusterIP),
        CellText(service.externalIPText, .dim), CellText(service.portsText),
        CellText(endpoints.map(String.init) ?? "-", (endpoints ?? 1) > 0 ? .running : .pending),
        CellText(HumanDuration.age(since: service.metadata.creationTimestamp, now: cluster.now), .dim),
      ]
    case .secret:
      return nil  // never a pane's row
    }
  }

  /// `███░░░ 45%`: requests against allocatable; green, then yellow past 70%, red past 90%.
  static func bar(_ used: Int64, of total: Int64) -> CellText {
    guard let fraction = NodeUsage.fraction(used, of: total) else { return CellText("-", .dim) }
    let percent = Int((fraction * 100).rounded())
    let role: StyleRole = fraction > 0.9 ? .barHigh : fraction > 0.7 ? .barMedium : .barLow
    return CellText("\u{1}\(percent)", role)
  }
}
