import KubeModel

/// `kubectl describe node` (`describeNode` in kubectl's `pkg/describe/describe.go`).
extension Node: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    let roles = NodeDescriber.roles(of: self)
    writer.line(0, "Roles:", roles.isEmpty ? "<none>" : roles.joined(separator: ","))
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    writer.line(0, "CreationTimestamp:", DescribeTime.go(metadata.creationTimestamp))
    writer.taints("Taints", spec.taints)
    writer.line(0, "Unschedulable:", String(spec.unschedulable))
    NodeDescriber.lease(of: self, in: cluster, into: &writer)
    if !status.conditions.isEmpty {
      writer.write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n")
      writer.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n")
      for condition in status.conditions {
        writer.write(
          1,
          "\(condition.type) \t\(condition.status) \t\(DescribeTime.go(condition.lastHeartbeatTime)) \t"
            + "\(DescribeTime.go(condition.lastTransitionTime)) \t\(condition.reason) \t\(condition.message)\n")
      }
    }
    writer.write(0, "Addresses:\n")
    for address in status.addresses { writer.line(1, "\(address.type):", address.address) }
    for (title, list) in [("Capacity:", status.capacity), ("Allocatable:", status.allocatable)] where !list.isEmpty {
      writer.write(0, title + "\n")
      for name in list.keys.sorted(by: GoSort.less) { writer.write(0, "  \(name):\t\(list[name]!)\n") }
    }
    let info = status.nodeInfo
    writer.write(0, "System Info:\n")
    writer.write(0, "  Machine ID:\t\(info.machineID)\n")
    writer.write(0, "  System UUID:\t\(info.systemUUID)\n")
    writer.write(0, "  Boot ID:\t\(info.bootID)\n")
    writer.write(0, "  Kernel Version:\t\(info.kernelVersion)\n")
    writer.write(0, "  OS Image:\t\(info.osImage)\n")
    writer.write(0, "  Operating System:\t\(info.operatingSystem)\n")
    writer.write(0, "  Architecture:\t\(info.architecture)\n")
    writer.write(0, "  Container Runtime Version:\t\(info.containerRuntimeVersion)\n")
    writer.write(0, "  Kubelet Version:\t\(info.kubeletVersion)\n")
    if !spec.podCIDR.isEmpty { writer.line(0, "PodCIDR:", spec.podCIDR) }
    if !spec.podCIDRs.isEmpty { writer.line(0, "PodCIDRs:", spec.podCIDRs.joined(separator: ",")) }
    if !spec.providerID.isEmpty { writer.line(0, "ProviderID:", spec.providerID) }
    NodeResourceSummary(node: self, in: cluster).describe(into: &writer)
    if settings.showEvents {
      // Controllers report about the node's uid, the kubelet about its name used as uid: both are searched.
      let events =
        EventSearch.events(uid: metadata.uid, name: metadata.name, kind: "Node", in: cluster)
        + EventSearch.events(uid: metadata.name, name: metadata.name, kind: "Node", in: cluster)
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}

enum NodeDescriber {
  /// `findNodeRoles`: the suffixes of `node-role.kubernetes.io/<role>` labels and the value of
  /// `kubernetes.io/role`, sorted and unique.
  static func roles(of node: Node) -> [String] {
    var roles: Set<String> = []
    for (key, value) in node.metadata.labels {
      if key.hasPrefix("node-role.kubernetes.io/") {
        let role = String(key.dropFirst("node-role.kubernetes.io/".count))
        if !role.isEmpty { roles.insert(role) }
      } else if key == "kubernetes.io/role" && !value.isEmpty {
        roles.insert(value)
      }
    }
    return roles.sorted(by: GoSort.less)
  }

  /// `describeNodeLease`. The simulation keeps no Lease objects; the kubelet's lease in `kube-node-lease` is
  /// derived from its state instead: held under the node's name, never acquired (the kubelet only renews it), and
  /// renewed every 10 seconds since the kubelet started, until it stopped.
  static func lease(of node: Node, in cluster: ClusterState, into writer: inout DescribeWriter) {
    let runtime = cluster.nodeRuntime(node.metadata.name)
    let started = max(runtime.runningSince, node.metadata.creationTimestamp ?? runtime.runningSince)
    let end = min(runtime.failedAt ?? cluster.now, cluster.now)
    let renewInterval: Int64 = 10_000
    let renewed =
      end < started ? started : started + .milliseconds((end - started).milliseconds / renewInterval * renewInterval)
    writer.write(0, "Lease:\n")
    writer.line(1, "HolderIdentity:", node.metadata.name)
    writer.line(1, "AcquireTime:", "<unset>")
    writer.line(1, "RenewTime:", DescribeTime.go(renewed))
  }
}
