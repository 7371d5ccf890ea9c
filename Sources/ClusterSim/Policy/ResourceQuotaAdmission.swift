import KubeModel

/// The ResourceQuota admission plugin (`staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota`) for
/// new objects: against every quota of the namespace that tracks something the object uses, it checks that pods
/// state the quota'd compute resources (`failed quota: ... must specify ...`) and that usage plus the request
/// stays within `hard` (`exceeded quota: ...`), then records the new usage in the quota's status, as upstream's
/// admission does before the quota controller's next recalculation.
enum ResourceQuotaAdmission {
  static func admit(_ object: any StoredObject, in cluster: inout ClusterState) throws(APIError) {
    let namespace = object.metadata.namespace
    guard type(of: object).isNamespaced, cluster.store.resourceQuotas.count(namespace: namespace) > 0 else { return }
    let requested = QuotaUsage.usage(of: object)
    guard !requested.isEmpty else { return }
    let resource = type(of: object).resource
    let name = object.metadata.name.isEmpty ? object.metadata.generateName : object.metadata.name
    func refuse(_ message: String) -> APIError {
      APIError.forbidden("\(resource.qualifiedPlural) \"\(name)\" is forbidden: \(message)")
    }
    var updates: [ResourceQuota] = []
    for quota in cluster.store.resourceQuotas.list(namespace: namespace) {
      guard ResourceQuotaScopes.matches(quota, object) else { continue }
      let hard = quota.spec.hard
      let interesting = Set(hard.keys).intersection(requested.keys)
      if let pod = object as? Pod, let missing = missingComputeResources(pod, quotaNames: Set(hard.keys)) {
        throw refuse("failed quota: \(quota.metadata.name): must specify \(missing)")
      }
      guard !interesting.isEmpty else { continue }
      let used = quota.status.used
      var exceeded: [String] = []
      for name in interesting.sorted() {
        let total = (used[name] ?? .zero) + requested[name]!
        if total > hard[name]! { exceeded.append(name) }
      }
      if !exceeded.isEmpty {
        func pretty(_ values: [String: Quantity]) -> String {
          exceeded.map { "\($0)=\(values[$0] ?? .zero)" }.joined(separator: ",")
        }
        throw refuse(
          "exceeded quota: \(quota.metadata.name), requested: \(pretty(requested)), used: \(pretty(used)), "
            + "limited: \(pretty(hard))")
      }
      var updated = quota
      for name in interesting.sorted() { updated.status.used[name] = (used[name] ?? .zero) + requested[name]! }
      updates.append(updated)
    }
    for quota in updates {
      cluster.write(quota)
      cluster.enqueue(.resourceQuota, quota.key)
    }
  }

  /// `podEvaluator.Constraints`: each container must state the compute resources a quota tracks, as
  /// `limits.cpu for: web; requests.memory for: sidecar,web`.
  static func missingComputeResources(_ pod: Pod, quotaNames: Set<String>) -> String? {
    let required = quotaNames.intersection(QuotaUsage.computeResources)
    guard !required.isEmpty else { return nil }
    var missing: [String: Set<String>] = [:]
    for container in pod.spec.containers + pod.spec.initContainers {
      for name in required {
        let isLimit = name.hasPrefix("limits.")
        let base = String(name.split(separator: ".").last!)
        let stated = isLimit ? container.resources.limits[base] : container.resources.requests[base]
        if stated == nil { missing[name, default: []].insert(container.name) }
      }
    }
    guard !missing.isEmpty else { return nil }
    return missing.keys.sorted().map { "\($0) for: \(missing[$0]!.sorted().joined(separator: ","))" }.joined(
      separator: "; ")
  }
}

/// Quota scopes (`Terminating`, `NotTerminating`, `BestEffort`, `NotBestEffort`): which pods a scoped quota
/// tracks. Quotas with scopes track only pods.
enum ResourceQuotaScopes {
  static func matches(_ quota: ResourceQuota, _ object: any StoredObject) -> Bool {
    guard !quota.spec.scopes.isEmpty else { return true }
    guard let pod = object as? Pod else { return false }
    return quota.spec.scopes.allSatisfy { scope in
      switch scope {
      case "Terminating": return pod.spec.activeDeadlineSeconds != nil
      case "NotTerminating": return pod.spec.activeDeadlineSeconds == nil
      case "BestEffort": return pod.spec.qosClass == "BestEffort"
      case "NotBestEffort": return pod.spec.qosClass != "BestEffort"
      default: return true
      }
    }
  }
}
