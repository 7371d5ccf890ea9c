import KubeModel

/// A StatefulSet's claims (upstream `stateful_pod_control.go`): created from the volume claim templates before
/// their pod, kept when the pod goes, found again when the ordinal comes back; `persistentVolumeClaimRetentionPolicy`
/// decides, through owner references, whether the garbage collector deletes them when the set is deleted
/// (`whenDeleted: Delete`: owned by the set) or scaled down (`whenScaled: Delete`: owned by the condemned pod).
enum StatefulClaims {
  /// `createPersistentVolumeClaims`: each missing claim is created (`create Claim www-web-0 Pod web-0 in
  /// StatefulSet web success`); a claim still being deleted stops the pod's creation.
  static func createMissing(for pod: Pod, _ set: StatefulSet, ordinal: Int, in cluster: inout ClusterState) -> Bool {
    for template in set.spec.volumeClaimTemplates {
      let name = StatefulPods.claimName(set, template: template, ordinal)
      if let existing = cluster.store.persistentVolumeClaims[set.metadata.namespace, name] {
        if existing.metadata.isBeingDeleted {
          recordClaim(
            "create", set, claim: name, pod: pod.metadata.name,
            error: "pvc \(name) is being deleted", in: &cluster)
          return false
        }
        continue
      }
      var claim = template
      claim.metadata.name = name
      claim.metadata.namespace = set.metadata.namespace
      claim.metadata.labels.merge(set.spec.selector?.matchLabels ?? [:]) { _, selector in selector }
      claim.metadata.uid = ""
      claim.metadata.resourceVersion = ""
      claim.metadata.creationTimestamp = nil
      claim.status = PersistentVolumeClaimStatus()
      updateOwnerReferences(&claim, set, podName: pod.metadata.name, podUID: nil, ordinal: ordinal)
      do {
        try cluster.create(claim)
        recordClaim("create", set, claim: name, pod: pod.metadata.name, error: nil, in: &cluster)
      } catch {
        recordClaim("create", set, claim: name, pod: pod.metadata.name, error: error.message, in: &cluster)
        return false
      }
    }
    return true
  }

  static func recordClaim(
    _ verb: String, _ set: StatefulSet, claim: String, pod: String, error: String?, in cluster: inout ClusterState
  ) {
    let title = verb.prefix(1).uppercased() + verb.dropFirst()
    if let error {
      cluster.recordEvent(
        set, type: "Warning", reason: "Failed\(title)",
        message: "\(verb) Claim \(claim) for Pod \(pod) in StatefulSet \(set.metadata.name) failed error: \(error)",
        from: .statefulSetController)
    } else {
      cluster.recordEvent(
        set, reason: "Successful\(title)",
        message: "\(verb) Claim \(claim) Pod \(pod) in StatefulSet \(set.metadata.name) success",
        from: .statefulSetController)
    }
  }

  /// `updateClaimOwnerRefForSetAndPod`: the set owns the claim when it should go with the set; the pod owns it
  /// when the pod is scaled down and claims should go with scale-downs; otherwise neither does.
  static func updateOwnerReferences(
    _ claim: inout PersistentVolumeClaim, _ set: StatefulSet, podName: String, podUID: String?, ordinal: Int
  ) {
    let policy = set.spec.persistentVolumeClaimRetentionPolicy
    let deleteWithSet = policy?.whenDeleted == "Delete"
    let deleteWhenScaled = policy?.whenScaled == "Delete"
    let scaledDown = !StatefulPods.inRange(ordinal, set)
    var references = claim.metadata.ownerReferences.filter { $0.uid != set.metadata.uid && $0.kind != "Pod" }
    if deleteWithSet && !(deleteWhenScaled && scaledDown) {
      references.append(
        OwnerReference(
          apiVersion: StatefulSet.apiVersion, kind: StatefulSet.kind, name: set.metadata.name, uid: set.metadata.uid,
          controller: nil, blockOwnerDeletion: nil))
    }
    if deleteWhenScaled && scaledDown, let podUID {
      references.append(
        OwnerReference(
          apiVersion: "v1", kind: "Pod", name: podName, uid: podUID, controller: nil, blockOwnerDeletion: nil))
    }
    claim.metadata.ownerReferences = references
  }

  /// `ClaimsMatchRetentionPolicy` then `UpdatePodClaimForRetentionPolicy`: brings each existing claim of the pod's
  /// ordinal in line with the policy.
  static func applyRetentionPolicy(_ pod: Pod, _ set: StatefulSet, ordinal: Int, in cluster: inout ClusterState) {
    for template in set.spec.volumeClaimTemplates {
      let name = StatefulPods.claimName(set, template: template, ordinal)
      guard var claim = cluster.store.persistentVolumeClaims[set.metadata.namespace, name] else { continue }
      let before = claim.metadata.ownerReferences
      updateOwnerReferences(
        &claim, set, podName: pod.metadata.name, podUID: pod.metadata.uid, ordinal: ordinal)
      if claim.metadata.ownerReferences != before { cluster.write(claim) }
    }
  }
}
