import KubeModel

/// Binding a claim and a volume to each other (upstream `bind`, `bindVolumeToClaim`, `bindClaimToVolume`,
/// `updateClaimStatus`): the volume's claimRef and phase Bound, the claim's volumeName, annotations, and status
/// with the volume's capacity and access modes.
enum VolumeBinder {
  static func bind(_ claim: PersistentVolumeClaim, to volume: PersistentVolume, in cluster: inout ClusterState) {
    let now = cluster.now
    var boundVolume = volume
    if !VolumeMatching.isReserved(volume, for: claim) || volume.spec.claimRef?.uid.isEmpty == true {
      var reference = claim.objectReference
      reference.resourceVersion = claim.metadata.resourceVersion
      boundVolume.spec.claimRef = reference
      if volume.spec.claimRef == nil { boundVolume.metadata.annotations[VolumeMatching.boundByController] = "yes" }
    }
    setPhase(&boundVolume, "Bound", now: now)
    cluster.write(boundVolume)
    guard var boundClaim = cluster.store.persistentVolumeClaims[claim.key] else { return }
    if boundClaim.spec.volumeName != volume.metadata.name {
      boundClaim.spec.volumeName = volume.metadata.name
      boundClaim.metadata.annotations[VolumeMatching.boundByController] = "yes"
    }
    boundClaim.metadata.annotations[VolumeMatching.bindCompleted] = "yes"
    boundClaim.status.phase = "Bound"
    boundClaim.status.accessModes = volume.spec.accessModes
    boundClaim.status.capacity = volume.spec.capacity
    cluster.write(boundClaim)
  }

  /// A phase change, with its transition time (`lastPhaseTransitionTime`).
  static func setPhase(_ volume: inout PersistentVolume, _ phase: String, now: Timestamp) {
    guard volume.status.phase != phase else { return }
    volume.status.phase = phase
    volume.status.lastPhaseTransitionTime = now
  }
}
