import KubeModel

/// What happens to an object's dependents when it is deleted (`--cascade`).
public enum DeletionPropagation: String, Sendable, Codable {
  /// Delete the owner now; the garbage collector deletes the dependents afterwards (kubectl's default).
  case background
  /// Delete the dependents first; the owner waits, marked for deletion, until they are gone.
  case foreground
  /// Delete the owner and leave the dependents, without owner references.
  case orphan
}

extension ClusterState {
  /// Deletes an object as `DELETE` does. Pods on a node terminate gracefully (the kubelet finishes the deletion);
  /// namespaces and objects with finalizers are marked and finished by their controllers; everything else goes at
  /// once, and its dependents follow according to `propagation`.
  public mutating func delete<Object: StoredObject>(
    _ type: Object.Type, _ key: ObjectKey, propagation: DeletionPropagation = .background,
    gracePeriodSeconds: Int? = nil
  ) throws(APIError) {
    guard var object = store[keyPath: Object.table][key] else {
      throw APIError.notFound(Object.resource, key.name)
    }
    if var pod = object as? Pod {
      deletePod(&pod, gracePeriodSeconds: gracePeriodSeconds)
      return
    }
    switch propagation {
    case .orphan:
      GarbageCollector.orphanDependents(ofUID: object.metadata.uid, in: &self)
    case .foreground:
      if GarbageCollector.hasDependents(ofUID: object.metadata.uid, in: self) {
        guard !object.metadata.isBeingDeleted else { return }
        object.metadata.deletionTimestamp = now
        object.metadata.finalizers.append(GarbageCollector.foregroundFinalizer)
        write(object)
        GarbageCollector.deleteDependents(ofUID: object.metadata.uid, in: &self)
        return
      }
    case .background:
      break
    }
    if Object.self == Namespace.self || !object.metadata.finalizers.isEmpty {
      guard !object.metadata.isBeingDeleted else { return }
      object.metadata.deletionTimestamp = now
      write(object)
      return
    }
    remove(Object.self, key)
  }

  /// Graceful pod deletion (the pod strategy's `CheckGracefulDelete`): a pod that never reached a node, or has
  /// finished, goes at once; a running one is marked with a deadline and the kubelet stops it.
  mutating func deletePod(_ pod: inout Pod, gracePeriodSeconds: Int?) {
    let grace = gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30
    let finished = pod.status.phase == "Succeeded" || pod.status.phase == "Failed"
    if pod.spec.nodeName.isEmpty || finished || grace <= 0 || store.nodes["", pod.spec.nodeName] == nil {
      remove(Pod.self, pod.key)
      return
    }
    if let current = pod.metadata.deletionGracePeriodSeconds, current <= grace { return }
    pod.metadata.deletionTimestamp = now + .seconds(grace)
    pod.metadata.deletionGracePeriodSeconds = grace
    write(pod)
  }
}
