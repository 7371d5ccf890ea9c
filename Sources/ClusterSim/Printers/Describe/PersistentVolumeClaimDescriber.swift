import KubeModel

/// `kubectl describe pvc` (`describePersistentVolumeClaim` in kubectl's `pkg/describe/describe.go`).
extension PersistentVolumeClaim: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    Self.printClaim(self, full: true, now: cluster.now, into: &writer)
    writer.podNames("Used By", usingPods(in: cluster).map(\.metadata.name))
    if !status.conditions.isEmpty {
      writer.write(0, "Conditions:\n")
      writer.write(1, "Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n")
      writer.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n")
      for condition in status.conditions {
        writer.write(
          1,
          "\(condition.type) \t\(condition.status) \t\(DescribeTime.go(condition.lastProbeTime)) \t"
            + "\(DescribeTime.go(condition.lastTransitionTime)) \t\(condition.reason) \t\(condition.message)\n")
      }
    }
    if let events = EventSearch.shown(for: self, in: cluster, settings: settings) {
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }

  /// `getPodsForPVC`: pods of the namespace with a volume of this claim, then pods that own it.
  func usingPods(in cluster: ClusterState) -> [Pod] {
    let pods = cluster.store.pods.list(namespace: metadata.namespace)
    var using: [Pod] = []
    for pod in pods {
      for volume in pod.spec.volumes where volume.persistentVolumeClaim?.claimName == metadata.name {
        using.append(pod)
      }
    }
    for owner in metadata.ownerReferences where owner.kind == "Pod" {
      guard let pod = pods.first(where: { $0.metadata.uid == owner.uid }) else { continue }
      if !using.contains(where: { $0.metadata.uid == pod.metadata.uid }) { using.append(pod) }
    }
    return using
  }

  /// `printPersistentVolumeClaim`, for claims (`full`) and for the claim templates of ephemeral volumes.
  static func printClaim(_ claim: PersistentVolumeClaim, full: Bool, now: Timestamp, into writer: inout DescribeWriter)
  {
    if full {
      writer.line(0, "Name:", claim.metadata.name)
      writer.line(0, "Namespace:", claim.metadata.namespace)
    }
    writer.line(0, "StorageClass:", storageClass(of: claim))
    if full {
      if let deleted = claim.metadata.deletionTimestamp {
        writer.line(0, "Status:", "Terminating (lasts \(HumanDuration.age(since: deleted, now: now)))")
      } else {
        writer.line(0, "Status:", claim.status.phase)
      }
    }
    writer.line(0, "Volume:", claim.spec.volumeName)
    writer.labels("Labels", claim.metadata.labels)
    writer.annotations("Annotations", claim.metadata.annotations)
    if full { writer.line(0, "Finalizers:", DescribeText.goList(claim.metadata.finalizers)) }
    var capacity = ""
    var accessModes = ""
    if !claim.spec.volumeName.isEmpty {
      accessModes = DescribeText.accessModes(claim.status.accessModes)
      capacity = DescribeText.quantity(claim.status.capacity, "storage")
    }
    writer.line(0, "Capacity:", capacity)
    writer.line(0, "Access Modes:", accessModes)
    if let mode = claim.spec.volumeMode { writer.line(0, "VolumeMode:", mode) }
    if let source = claim.spec.dataSource, source.objectValue != nil {
      writer.write(0, "DataSource:\n")
      if let group = source.text("apiGroup") { writer.line(1, "APIGroup:", group) }
      writer.line(1, "Kind:", source.text("kind") ?? "")
      writer.line(1, "Name:", source.text("name") ?? "")
    }
  }

  /// `storageutil.GetPersistentVolumeClaimClass`: the beta annotation first, then `spec.storageClassName`.
  static func storageClass(of claim: PersistentVolumeClaim) -> String {
    claim.metadata.annotations["volume.beta.kubernetes.io/storage-class"] ?? claim.spec.storageClassName ?? ""
  }
}
