import KubeModel

/// Arithmetic over a Deployment and its ReplicaSets (upstream `deployment/util/deployment_util.go`).
enum DeploymentUtil {
  /// maxSurge and maxUnavailable resolved against `replicas` (`ResolveFenceposts`): surge rounds up, unavailable
  /// rounds down, and when both come out zero, unavailable is 1 so a rollout can proceed.
  static func fenceposts(_ deployment: Deployment) -> (surge: Int, unavailable: Int) {
    let replicas = deployment.spec.replicas ?? 1
    let rolling = deployment.spec.strategy.rollingUpdate
    let surge = (try? (rolling?.maxSurge ?? .string("25%")).scaledValue(total: replicas, roundUp: true)) ?? 0
    var unavailable =
      (try? (rolling?.maxUnavailable ?? .string("25%")).scaledValue(total: replicas, roundUp: false)) ?? 0
    if surge == 0 && unavailable == 0 { unavailable = 1 }
    return (surge, unavailable)
  }

  /// `MaxUnavailable`: zero for Recreate or zero replicas, otherwise at most `replicas`.
  static func maxUnavailable(_ deployment: Deployment) -> Int {
    let replicas = deployment.spec.replicas ?? 1
    guard deployment.spec.strategy.type == "RollingUpdate", replicas > 0 else { return 0 }
    return min(fenceposts(deployment).unavailable, replicas)
  }

  /// `MaxSurge`: zero unless RollingUpdate.
  static func maxSurge(_ deployment: Deployment) -> Int {
    guard deployment.spec.strategy.type == "RollingUpdate" else { return 0 }
    return fenceposts(deployment).surge
  }

  /// Sum of `spec.replicas` (`GetReplicaCountForReplicaSets`).
  static func specReplicas(_ sets: [ReplicaSet]) -> Int { sets.reduce(0) { $0 + ($1.spec.replicas ?? 0) } }
  /// Sum of `status.replicas` (`GetActualReplicaCountForReplicaSets`).
  static func actualReplicas(_ sets: [ReplicaSet]) -> Int { sets.reduce(0) { $0 + $1.status.replicas } }
  static func readyReplicas(_ sets: [ReplicaSet]) -> Int { sets.reduce(0) { $0 + $1.status.readyReplicas } }
  static func availableReplicas(_ sets: [ReplicaSet]) -> Int { sets.reduce(0) { $0 + $1.status.availableReplicas } }

  /// ReplicaSets with replicas (`FilterActiveReplicaSets`).
  static func active(_ sets: [ReplicaSet]) -> [ReplicaSet] { sets.filter { ($0.spec.replicas ?? 0) > 0 } }

  /// Oldest first, then by name (`ReplicaSetsByCreationTimestamp`).
  static func byCreation(_ sets: [ReplicaSet]) -> [ReplicaSet] {
    sets.sorted {
      let left = $0.metadata.creationTimestamp ?? Timestamp(milliseconds: 0)
      let right = $1.metadata.creationTimestamp ?? Timestamp(milliseconds: 0)
      return left != right ? left < right : $0.metadata.name < $1.metadata.name
    }
  }

  /// `DeploymentComplete`: every replica updated and available, and the latest spec observed.
  static func isComplete(_ deployment: Deployment, _ status: DeploymentStatus) -> Bool {
    let replicas = deployment.spec.replicas ?? 1
    return status.updatedReplicas == replicas && status.replicas == replicas && status.availableReplicas == replicas
      && status.observedGeneration >= deployment.metadata.generation
  }

  /// `DeploymentProgressing`: more updated, ready or available replicas, or fewer old ones, than last observed.
  static func isProgressing(_ deployment: Deployment, _ status: DeploymentStatus) -> Bool {
    let old = deployment.status
    return status.updatedReplicas > old.updatedReplicas
      || (status.replicas - status.updatedReplicas) < (old.replicas - old.updatedReplicas)
      || status.readyReplicas > old.readyReplicas || status.availableReplicas > old.availableReplicas
  }

  /// `SetReplicasAnnotations`: what the Deployment looked like when this ReplicaSet was last scaled, for
  /// proportional scaling later.
  static func setReplicaAnnotations(_ replicaSet: inout ReplicaSet, desired: Int, maxReplicas: Int) {
    replicaSet.metadata.annotations[DeploymentRevisions.desiredReplicasAnnotation] = String(desired)
    replicaSet.metadata.annotations[DeploymentRevisions.maxReplicasAnnotation] = String(maxReplicas)
  }

  /// The FNV-1a hash of the pod template and collision count, spelled with the name alphabet (`ComputeHash`:
  /// 32-bit FNV-1a, the decimal digits of the sum mapped through `bcdfghjklmnpqrstvwxz2456789`). Upstream hashes
  /// Go's dump of the struct; the simulation hashes its canonical JSON, so names differ from a real cluster's but
  /// behave the same.
  static func podTemplateHash(_ template: PodTemplateSpec, collisionCount: Int?) -> String {
    var hasher = FNV1a()
    hasher.feed(ObjectEncoder.encode(template))
    if let collisionCount {
      let value = UInt32(truncatingIfNeeded: collisionCount)
      for shift in [0, 8, 16, 24] { hasher.feed(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
      for _ in 0..<4 { hasher.feed(0) }
    }
    return String(
      String(hasher.value).utf8.map { SeededRandom.nameAlphabet[Int($0) % SeededRandom.nameAlphabet.count] })
  }
}
