import KubeModel

/// Which PersistentVolume a claim binds to (upstream `pv_controller.go` `findBestMatchForClaim` and
/// `volume/util.FindMatchingVolume`): a volume already reserved for the claim wins; otherwise the smallest
/// Available volume of the claim's class whose access modes include the claim's, whose capacity covers the
/// request, whose volume mode matches and whose labels the claim's selector selects.
enum VolumeMatching {
  /// `pv.kubernetes.io/bind-completed`, `pv.kubernetes.io/bound-by-controller`, and the provisioning annotations.
  static let bindCompleted = "pv.kubernetes.io/bind-completed"
  static let boundByController = "pv.kubernetes.io/bound-by-controller"
  static let provisionedBy = "pv.kubernetes.io/provisioned-by"
  static let storageProvisioner = "volume.kubernetes.io/storage-provisioner"
  static let betaStorageProvisioner = "volume.beta.kubernetes.io/storage-provisioner"
  static let selectedNode = "volume.kubernetes.io/selected-node"
  static let betaStorageClass = "volume.beta.kubernetes.io/storage-class"

  /// `GetPersistentVolumeClaimClass`: the beta annotation, else the field, else none.
  static func className(of claim: PersistentVolumeClaim) -> String {
    claim.metadata.annotations[betaStorageClass] ?? claim.spec.storageClassName ?? ""
  }

  /// `GetPersistentVolumeClass`.
  static func className(of volume: PersistentVolume) -> String {
    volume.metadata.annotations[betaStorageClass] ?? volume.spec.storageClassName
  }

  static func requestedBytes(_ claim: PersistentVolumeClaim) -> Int64 {
    claim.spec.resources.requests["storage"]?.value ?? 0
  }

  static func capacityBytes(_ volume: PersistentVolume) -> Int64 { volume.spec.capacity["storage"]?.value ?? 0 }

  /// Whether the volume is reserved for this claim (its claimRef names the claim, and its uid if set).
  static func isReserved(_ volume: PersistentVolume, for claim: PersistentVolumeClaim) -> Bool {
    guard let reference = volume.spec.claimRef else { return false }
    return reference.name == claim.metadata.name && reference.namespace == claim.metadata.namespace
      && (reference.uid.isEmpty || reference.uid == claim.metadata.uid)
  }

  /// `checkVolumeSatisfyClaim` without the class: access modes, capacity, volume mode, selector.
  static func satisfies(_ volume: PersistentVolume, _ claim: PersistentVolumeClaim) -> Bool {
    guard Set(claim.spec.accessModes).isSubset(of: Set(volume.spec.accessModes)) else { return false }
    guard capacityBytes(volume) >= requestedBytes(claim) else { return false }
    guard (claim.spec.volumeMode ?? "Filesystem") == (volume.spec.volumeMode ?? "Filesystem") else { return false }
    if let selector = claim.spec.selector {
      guard let parsed = try? selector.asSelector(), parsed.matches(volume.metadata.labels) else { return false }
    }
    return true
  }

  /// The best volume for a claim, or nil.
  static func bestMatch(for claim: PersistentVolumeClaim, in cluster: ClusterState) -> PersistentVolume? {
    let wanted = className(of: claim)
    var best: PersistentVolume?
    for volume in cluster.store.persistentVolumes.list() where !volume.metadata.isBeingDeleted {
      if isReserved(volume, for: claim) {
        if satisfies(volume, claim) || claim.spec.volumeName == volume.metadata.name { return volume }
        continue
      }
      // Volumes reserved for another claim, or released, are not available.
      guard volume.spec.claimRef == nil, volume.status.phase != "Released", volume.status.phase != "Failed" else {
        continue
      }
      guard className(of: volume) == wanted, satisfies(volume, claim) else { continue }
      if let current = best {
        let smaller = capacityBytes(volume) < capacityBytes(current)
        if smaller || (capacityBytes(volume) == capacityBytes(current) && volume.metadata.name < current.metadata.name)
        {
          best = volume
        }
      } else {
        best = volume
      }
    }
    return best
  }
}
