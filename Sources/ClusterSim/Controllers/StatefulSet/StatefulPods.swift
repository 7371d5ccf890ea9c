import KubeModel

/// A StatefulSet pod's identity (upstream `stateful_set_utils.go`): the name `<set>-<ordinal>`, the hostname and
/// the headless Service as subdomain (so the pod is `web-0.nginx.<namespace>.svc.cluster.local`), the
/// `statefulset.kubernetes.io/pod-name` and `apps.kubernetes.io/pod-index` labels, and a claim per volume claim
/// template, `<template>-<set>-<ordinal>`.
enum StatefulPods {
  static let podNameLabel = "statefulset.kubernetes.io/pod-name"
  static let podIndexLabel = "apps.kubernetes.io/pod-index"

  static func startOrdinal(_ set: StatefulSet) -> Int { set.spec.ordinals?.start ?? 0 }
  static func endOrdinal(_ set: StatefulSet) -> Int { startOrdinal(set) + (set.spec.replicas ?? 1) - 1 }

  /// `getParentNameAndOrdinal`: `web-12` is ordinal 12 of `web`.
  static func ordinal(of pod: Pod, in set: StatefulSet) -> Int? {
    let name = pod.metadata.name
    guard let dash = name.lastIndex(of: "-"), name[..<dash] == set.metadata.name else { return nil }
    let digits = name[name.index(after: dash)...]
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(digits)
  }

  static func inRange(_ ordinal: Int, _ set: StatefulSet) -> Bool {
    ordinal >= startOrdinal(set) && ordinal <= endOrdinal(set)
  }

  static func podName(_ set: StatefulSet, _ ordinal: Int) -> String { "\(set.metadata.name)-\(ordinal)" }

  static func claimName(_ set: StatefulSet, template: PersistentVolumeClaim, _ ordinal: Int) -> String {
    "\(template.metadata.name)-\(set.metadata.name)-\(ordinal)"
  }

  /// `newStatefulSetPod` with `setPodRevision`: the template of the given revision, the identity and the storage.
  static func newPod(_ set: StatefulSet, template: PodTemplateSpec, ordinal: Int, revision: String) -> Pod {
    var pod = Pod()
    pod.metadata.name = podName(set, ordinal)
    pod.metadata.namespace = set.metadata.namespace
    pod.metadata.labels = template.metadata.labels
    pod.metadata.annotations = template.metadata.annotations
    pod.metadata.finalizers = template.metadata.finalizers
    pod.metadata.ownerReferences = [set.controllerReference]
    pod.spec = template.spec
    applyIdentity(&pod, set, ordinal)
    applyStorage(&pod, set, ordinal)
    pod.metadata.labels[ControllerHistory.hashLabel] = revision
    return pod
  }

  /// `updateIdentity`.
  static func applyIdentity(_ pod: inout Pod, _ set: StatefulSet, _ ordinal: Int) {
    pod.spec.hostname = pod.metadata.name
    pod.spec.subdomain = set.spec.serviceName
    pod.metadata.labels[podNameLabel] = pod.metadata.name
    pod.metadata.labels[podIndexLabel] = String(ordinal)
  }

  /// `updateStorage`: a volume per claim template, named after it, mounting the pod's claim (replacing a template
  /// volume of the same name).
  static func applyStorage(_ pod: inout Pod, _ set: StatefulSet, _ ordinal: Int) {
    for template in set.spec.volumeClaimTemplates {
      var volume = Volume()
      volume.name = template.metadata.name
      volume.persistentVolumeClaim = PersistentVolumeClaimVolumeSource(
        claimName: claimName(set, template: template, ordinal))
      pod.spec.volumes.removeAll { $0.name == volume.name }
      pod.spec.volumes.append(volume)
    }
  }

  /// `identityMatches` and `storageMatches`.
  static func identityAndStorageMatch(_ pod: Pod, _ set: StatefulSet, _ ordinal: Int) -> Bool {
    guard pod.spec.hostname == pod.metadata.name, pod.spec.subdomain == set.spec.serviceName,
      pod.metadata.labels[podNameLabel] == pod.metadata.name
    else { return false }
    return set.spec.volumeClaimTemplates.allSatisfy { template in
      pod.spec.volumes.contains {
        $0.name == template.metadata.name
          && $0.persistentVolumeClaim?.claimName == claimName(set, template: template, ordinal)
      }
    }
  }

  static func isCreated(_ pod: Pod) -> Bool { !pod.status.phase.isEmpty }
  static func isTerminating(_ pod: Pod) -> Bool { pod.metadata.deletionTimestamp != nil }
  static func isRunningAndReady(_ pod: Pod) -> Bool {
    pod.status.phase == "Running" && PodReadiness.isReady(pod)
  }
  static func isRunningAndAvailable(_ pod: Pod, _ minReadySeconds: Int, now: Timestamp) -> Bool {
    pod.status.phase == "Running" && PodReadiness.isAvailable(pod, minReadySeconds: minReadySeconds, now: now)
  }
  /// `isHealthy`: running, ready and not being deleted.
  static func isHealthy(_ pod: Pod) -> Bool { isRunningAndReady(pod) && !isTerminating(pod) }
  static func revision(of pod: Pod) -> String { pod.metadata.labels[ControllerHistory.hashLabel] ?? "" }

  /// Records `<verb> Pod web-0 in StatefulSet web successful` (`recordPodEvent`), or the failure.
  static func event(
    _ verb: String, _ set: StatefulSet, podName: String, error: APIError?, in cluster: inout ClusterState
  ) {
    let title = verb.prefix(1).uppercased() + verb.dropFirst()
    if let error {
      cluster.recordEvent(
        set, type: "Warning", reason: "Failed\(title)",
        message: "\(verb) Pod \(podName) in StatefulSet \(set.metadata.name) failed error: \(error.message)",
        from: .statefulSetController)
    } else {
      cluster.recordEvent(
        set, reason: "Successful\(title)",
        message: "\(verb) Pod \(podName) in StatefulSet \(set.metadata.name) successful", from: .statefulSetController)
    }
  }

  /// `CreateStatefulPod`: its claims first, then the pod.
  @discardableResult
  static func create(_ pod: Pod, _ set: StatefulSet, ordinal: Int, in cluster: inout ClusterState) -> Bool {
    guard StatefulClaims.createMissing(for: pod, set, ordinal: ordinal, in: &cluster) else { return false }
    do {
      try cluster.create(pod)
      event("create", set, podName: pod.metadata.name, error: nil, in: &cluster)
      return true
    } catch {
      event("create", set, podName: pod.metadata.name, error: error, in: &cluster)
      return false
    }
  }

  /// `DeleteStatefulPod`.
  static func delete(_ pod: Pod, _ set: StatefulSet, in cluster: inout ClusterState) {
    do {
      try cluster.delete(Pod.self, pod.key)
      event("delete", set, podName: pod.metadata.name, error: nil, in: &cluster)
    } catch {
      event("delete", set, podName: pod.metadata.name, error: error, in: &cluster)
    }
  }
}
