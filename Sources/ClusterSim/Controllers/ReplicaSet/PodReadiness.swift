import KubeModel

/// Pod readiness and availability as the controllers judge them (`podutil.IsPodReady`, `IsPodAvailable`).
public enum PodReadiness {
  /// Whether the pod's Ready condition is True.
  public static func isReady(_ pod: Pod) -> Bool {
    pod.status.conditions.isTrue("Ready")
  }

  /// Ready for at least `minReadySeconds` by `now`.
  public static func isAvailable(_ pod: Pod, minReadySeconds: Int, now: Timestamp) -> Bool {
    guard let ready = pod.status.conditions[type: "Ready"], ready.status == "True" else { return false }
    guard minReadySeconds > 0 else { return true }
    guard let since = ready.lastTransitionTime else { return false }
    return since + .seconds(minReadySeconds) <= now
  }

  /// When a ready pod becomes available, if it is not yet.
  public static func availableAt(_ pod: Pod, minReadySeconds: Int) -> Timestamp? {
    guard let ready = pod.status.conditions[type: "Ready"], ready.status == "True", let since = ready.lastTransitionTime
    else { return nil }
    return since + .seconds(minReadySeconds)
  }

  /// Neither finished nor being deleted: a pod that counts toward a controller's replicas
  /// (`controller.IsPodActive`).
  public static func isActive(_ pod: Pod) -> Bool {
    pod.status.phase != "Succeeded" && pod.status.phase != "Failed" && pod.metadata.deletionTimestamp == nil
  }
}
