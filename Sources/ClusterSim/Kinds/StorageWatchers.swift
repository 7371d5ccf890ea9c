import KubeModel

/// Admission and informer handlers of the storage kinds.
enum StorageWatchers {
  /// Unbound claims, which a new volume or class may help (upstream finds them on its 15-second claim resync; here
  /// they are synced at once).
  static func enqueuePendingClaims(in cluster: inout ClusterState, className: String? = nil) {
    for claim in cluster.store.persistentVolumeClaims.list()
    where claim.spec.volumeName.isEmpty && !claim.metadata.isBeingDeleted
      && (className == nil || VolumeMatching.className(of: claim) == className)
    {
      cluster.enqueue(.persistentVolume, claim.key)
    }
  }

  /// A pod that goes or finishes may free claims waiting to be deleted.
  static func podChanged(old: Pod?, new: Pod?, in cluster: inout ClusterState) {
    guard let pod = old ?? new, new == nil || DaemonSetManager.isTerminal(new!) else { return }
    for volume in pod.spec.volumes {
      guard let claimName = volume.persistentVolumeClaim?.claimName,
        let claim = cluster.store.persistentVolumeClaims[pod.metadata.namespace, claimName],
        claim.metadata.isBeingDeleted
      else { continue }
      cluster.enqueue(.persistentVolume, claim.key)
    }
  }
}

extension PersistentVolumeClaim {
  /// The DefaultStorageClass admission plugin (a claim without a class gets the default one, the newest if there
  /// are several) and the claim protection finalizer.
  public static func admit(
    _ claim: inout PersistentVolumeClaim, old: PersistentVolumeClaim?, in cluster: inout ClusterState
  ) throws(APIError) {
    guard old == nil else { return }
    if claim.spec.storageClassName == nil && claim.metadata.annotations[VolumeMatching.betaStorageClass] == nil {
      let defaults = cluster.store.storageClasses.list().filter(\.isDefault)
      let zero = Timestamp(milliseconds: 0)
      if let chosen = defaults.max(by: {
        ($0.metadata.creationTimestamp ?? zero, $1.metadata.name) < (
          $1.metadata.creationTimestamp ?? zero, $0.metadata.name
        )
      }) {
        claim.spec.storageClassName = chosen.metadata.name
      }
    }
    if !claim.metadata.finalizers.contains(PersistentVolumeController.claimProtection) {
      claim.metadata.finalizers.append(PersistentVolumeController.claimProtection)
    }
  }

  public static func didChange(old: PersistentVolumeClaim?, new: PersistentVolumeClaim?, in cluster: inout ClusterState)
  {
    if let new {
      cluster.enqueue(.persistentVolume, new.key)
      if new.status.phase == "Bound" && old?.status.phase != "Bound" {
        Scheduler.retryWaitingPods(after: .claimChanged, in: &cluster)
      }
      return
    }
    guard let old else { return }
    if !old.spec.volumeName.isEmpty {
      cluster.enqueue(.persistentVolume, ObjectKey(namespace: "", name: old.spec.volumeName))
    }
    if let namespace = cluster.store.namespaces["", old.metadata.namespace], namespace.metadata.isBeingDeleted {
      cluster.enqueue(.namespace, namespace.key)
    }
  }
}

extension PersistentVolume {
  /// The volume protection finalizer.
  public static func admit(
    _ volume: inout PersistentVolume, old: PersistentVolume?, in cluster: inout ClusterState
  )
    throws(APIError)
  {
    guard old == nil, !volume.metadata.finalizers.contains(PersistentVolumeController.volumeProtection) else { return }
    volume.metadata.finalizers.append(PersistentVolumeController.volumeProtection)
  }

  public static func didChange(old: PersistentVolume?, new: PersistentVolume?, in cluster: inout ClusterState) {
    guard let new else { return }
    cluster.enqueue(.persistentVolume, new.key)
    if let reference = new.spec.claimRef {
      cluster.enqueue(.persistentVolume, ObjectKey(namespace: reference.namespace, name: reference.name))
    } else if old == nil || old?.spec.claimRef != nil {
      StorageWatchers.enqueuePendingClaims(in: &cluster)
    }
  }
}

extension StorageClass {
  public static func didChange(old: StorageClass?, new: StorageClass?, in cluster: inout ClusterState) {
    guard let new, old == nil else { return }
    StorageWatchers.enqueuePendingClaims(in: &cluster, className: new.metadata.name)
  }
}
