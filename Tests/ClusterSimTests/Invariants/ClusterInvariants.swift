import ClusterSim
import KubeModel

/// What must hold in any cluster after any step, whatever was done to it. Each check returns the violations it
/// found, worded so a failure report says what broke.
enum ClusterInvariants {
  /// Every safety invariant: capacity, bindings, names and owners, and the bounds of rolling updates.
  static func safety(_ cluster: ClusterState) -> [String] {
    capacity(cluster) + bindings(cluster) + names(cluster) + owners(cluster) + surge(cluster) + counts(cluster)
  }

  /// Once the cluster has settled, every ReplicaSet owns as many active pods as it wants, reports that number, and
  /// every Deployment has seen its latest spec: the controllers never leave work undone at an instant.
  static func counts(_ cluster: ClusterState) -> [String] {
    var active: [String: Int] = [:]
    for pod in cluster.store.pods.list() where !pod.metadata.isBeingDeleted && !isFinished(pod) {
      if let owner = pod.metadata.controllerReference { active[owner.uid, default: 0] += 1 }
    }
    var violations: [String] = []
    for set in cluster.store.replicaSets.list() where !set.metadata.isBeingDeleted {
      let wanted = set.spec.replicas ?? 1
      let owned = active[set.metadata.uid] ?? 0
      if owned != wanted || set.status.replicas != owned {
        violations.append(
          "replicaset \(set.metadata.name) wants \(wanted) pods, owns \(owned) active, reports \(set.status.replicas)")
      }
    }
    for deployment in cluster.store.deployments.list()
    where deployment.status.observedGeneration < deployment.metadata.generation {
      violations.append("deployment \(deployment.metadata.name) has not observed its generation")
    }
    return violations
  }

  /// A pod's requests as the scheduler counts them: the sum of its containers, or its largest init container if
  /// that is more.
  static func requests(_ pod: Pod) -> (milliCPU: Int64, memory: Int64) {
    func amount(_ container: Container, _ name: String) -> Int64 {
      guard let quantity = container.resources.requests[name] else { return 0 }
      return name == "cpu" ? quantity.milliValue : quantity.value
    }
    var cpu = pod.spec.containers.reduce(Int64(0)) { $0 + amount($1, "cpu") }
    var memory = pod.spec.containers.reduce(Int64(0)) { $0 + amount($1, "memory") }
    for container in pod.spec.initContainers {
      cpu = max(cpu, amount(container, "cpu"))
      memory = max(memory, amount(container, "memory"))
    }
    return (cpu, memory)
  }

  static func isFinished(_ pod: Pod) -> Bool { pod.status.phase == "Succeeded" || pod.status.phase == "Failed" }

  /// No node holds more than it can: the requests of the pods bound to it, and their number, within allocatable.
  static func capacity(_ cluster: ClusterState) -> [String] {
    var used: [String: (cpu: Int64, memory: Int64, pods: Int)] = [:]
    for pod in cluster.store.pods.list() where !pod.spec.nodeName.isEmpty && !isFinished(pod) {
      let request = requests(pod)
      var total = used[pod.spec.nodeName] ?? (0, 0, 0)
      total.cpu += request.milliCPU
      total.memory += request.memory
      total.pods += 1
      used[pod.spec.nodeName] = total
    }
    var violations: [String] = []
    for node in cluster.store.nodes.list() {
      guard let total = used[node.metadata.name] else { continue }
      let allocatable = node.status.allocatable
      let cpu = allocatable["cpu"]?.milliValue ?? 0
      let memory = allocatable["memory"]?.value ?? 0
      let pods = Int(allocatable["pods"]?.value ?? 0)
      if total.cpu > cpu || total.memory > memory || total.pods > pods {
        violations.append(
          "node \(node.metadata.name) holds \(total.cpu)m cpu, \(total.memory) bytes, \(total.pods) pods; "
            + "allocatable \(cpu)m, \(memory), \(pods)")
      }
    }
    return violations
  }

  /// Every pod bound to a node names a node that exists.
  static func bindings(_ cluster: ClusterState) -> [String] {
    cluster.store.pods.list().filter { !$0.spec.nodeName.isEmpty && cluster.store.nodes["", $0.spec.nodeName] == nil }
      .map { "pod \($0.metadata.name) is bound to node \($0.spec.nodeName), which does not exist" }
  }

  /// Names are unique per kind and namespace, and every object is filed under its own name with a uid of its own.
  static func names(_ cluster: ClusterState) -> [String] {
    var violations: [String] = []
    func check<Object: StoredObject>(_ table: ObjectTable<Object>) {
      var uids: Set<String> = []
      for (key, object) in table.objects {
        if key.name != object.metadata.name || key.namespace != object.metadata.namespace {
          violations.append("\(Object.kind) \(object.metadata.name) is filed as \(key.namespace)/\(key.name)")
        }
        if !uids.insert(object.metadata.uid).inserted {
          violations.append("\(Object.kind) \(object.metadata.name) shares uid \(object.metadata.uid)")
        }
      }
    }
    let store = cluster.store
    check(store.namespaces)
    check(store.nodes)
    check(store.pods)
    check(store.replicaSets)
    check(store.deployments)
    check(store.daemonSets)
    check(store.statefulSets)
    check(store.jobs)
    check(store.services)
    check(store.endpoints)
    check(store.endpointSlices)
    check(store.configMaps)
    check(store.secrets)
    return violations
  }

  /// Every owned object's owner exists, or the object is on its way out (the garbage collector has marked it).
  static func owners(_ cluster: ClusterState) -> [String] {
    var uids: Set<String> = []
    let store = cluster.store
    func collect<Object: StoredObject>(_ table: ObjectTable<Object>) {
      for object in table.objects.values { uids.insert(object.metadata.uid) }
    }
    collect(store.deployments)
    collect(store.replicaSets)
    collect(store.replicationControllers)
    collect(store.daemonSets)
    collect(store.statefulSets)
    collect(store.jobs)
    collect(store.cronJobs)
    collect(store.services)
    collect(store.nodes)
    collect(store.pods)
    var violations: [String] = []
    func check<Object: StoredObject>(_ table: ObjectTable<Object>) {
      for object in table.objects.values where !object.metadata.isBeingDeleted {
        for owner in object.metadata.ownerReferences where !uids.contains(owner.uid) {
          violations.append(
            "\(Object.kind) \(object.metadata.name) is owned by \(owner.kind) \(owner.name), which is gone, and is "
              + "not being deleted")
        }
      }
    }
    check(store.pods)
    check(store.replicaSets)
    check(store.jobs)
    check(store.endpointSlices)
    return violations
  }

  /// The ReplicaSets a Deployment controls.
  static func replicaSets(of deployment: Deployment, in cluster: ClusterState) -> [ReplicaSet] {
    cluster.store.replicaSets.list(namespace: deployment.metadata.namespace).filter {
      $0.metadata.controllerReference?.uid == deployment.metadata.uid
    }
  }

  /// `maxSurge` and `maxUnavailable` resolved as the API documents them: surge rounds up, unavailable down, and
  /// unavailable is 1 when both come out zero.
  static func fenceposts(_ deployment: Deployment) -> (surge: Int, unavailable: Int) {
    let replicas = deployment.spec.replicas ?? 1
    let rolling = deployment.spec.strategy.rollingUpdate
    let surge = (try? (rolling?.maxSurge ?? .string("25%")).scaledValue(total: replicas, roundUp: true)) ?? 0
    var unavailable =
      (try? (rolling?.maxUnavailable ?? .string("25%")).scaledValue(total: replicas, roundUp: false)) ?? 0
    if surge == 0 && unavailable == 0 { unavailable = 1 }
    return (surge, min(unavailable, replicas))
  }

  /// A RollingUpdate Deployment's ReplicaSets together never ask for more than `replicas + maxSurge` pods.
  static func surge(_ cluster: ClusterState) -> [String] {
    cluster.store.deployments.list().filter { $0.spec.strategy.type == "RollingUpdate" }.compactMap { deployment in
      let total = replicaSets(of: deployment, in: cluster).reduce(0) { $0 + ($1.spec.replicas ?? 0) }
      let bound = (deployment.spec.replicas ?? 1) + fenceposts(deployment).surge
      guard total > bound else { return nil }
      return "deployment \(deployment.metadata.name): its ReplicaSets want \(total) pods, more than replicas + "
        + "maxSurge = \(bound)"
    }
  }

  /// The Deployment's pods that are available: not terminating, and ready for `minReadySeconds`.
  static func availablePods(of deployment: Deployment, in cluster: ClusterState) -> Int {
    let owners = Set(replicaSets(of: deployment, in: cluster).map(\.metadata.uid))
    return cluster.store.pods.list(namespace: deployment.metadata.namespace).filter { pod in
      guard let owner = pod.metadata.controllerReference, owners.contains(owner.uid), !pod.metadata.isBeingDeleted,
        let ready = pod.status.conditions[type: "Ready"], ready.status == "True"
      else { return false }
      let since = ready.lastTransitionTime ?? cluster.now
      return since + .seconds(deployment.spec.minReadySeconds) <= cluster.now
    }.count
  }

  /// During a rollout nothing else disturbs, at least `replicas - maxUnavailable` pods stay available.
  static func availability(of deployment: Deployment, in cluster: ClusterState) -> String? {
    let floor = (deployment.spec.replicas ?? 1) - fenceposts(deployment).unavailable
    let available = availablePods(of: deployment, in: cluster)
    guard available < floor else { return nil }
    return "deployment \(deployment.metadata.name): \(available) pods available during its rollout, fewer than "
      + "replicas - maxUnavailable = \(floor)"
  }

  /// Whether a Deployment has finished: every replica updated, ready and available on its newest ReplicaSet, no
  /// old ReplicaSet left with pods, and its latest spec observed.
  static func convergence(of deployment: Deployment, in cluster: ClusterState) -> String? {
    let name = deployment.metadata.name
    let replicas = deployment.spec.replicas ?? 1
    let status = deployment.status
    if status.observedGeneration < deployment.metadata.generation {
      return "deployment \(name): generation \(deployment.metadata.generation) not observed"
    }
    if status.replicas != replicas || status.updatedReplicas != replicas || status.readyReplicas != replicas
      || status.availableReplicas != replicas
    {
      return "deployment \(name): wants \(replicas), has \(status.replicas) replicas, \(status.updatedReplicas) "
        + "updated, \(status.readyReplicas) ready, \(status.availableReplicas) available"
    }
    let sets = replicaSets(of: deployment, in: cluster)
    let current = sets.filter { DeploymentTemplates.equalIgnoringHash($0.spec.template, deployment.spec.template) }
    if current.count != 1 || current[0].spec.replicas != replicas {
      return "deployment \(name): \(current.count) ReplicaSets match its template"
    }
    for set in sets {
      let wanted = set.spec.replicas ?? 0
      if set.status.replicas != wanted || set.status.readyReplicas != wanted || set.status.availableReplicas != wanted {
        return "replicaset \(set.metadata.name): wants \(wanted), has \(set.status.replicas), "
          + "\(set.status.readyReplicas) ready, \(set.status.availableReplicas) available"
      }
      if set.metadata.uid != current[0].metadata.uid && wanted != 0 {
        return "deployment \(name): old ReplicaSet \(set.metadata.name) still wants \(wanted) pods"
      }
    }
    let available = availablePods(of: deployment, in: cluster)
    if available != replicas { return "deployment \(name): \(available) pods available, not \(replicas)" }
    return nil
  }
}

extension ClusterInvariants {
  /// Every DaemonSet and StatefulSet has finished: its latest spec observed, every pod it wants updated, ready and
  /// available.
  static func workloadConvergence(_ cluster: ClusterState) -> [String] {
    var problems: [String] = []
    for set in cluster.store.daemonSets.list() {
      let status = set.status
      let desired = status.desiredNumberScheduled
      if status.observedGeneration < set.metadata.generation || status.currentNumberScheduled != desired
        || status.updatedNumberScheduled != desired || status.numberReady != desired
        || status.numberAvailable != desired || status.numberMisscheduled != 0
      {
        problems.append(
          "daemonset \(set.metadata.name): wants \(desired), has \(status.currentNumberScheduled) scheduled, "
            + "\(status.updatedNumberScheduled) updated, \(status.numberReady) ready, \(status.numberAvailable) available"
        )
      }
    }
    for set in cluster.store.statefulSets.list() {
      let status = set.status
      let replicas = set.spec.replicas ?? 1
      if status.observedGeneration < set.metadata.generation || status.replicas != replicas
        || status.readyReplicas != replicas || status.updatedReplicas != replicas
        || status.availableReplicas != replicas
      {
        problems.append(
          "statefulset \(set.metadata.name): wants \(replicas), has \(status.replicas), \(status.readyReplicas) ready, "
            + "\(status.updatedReplicas) updated, \(status.availableReplicas) available")
      }
    }
    return problems
  }
}

/// Pod templates compared as the Deployment controller compares them, without the pod-template-hash label.
enum DeploymentTemplates {
  static func equalIgnoringHash(_ left: PodTemplateSpec, _ right: PodTemplateSpec) -> Bool {
    var left = left
    var right = right
    left.metadata.labels["pod-template-hash"] = nil
    right.metadata.labels["pod-template-hash"] = nil
    return left == right
  }
}
