import KubeModel

/// Where a DaemonSet's pods may run and how they are made (upstream `daemon_controller.go` `NodeShouldRunDaemonPod`
/// and `predicates`, `daemon/util`'s `AddOrUpdateDaemonPodTolerations`, `CreatePodTemplate` and
/// `ReplaceDaemonSetPodNodeNameNodeAffinity`).
enum DaemonPods {
  /// The annotation the API server keeps on a DaemonSet, counting its template changes.
  static let templateGenerationAnnotation = "deprecated.daemonset.template.generation"
  /// The label daemon pods carry with that count.
  static let templateGenerationLabel = "pod-template-generation"

  /// Whether the DaemonSet should run a pod on the node (`shouldRun`), and whether a pod already there may stay
  /// (`shouldContinueRunning`). The scheduler's own predicates decide: the template's node name, its node selector
  /// and required node affinity, and the node's NoSchedule and NoExecute taints against the template's tolerations
  /// plus the daemon tolerations. A pod that tolerates every NoExecute taint stays even where no new one would go.
  /// Resources are left to the scheduler, as upstream does since pods are scheduled by it.
  static func verdict(_ node: Node, for daemonSet: DaemonSet) -> (shouldRun: Bool, shouldContinue: Bool) {
    let spec = daemonSet.spec.template.spec
    if !spec.nodeName.isEmpty && spec.nodeName != node.metadata.name { return (false, false) }
    guard NodeConstraints(spec).matches(labels: node.metadata.labels, name: node.metadata.name) else {
      return (false, false)
    }
    let tolerations = daemonTolerations(spec)
    let untolerated = node.spec.taints.filter { taint in
      (taint.effect == "NoSchedule" || taint.effect == "NoExecute") && !tolerations.contains { $0.tolerates(taint) }
    }
    guard !untolerated.isEmpty else { return (true, true) }
    return (false, !untolerated.contains { $0.effect == "NoExecute" })
  }

  /// `AddOrUpdateDaemonPodTolerations`: daemons survive node problems and cordons — they tolerate not-ready and
  /// unreachable (NoExecute, for ever), disk, memory and PID pressure and unschedulable (NoSchedule), and, with
  /// host networking, network-unavailable.
  static func daemonTolerations(_ spec: PodSpec) -> [Toleration] {
    var tolerations = spec.tolerations
    var added = [
      Toleration(key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute"),
      Toleration(key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute"),
      Toleration(key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule"),
      Toleration(key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule"),
      Toleration(key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule"),
      Toleration(key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule"),
    ]
    if spec.hostNetwork == true {
      added.append(Toleration(key: "node.kubernetes.io/network-unavailable", operator: "Exists", effect: "NoSchedule"))
    }
    // `AddOrUpdateTolerationInPodSpec`: one already there with the same key, operator, value and effect is kept.
    for toleration in added
    where !tolerations.contains(where: {
      $0.key == toleration.key && $0.operator == toleration.operator && $0.value == toleration.value
        && $0.effect == toleration.effect
    }) {
      tolerations.append(toleration)
    }
    return tolerations
  }

  /// A daemon pod for one node: the template with the daemon tolerations, the revision hash and template
  /// generation labels, `<daemonset>-` as generateName, and a required node affinity on the node's name (the
  /// default scheduler binds it there).
  static func newPod(for daemonSet: DaemonSet, node: String, hash: String) -> Pod {
    let template = daemonSet.spec.template
    var pod = Pod()
    pod.metadata.generateName = daemonSet.metadata.name + "-"
    pod.metadata.namespace = daemonSet.metadata.namespace
    pod.metadata.labels = template.metadata.labels
    pod.metadata.labels[ControllerHistory.hashLabel] = hash
    if let generation = daemonSet.metadata.annotations[templateGenerationAnnotation] {
      pod.metadata.labels[templateGenerationLabel] = generation
    }
    pod.metadata.annotations = template.metadata.annotations
    pod.metadata.finalizers = template.metadata.finalizers
    pod.metadata.ownerReferences = [daemonSet.controllerReference]
    pod.spec = template.spec
    pod.spec.tolerations = daemonTolerations(template.spec)
    var affinity = pod.spec.affinity ?? Affinity()
    var nodeAffinity = affinity.nodeAffinity ?? NodeAffinity()
    var term = NodeSelectorTerm()
    term.matchFields = [NodeSelectorRequirement(key: "metadata.name", operator: "In", values: [node])]
    nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = NodeSelector(nodeSelectorTerms: [term])
    affinity.nodeAffinity = nodeAffinity
    pod.spec.affinity = affinity
    return pod
  }

  /// `util.GetTargetNodeName`: the node a daemon pod runs on, or is meant for (its node-name affinity).
  static func targetNode(of pod: Pod) -> String? {
    if !pod.spec.nodeName.isEmpty { return pod.spec.nodeName }
    for term in pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []
    {
      for field in term.matchFields where field.key == "metadata.name" && field.operator == "In" {
        if let name = field.values.first { return name }
      }
    }
    return nil
  }

  /// `IsPodUpdated`: made from the current revision (by hash, or by template generation for old pods).
  static func isUpdated(_ pod: Pod, hash: String, generation: String?) -> Bool {
    if pod.metadata.labels[ControllerHistory.hashLabel] == hash { return true }
    guard let generation, let podGeneration = pod.metadata.labels[templateGenerationLabel] else { return false }
    return podGeneration == generation && pod.metadata.labels[ControllerHistory.hashLabel] == nil
  }
}
