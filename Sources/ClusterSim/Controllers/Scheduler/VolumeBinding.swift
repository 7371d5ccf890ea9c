import KubeModel

/// The VolumeBinding plugin (`pkg/scheduler/framework/plugins/volumebinding`): a pod whose claims are missing or
/// unbound with Immediate binding cannot be scheduled (a PreFilter failure, so its message stands for every node);
/// bound claims whose volumes are pinned to nodes (local volumes) restrict the pod to those nodes; claims of a
/// WaitForFirstConsumer class are bound once a node is chosen (PreBind): to a matching volume, or by asking the
/// provisioner for one on that node.
///
/// The simulation folds the volumes' node affinity into the pod's required node affinity for the search, so a pod
/// that no node fits reads `node(s) didn't match Pod's node affinity/selector` where upstream says
/// `node(s) had volume node affinity conflict`.
enum VolumeBinding {
  enum Outcome {
    /// Schedule with this spec (the pod's, with volume node constraints folded in).
    case proceed(PodSpec)
    /// The scheduling message, written as `FitError` writes it.
    case unschedulable(String)
  }

  static func claimNames(_ spec: PodSpec) -> [String] {
    spec.volumes.compactMap { $0.persistentVolumeClaim?.claimName }
  }

  /// PreFilter and the node restrictions of the pod's claims.
  static func check(_ spec: PodSpec, namespace: String, numAllNodes: Int, in cluster: ClusterState) -> Outcome {
    let names = claimNames(spec)
    guard !names.isEmpty else { return .proceed(spec) }
    var restrictions: [[NodeSelectorTerm]] = []
    for name in names {
      guard let claim = cluster.store.persistentVolumeClaims[namespace, name] else {
        return .unschedulable(preFilterMessage("persistentvolumeclaim \"\(name)\" not found", numAllNodes))
      }
      if claim.metadata.isBeingDeleted {
        return .unschedulable(preFilterMessage("persistentvolumeclaim \"\(name)\" is being deleted", numAllNodes))
      }
      if !claim.spec.volumeName.isEmpty {
        if let volume = cluster.store.persistentVolumes["", claim.spec.volumeName],
          let terms = SimulatedProvisioner.nodeTerms(of: volume)
        {
          restrictions.append(terms)
        }
        continue
      }
      let className = VolumeMatching.className(of: claim)
      let storageClass = className.isEmpty ? nil : cluster.store.storageClasses["", className]
      guard storageClass?.volumeBindingMode == "WaitForFirstConsumer" else {
        return .unschedulable(preFilterMessage("pod has unbound immediate PersistentVolumeClaims", numAllNodes))
      }
      let candidates = staticCandidates(for: claim, in: cluster)
      if candidates.contains(where: { SimulatedProvisioner.nodeTerms(of: $0) == nil }) { continue }
      if !candidates.isEmpty {
        restrictions.append(candidates.flatMap { SimulatedProvisioner.nodeTerms(of: $0) ?? [] })
      } else if storageClass?.provisioner == SimulatedProvisioner.noProvisioner {
        let reason = "\(numAllNodes) node(s) didn't find available persistent volumes to bind"
        return .unschedulable(
          "0/\(numAllNodes) nodes are available: \(reason). preemption: "
            + FitError.available(numAllNodes, ["Preemption is not helpful for scheduling": numAllNodes]))
      }
    }
    guard !restrictions.isEmpty else { return .proceed(spec) }
    var adjusted = spec
    var affinity = adjusted.affinity ?? Affinity()
    var nodeAffinity = affinity.nodeAffinity ?? NodeAffinity()
    var terms = nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
    for restriction in restrictions { terms = conjunction(terms, restriction) }
    nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = NodeSelector(nodeSelectorTerms: terms ?? [])
    affinity.nodeAffinity = nodeAffinity
    adjusted.affinity = affinity
    return .proceed(adjusted)
  }

  /// `0/4 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/4 nodes are
  /// available: 4 Preemption is not helpful for scheduling.`: a PreFilter message replaces the per-node reasons,
  /// and preemption cannot help on any node.
  static func preFilterMessage(_ message: String, _ numAllNodes: Int) -> String {
    "0/\(numAllNodes) nodes are available: \(message). preemption: "
      + FitError.available(numAllNodes, ["Preemption is not helpful for scheduling": numAllNodes])
  }

  /// Terms ORed on each side, ANDed together: every pair merged.
  static func conjunction(_ left: [NodeSelectorTerm]?, _ right: [NodeSelectorTerm]) -> [NodeSelectorTerm] {
    guard let left else { return right }
    var result: [NodeSelectorTerm] = []
    for first in left {
      for second in right {
        var merged = NodeSelectorTerm(matchExpressions: first.matchExpressions + second.matchExpressions)
        merged.matchFields = first.matchFields + second.matchFields
        result.append(merged)
      }
    }
    return result
  }

  /// Available volumes that could take a WaitForFirstConsumer claim, smallest first.
  static func staticCandidates(for claim: PersistentVolumeClaim, in cluster: ClusterState) -> [PersistentVolume] {
    let className = VolumeMatching.className(of: claim)
    return cluster.store.persistentVolumes.list().filter { volume in
      !volume.metadata.isBeingDeleted && volume.status.phase != "Released"
        && (volume.spec.claimRef == nil || VolumeMatching.isReserved(volume, for: claim))
        && VolumeMatching.className(of: volume) == className && VolumeMatching.satisfies(volume, claim)
    }.sorted {
      (VolumeMatching.capacityBytes($0), $0.metadata.name) < (VolumeMatching.capacityBytes($1), $1.metadata.name)
    }
  }

  /// PreBind for the chosen node: each unbound WaitForFirstConsumer claim is reserved the smallest matching
  /// volume the node can reach, or annotated `volume.kubernetes.io/selected-node` for its provisioner.
  static func bindClaims(_ spec: PodSpec, namespace: String, node nodeName: String, in cluster: inout ClusterState) {
    guard let node = cluster.store.nodes["", nodeName] else { return }
    for name in claimNames(spec) {
      guard var claim = cluster.store.persistentVolumeClaims[namespace, name], claim.spec.volumeName.isEmpty else {
        continue
      }
      let reachable = staticCandidates(for: claim, in: cluster).first { volume in
        guard let terms = SimulatedProvisioner.nodeTerms(of: volume) else { return true }
        return terms.contains {
          CompiledNodeSelectorTerm($0).matches(labels: node.metadata.labels, name: node.metadata.name)
        }
      }
      if var volume = reachable {
        var reference = claim.objectReference
        reference.resourceVersion = claim.metadata.resourceVersion
        volume.spec.claimRef = reference
        volume.metadata.annotations[VolumeMatching.boundByController] = "yes"
        cluster.write(volume)
      } else if claim.metadata.annotations[VolumeMatching.selectedNode] != nodeName {
        claim.metadata.annotations[VolumeMatching.selectedNode] = nodeName
        cluster.write(claim)
      }
    }
  }
}
