import KubeModel

/// `kubectl describe pod` (`describePod` in kubectl's `pkg/describe/describe.go`).
extension Pod: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.line(0, "Namespace:", metadata.namespace)
    if let priority = spec.priority { writer.line(0, "Priority:", String(priority)) }
    if !spec.priorityClassName.isEmpty { writer.line(0, "Priority Class Name:", spec.priorityClassName) }
    if let runtimeClass = spec.runtimeClassName, !runtimeClass.isEmpty {
      writer.line(0, "Runtime Class Name:", runtimeClass)
    }
    if !spec.serviceAccountName.isEmpty { writer.line(0, "Service Account:", spec.serviceAccountName) }
    writer.line(0, "Node:", spec.nodeName.isEmpty ? "<none>" : spec.nodeName + "/" + status.hostIP)
    if let start = status.startTime { writer.line(0, "Start Time:", DescribeTime.go(start)) }
    writer.labels("Labels", metadata.labels)
    writer.annotations("Annotations", metadata.annotations)
    if let deleted = metadata.deletionTimestamp, status.phase != "Failed" && status.phase != "Succeeded" {
      writer.line(0, "Status:", "Terminating (lasts \(DescribeText.since(deleted, cluster)))")
      writer.line(0, "Termination Grace Period:", "\(metadata.deletionGracePeriodSeconds ?? 0)s")
    } else {
      writer.line(0, "Status:", status.phase)
    }
    if !status.reason.isEmpty { writer.line(0, "Reason:", status.reason) }
    if !status.message.isEmpty { writer.line(0, "Message:", status.message) }
    if let profile = spec.securityContext?["seccompProfile"] {
      let type = profile.text("type") ?? ""
      writer.line(0, "SeccompProfile:", type)
      if type == "Localhost" { writer.line(0, "LocalhostProfile:", profile.text("localhostProfile") ?? "") }
    }
    writer.line(0, "IP:", status.podIP)
    if status.podIPs.isEmpty {
      writer.line(0, "IPs:", "<none>")
    } else {
      writer.write(0, "IPs:\n")
      for address in status.podIPs { writer.line(1, "IP:", address.ip) }
    }
    if let controller = DescribeText.controller(metadata) { writer.line(0, "Controlled By:", controller) }
    if !status.nominatedNodeName.isEmpty { writer.line(0, "NominatedNodeName:", status.nominatedNodeName) }
    if let resources = spec.resources {
      writer.write(0, "Resources:\n")
      writer.resources(resources, level: 1)
    }
    if !spec.initContainers.isEmpty {
      ContainerDescriber.describe(
        "Init Containers", spec.initContainers, statuses: status.initContainerStatuses, pod: self, space: "",
        into: &writer)
    }
    ContainerDescriber.describe(
      "Containers", spec.containers, statuses: status.containerStatuses, pod: self, space: "", into: &writer)
    PodDescriber.readinessGates(of: self, into: &writer)
    if !status.conditions.isEmpty {
      writer.write(0, "Conditions:\n  Type\tStatus\n")
      for condition in status.conditions { writer.write(1, "\(condition.type) \t\(condition.status) \n") }
    }
    VolumeDescriber.describe(spec.volumes, space: "", into: &writer)
    writer.line(0, "QoS Class:", status.qosClass.isEmpty ? spec.qosClass : status.qosClass)
    writer.labels("Node-Selectors", spec.nodeSelector)
    writer.tolerations("Tolerations", spec.tolerations)
    PodDescriber.topologySpreadConstraints(spec.topologySpreadConstraints, space: "", into: &writer)
    if settings.showEvents {
      // Pod events are searched without their kind (`ref.Kind = ""`).
      let events = EventSearch.events(uid: metadata.uid, name: metadata.name, kind: nil, in: cluster)
      writer.events(events, now: cluster.now)
    }
    return writer.rendered
  }
}

/// Pod sections that the model keeps as JSON.
enum PodDescriber {
  /// The readiness gates table: each gate's condition status from the pod's conditions, `<none>` if absent.
  static func readinessGates(of pod: Pod, into writer: inout DescribeWriter) {
    guard let gates = pod.spec.readinessGates?.arrayValue, !gates.isEmpty else { return }
    writer.write(0, "Readiness Gates:\n  Type\tStatus\n")
    for gate in gates {
      let type = gate.text("conditionType") ?? ""
      let status = pod.status.conditions.first { $0.type == type }?.status ?? "<none>"
      writer.write(1, "\(type) \t\(status) \n")
    }
  }

  /// `describeTopologySpreadConstraints`: `key:WhenUnsatisfiable when max skew N is exceeded[ for selector S]`,
  /// ordered by topology key.
  static func topologySpreadConstraints(_ constraints: JSONValue?, space: String, into writer: inout DescribeWriter) {
    guard let constraints = constraints?.arrayValue, !constraints.isEmpty else { return }
    let sorted = GoSort.sorted(constraints) { GoSort.less($0.text("topologyKey") ?? "", $1.text("topologyKey") ?? "") }
    writer.write(0, "\(space)Topology Spread Constraints:\t")
    for (index, constraint) in sorted.enumerated() {
      if index != 0 { writer.write(0, "\(space)\t") }
      var text = "\(constraint.text("topologyKey") ?? ""):\(constraint.text("whenUnsatisfiable") ?? "")"
      text += " when max skew \(constraint.text("maxSkew") ?? "0") is exceeded"
      if let selector = constraint["labelSelector"], selector.objectValue != nil {
        text += " for selector \(selector.labelSelector.description)"
      }
      writer.write(0, text + "\n")
    }
  }
}
