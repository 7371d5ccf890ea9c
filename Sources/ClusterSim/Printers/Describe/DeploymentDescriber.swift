import KubeModel

/// `kubectl describe deployment` (`describeDeployment` in kubectl's `pkg/describe/describe.go`).
extension Deployment: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.line(0, "Namespace:", metadata.namespace)
    writer.line(0, "CreationTimestamp:", DescribeTime.go(metadata.creationTimestamp))
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    writer.line(0, "Selector:", DescribeText.selector(spec.selector))
    writer.line(
      0, "Replicas:",
      "\(spec.replicas ?? 0) desired | \(status.updatedReplicas) updated | \(status.replicas) total | "
        + "\(status.availableReplicas) available | \(status.unavailableReplicas) unavailable")
    writer.line(0, "StrategyType:", spec.strategy.type)
    writer.line(0, "MinReadySeconds:", String(spec.minReadySeconds))
    if let rolling = spec.strategy.rollingUpdate {
      writer.line(
        0, "RollingUpdateStrategy:",
        "\(DescribeText.intOrString(rolling.maxUnavailable)) max unavailable, "
          + "\(DescribeText.intOrString(rolling.maxSurge)) max surge")
    }
    PodTemplateDescriber.describe(spec.template, into: &writer)
    ReplicaSetDescriber.conditions(status.conditions, into: &writer)
    let (old, new) = replicaSetsForDescribe(in: cluster)
    if !old.isEmpty || new != nil {
      writer.line(0, "OldReplicaSets:", Self.replicaSetList(old))
      writer.line(0, "NewReplicaSet:", Self.replicaSetList(new.map { [$0] } ?? []))
    }
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }

  /// `deploymentutil.GetAllReplicaSetsInChunks`: the ReplicaSets matching the selector and controlled by this
  /// Deployment, oldest first (ties by name); the new one is the oldest whose template equals the Deployment's
  /// apart from the pod-template-hash label, the old ones are the others that still want replicas.
  func replicaSetsForDescribe(in cluster: ClusterState) -> (old: [ReplicaSet], new: ReplicaSet?) {
    guard let selector = try? spec.selector?.asSelector() else { return ([], nil) }
    let owned = DeploymentRevisions.replicaSets(of: self, in: cluster).filter { selector.matches($0.metadata.labels) }
    let sorted = GoSort.sorted(owned) { lhs, rhs in
      let left = lhs.metadata.creationTimestamp?.milliseconds ?? .min
      let right = rhs.metadata.creationTimestamp?.milliseconds ?? .min
      // Creation times are kept to the second, as the API server stores them.
      if left / 1000 == right / 1000 { return GoSort.less(lhs.metadata.name, rhs.metadata.name) }
      return left < right
    }
    let new = sorted.first { DeploymentRevisions.templatesEqualIgnoringHash($0.spec.template, spec.template) }
    let old = sorted.filter { $0.metadata.uid != new?.metadata.uid && ($0.spec.replicas ?? 0) != 0 }
    return (old, new)
  }

  /// `printReplicaSetsByLabels`: `web-7d9c5b6f8 (3/3 replicas created)`, joined by `, `, or `<none>`.
  static func replicaSetList(_ replicaSets: [ReplicaSet]) -> String {
    guard !replicaSets.isEmpty else { return "<none>" }
    return replicaSets.map { "\($0.metadata.name) (\($0.status.replicas)/\($0.spec.replicas ?? 0) replicas created)" }
      .joined(separator: ", ")
  }
}
