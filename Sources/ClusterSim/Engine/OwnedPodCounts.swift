import KubeModel

/// Counts of a controller's pods, kept up to date as pods change, so a ReplicaSet with 10,000 pods learns its
/// status from one lookup instead of a scan (the informer-cache arithmetic upstream pays for with lists).
public struct OwnedPodCounts: Hashable, Sendable, Codable {
  /// Not finished and not being deleted.
  public var active = 0
  /// Active and Ready.
  public var ready = 0
  /// Being deleted.
  public var terminating = 0
  /// Finished successfully.
  public var succeeded = 0
  /// Finished in failure.
  public var failed = 0
  /// Active and carrying every label of the owner's pod template (ReplicaSet `fullyLabeledReplicas`).
  public var fullyLabeled = 0

  public init() {}

  mutating func add(_ pod: Pod, sign: Int, templateLabels: [String: String]?) {
    if pod.metadata.deletionTimestamp != nil {
      if pod.status.phase != "Succeeded" && pod.status.phase != "Failed" { terminating += sign }
    }
    switch pod.status.phase {
    case "Succeeded": succeeded += sign
    case "Failed": failed += sign
    default:
      if pod.metadata.deletionTimestamp == nil {
        active += sign
        if PodReadiness.isReady(pod) { ready += sign }
        if let templateLabels, templateLabels.allSatisfy({ pod.metadata.labels[$0.key] == $0.value }) {
          fullyLabeled += sign
        }
      }
    }
  }

  var isEmpty: Bool {
    active == 0 && ready == 0 && terminating == 0 && succeeded == 0 && failed == 0 && fullyLabeled == 0
  }
}

extension ClusterState {
  /// The counts of the pods a controller (by uid) owns.
  public func podCounts(ownerUID: String) -> OwnedPodCounts { podCountsByOwner[ownerUID] ?? OwnedPodCounts() }

  /// Moves a pod's contribution from its old state to its new one.
  mutating func countPodChange(old: Pod?, new: Pod?) {
    // Most writes are kubelet status updates that change nothing counted.
    if let old, let new, old.metadata.controllerReference == new.metadata.controllerReference,
      old.status.phase == new.status.phase, old.metadata.deletionTimestamp == new.metadata.deletionTimestamp,
      PodReadiness.isReady(old) == PodReadiness.isReady(new), old.metadata.labels == new.metadata.labels
    {
      return
    }
    if let old, let owner = old.metadata.controllerReference {
      podCountsByOwner[owner.uid, default: OwnedPodCounts()].add(old, sign: -1, templateLabels: templateLabels(owner))
      if podCountsByOwner[owner.uid]?.isEmpty == true { podCountsByOwner[owner.uid] = nil }
    }
    if let new, let owner = new.metadata.controllerReference {
      podCountsByOwner[owner.uid, default: OwnedPodCounts()].add(new, sign: 1, templateLabels: templateLabels(owner))
    }
  }

  /// Recounts an owner's pods from scratch, after its template changed.
  mutating func recountPods(ownerUID uid: String, templateLabels: [String: String]?) {
    var counts = OwnedPodCounts()
    for pod in store.pods.dependents(ofOwnerUID: uid) where pod.metadata.controllerReference?.uid == uid {
      counts.add(pod, sign: 1, templateLabels: templateLabels)
    }
    podCountsByOwner[uid] = counts.isEmpty ? nil : counts
  }

  private func templateLabels(_ owner: OwnerReference) -> [String: String]? {
    switch owner.kind {
    case "ReplicaSet": return store.replicaSets.object(withUID: owner.uid)?.spec.template.metadata.labels
    case "ReplicationController":
      return store.replicationControllers.object(withUID: owner.uid)?.spec.template?.metadata.labels
    default: return nil
    }
  }
}
