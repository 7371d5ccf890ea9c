import KubeModel

/// The PersistentVolume controller (`pkg/controller/volume/persistentvolume/pv_controller.go`) with the claim and
/// volume protection controllers: binds claims to the smallest fitting volume, asks the class's provisioner for a
/// volume when none fits, marks volumes Released when their claim goes and then keeps (Retain) or deletes (Delete)
/// them, and lets a claim or volume marked for deletion go once nothing uses it.
///
/// Its queue holds claim keys (with a namespace) and volume keys (without).
enum PersistentVolumeController: Controller {
  static let id = ControllerID.persistentVolume
  static let claimProtection = "kubernetes.io/pvc-protection"
  static let volumeProtection = "kubernetes.io/pv-protection"

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    if key.namespace.isEmpty {
      syncVolume(key, in: &cluster)
    } else {
      syncClaim(key, in: &cluster)
    }
  }

  // MARK: Claims

  /// `syncClaim`: unbound claims are bound or provisioned for; bound ones checked.
  static func syncClaim(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard let claim = cluster.store.persistentVolumeClaims[key] else { return }
    if claim.metadata.isBeingDeleted {
      releaseClaimProtection(claim, in: &cluster)
      return
    }
    if claim.metadata.annotations[VolumeMatching.bindCompleted] != nil {
      syncBoundClaim(claim, in: &cluster)
    } else {
      syncUnboundClaim(claim, in: &cluster)
    }
  }

  static func syncBoundClaim(_ claim: PersistentVolumeClaim, in cluster: inout ClusterState) {
    guard let volume = cluster.store.persistentVolumes["", claim.spec.volumeName] else {
      guard claim.status.phase != "Lost" else { return }
      var lost = claim
      lost.status.phase = "Lost"
      cluster.write(lost)
      cluster.recordEvent(
        claim, type: "Warning", reason: "ClaimLost",
        message: "Bound claim has lost its PersistentVolume. Data on the volume is lost!",
        from: .persistentVolumeController)
      return
    }
    if VolumeMatching.isReserved(volume, for: claim) {
      if claim.status.phase != "Bound" || volume.status.phase != "Bound" {
        VolumeBinder.bind(claim, to: volume, in: &cluster)
      }
    } else if claim.status.phase != "Lost" {
      var lost = claim
      lost.status.phase = "Lost"
      cluster.write(lost)
      cluster.recordEvent(
        claim, type: "Warning", reason: "ClaimMisbound",
        message: "Two claims are bound to the same volume, this one is bound incorrectly",
        from: .persistentVolumeController)
    }
  }

  /// `syncUnboundClaim`: a claim naming a volume waits for that volume; otherwise the best match is bound; with
  /// none, a WaitForFirstConsumer claim waits for a pod to be scheduled, a claim with a class is provisioned for,
  /// and a claim without one waits for a volume to be created by hand.
  static func syncUnboundClaim(_ claim: PersistentVolumeClaim, in cluster: inout ClusterState) {
    if !claim.spec.volumeName.isEmpty {
      guard let volume = cluster.store.persistentVolumes["", claim.spec.volumeName] else { return }
      if volume.spec.claimRef == nil || VolumeMatching.isReserved(volume, for: claim) {
        VolumeBinder.bind(claim, to: volume, in: &cluster)
      } else {
        cluster.recordEvent(
          claim, type: "Warning", reason: "FailedBinding",
          message: "volume \"\(volume.metadata.name)\" already bound to a different claim.",
          from: .persistentVolumeController)
      }
      return
    }
    let className = VolumeMatching.className(of: claim)
    let storageClass = className.isEmpty ? nil : cluster.store.storageClasses["", className]
    let delayed = storageClass?.volumeBindingMode == "WaitForFirstConsumer"
    let selected = claim.metadata.annotations[VolumeMatching.selectedNode] != nil
    if let volume = VolumeMatching.bestMatch(for: claim, in: cluster),
      !delayed || VolumeMatching.isReserved(volume, for: claim)
    {
      VolumeBinder.bind(claim, to: volume, in: &cluster)
      return
    }
    if delayed && !selected {
      cluster.recordEvent(
        claim, reason: "WaitForFirstConsumer", message: "waiting for first consumer to be created before binding",
        from: .persistentVolumeController)
    } else if !className.isEmpty {
      provision(claim, className: className, storageClass: storageClass, in: &cluster)
    } else {
      cluster.recordEvent(
        claim, reason: "FailedBinding",
        message: "no persistent volumes available for this claim and no storage class is set",
        from: .persistentVolumeController)
    }
  }

  /// `provisionClaim` for an external provisioner: the claim is annotated with the provisioner and the controller
  /// says it waits for it; the simulated provisioner then acts.
  static func provision(
    _ claim: PersistentVolumeClaim, className: String, storageClass: StorageClass?, in cluster: inout ClusterState
  ) {
    guard let storageClass else {
      cluster.recordEvent(
        claim, type: "Warning", reason: "ProvisioningFailed",
        message: "storageclass.storage.k8s.io \"\(className)\" not found", from: .persistentVolumeController)
      return
    }
    let provisioner = storageClass.provisioner
    var annotated = claim
    annotated.metadata.annotations[VolumeMatching.storageProvisioner] = provisioner
    annotated.metadata.annotations[VolumeMatching.betaStorageProvisioner] = provisioner
    let current = cluster.write(annotated)
    cluster.recordEvent(
      claim, reason: "ExternalProvisioning",
      message: "Waiting for a volume to be created either by the external provisioner '\(provisioner)' or manually "
        + "by the system administrator. If volume creation is delayed, please verify that the provisioner is running "
        + "and correctly registered.", from: .persistentVolumeController)
    SimulatedProvisioner.provision(current, class: storageClass, in: &cluster)
  }

  /// The claim protection controller: a claim marked for deletion goes once no pod that has not finished uses it.
  static func releaseClaimProtection(_ claim: PersistentVolumeClaim, in cluster: inout ClusterState) {
    let inUse = cluster.store.pods.list(namespace: claim.metadata.namespace).contains { pod in
      pod.status.phase != "Succeeded" && pod.status.phase != "Failed"
        && pod.spec.volumes.contains { $0.persistentVolumeClaim?.claimName == claim.metadata.name }
    }
    guard !inUse else { return }
    var released = claim
    released.metadata.finalizers.removeAll { $0 == claimProtection }
    if released.metadata.finalizers.isEmpty {
      cluster.remove(PersistentVolumeClaim.self, claim.key)
    } else {
      cluster.write(released)
    }
  }

  // MARK: Volumes

  /// `syncVolume`: Available without a claim, Bound with its claim, Released when the claim is gone — then
  /// reclaimed by its policy. A volume marked for deletion goes once it is not bound (volume protection).
  static func syncVolume(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard var volume = cluster.store.persistentVolumes[key] else { return }
    let now = cluster.now
    if volume.metadata.isBeingDeleted {
      guard volume.status.phase != "Bound" else { return }
      volume.metadata.finalizers.removeAll { $0 == volumeProtection }
      if volume.metadata.finalizers.isEmpty {
        cluster.remove(PersistentVolume.self, key)
      } else {
        cluster.write(volume)
      }
      return
    }
    guard let reference = volume.spec.claimRef else {
      VolumeBinder.setPhase(&volume, "Available", now: now)
      cluster.write(volume)
      return
    }
    let claim = cluster.store.persistentVolumeClaims[reference.namespace, reference.name]
    guard let claim, reference.uid.isEmpty || claim.metadata.uid == reference.uid else {
      if reference.uid.isEmpty {
        // Reserved by hand for a claim that does not exist yet.
        VolumeBinder.setPhase(&volume, "Available", now: now)
        cluster.write(volume)
      } else {
        reclaim(volume, in: &cluster)
      }
      return
    }
    if claim.spec.volumeName == volume.metadata.name {
      VolumeBinder.setPhase(&volume, "Bound", now: now)
      cluster.write(volume)
    } else {
      // Reserved for a claim that is not bound yet: the claim's sync binds it.
      VolumeBinder.setPhase(&volume, "Available", now: now)
      cluster.write(volume)
      cluster.enqueue(.persistentVolume, claim.key)
    }
  }

  /// `reclaimVolume`: the claim is gone. Retain keeps the volume Released (with its data and claim reference) for
  /// an administrator; Delete deletes it (for a provisioned volume, its provisioner does); Recycle makes it
  /// Available again (the scrubbing pod is not simulated).
  static func reclaim(_ volume: PersistentVolume, in cluster: inout ClusterState) {
    var released = volume
    VolumeBinder.setPhase(&released, "Released", now: cluster.now)
    switch volume.spec.persistentVolumeReclaimPolicy {
    case "Delete":
      cluster.write(released)
      cluster.remove(PersistentVolume.self, volume.key)
    case "Recycle":
      released.spec.claimRef = nil
      VolumeBinder.setPhase(&released, "Available", now: cluster.now)
      cluster.write(released)
    default:
      cluster.write(released)
    }
  }
}
