import KubeModel

/// How much of each quota resource an object uses (`pkg/quota/v1/evaluator/core`): pods by count and by their
/// containers' requests and limits (finished pods use nothing), Services by count and by node ports and load
/// balancers, PersistentVolumeClaims by count and storage, and any kind by `count/<resource>[.<group>]`.
enum QuotaUsage {
  /// The compute resources whose quota requires every container to state them (`validationSet`).
  static let computeResources: Set<String> = [
    "cpu", "memory", "requests.cpu", "requests.memory", "limits.cpu", "limits.memory",
  ]

  /// The legacy object-count names of the core kinds.
  static let legacyCounts: [String: String] = [
    "Pod": "pods", "Service": "services", "ConfigMap": "configmaps", "Secret": "secrets",
    "ReplicationController": "replicationcontrollers", "ResourceQuota": "resourcequotas",
    "PersistentVolumeClaim": "persistentvolumeclaims",
  ]

  /// `count/deployments.apps`, `count/pods`: the generic object count name of a kind.
  static func countName(_ resource: ResourceKind) -> String {
    resource.group.isEmpty ? "count/\(resource.plural)" : "count/\(resource.plural).\(resource.group)"
  }

  /// The usage of one object, restricted to nothing: every name it contributes to.
  static func usage(of object: any StoredObject) -> [String: Quantity] {
    let resource = type(of: object).resource
    var usage: [String: Quantity] = [:]
    if let pod = object as? Pod {
      guard counts(pod) else { return [:] }
      let totals = PodResourceTotals(pod)
      for (name, value) in totals.requests where name == "cpu" || name == "memory" {
        usage["requests.\(name)"] = value
        usage[name] = value
      }
      for (name, value) in totals.limits where name == "cpu" || name == "memory" { usage["limits.\(name)"] = value }
      if let storage = totals.requests["ephemeral-storage"] { usage["requests.ephemeral-storage"] = storage }
    }
    if let service = object as? Service {
      let nodePorts = service.spec.ports.filter { $0.nodePort != 0 }.count
      if nodePorts > 0 { usage["services.nodeports"] = count(nodePorts) }
      if service.spec.type == "LoadBalancer" { usage["services.loadbalancers"] = count(1) }
    }
    if let claim = object as? PersistentVolumeClaim, let storage = claim.spec.resources.requests["storage"] {
      usage["requests.storage"] = storage
    }
    if let legacy = legacyCounts[resource.kind] { usage[legacy] = count(1) }
    usage[countName(resource)] = count(1)
    return usage
  }

  /// Whether a pod counts against quota (`QuotaV1Pod`): not once it has finished.
  static func counts(_ pod: Pod) -> Bool {
    pod.status.phase != "Succeeded" && pod.status.phase != "Failed"
  }

  static func count(_ number: Int) -> Quantity { Quantity(value: Int64(number), format: .decimalSI) }

  /// The namespace's current usage of each of `names` (the quota controller's recalculation).
  static func used(_ names: Set<String>, namespace: String, in cluster: ClusterState) -> [String: Quantity] {
    var used: [String: Quantity] = [:]
    for name in names { used[name] = .zero }
    func add<Object: StoredObject>(_ type: Object.Type) {
      let resource = Object.resource
      var kindNames: Set<String> = [countName(resource)]
      if let legacy = legacyCounts[resource.kind] { kindNames.insert(legacy) }
      let needsObjects =
        (Object.self == Pod.self && !names.isDisjoint(with: computeResources.union(["requests.ephemeral-storage"])))
        || (Object.self == Service.self && !names.isDisjoint(with: ["services.nodeports", "services.loadbalancers"]))
        || (Object.self == PersistentVolumeClaim.self && names.contains("requests.storage"))
        || (Object.self == Pod.self && !names.isDisjoint(with: kindNames))
      if needsObjects {
        for object in cluster.store[keyPath: Object.table].list(namespace: namespace) {
          for (name, value) in usage(of: object) where names.contains(name) { used[name]! += value }
        }
      } else {
        let total = cluster.store[keyPath: Object.table].count(namespace: namespace)
        for name in kindNames where names.contains(name) { used[name] = count(total) }
      }
    }
    add(Pod.self)
    add(Service.self)
    add(ConfigMap.self)
    add(Secret.self)
    add(ReplicationController.self)
    add(ResourceQuota.self)
    add(PersistentVolumeClaim.self)
    add(Deployment.self)
    add(ReplicaSet.self)
    add(StatefulSet.self)
    add(DaemonSet.self)
    add(Job.self)
    add(CronJob.self)
    add(Ingress.self)
    add(Endpoints.self)
    add(EndpointSlice.self)
    add(LimitRange.self)
    return used
  }
}
