import ClusterSim
import Foundation
import KubeModel

/// One random scenario: a random cluster, a random sequence of operations with every safety invariant checked
/// after each, then a quiet time with healthy images and every node back, after which every workload must have
/// converged. Everything is drawn from the seed, so a failing seed replays exactly.
struct InvariantScenario {
  struct Outcome {
    var violations: [String] = []
    var log: [String] = []
    /// The cluster at the end, when asked for (it costs as much as a short scenario).
    var fingerprint: JSONValue?
    /// How many times the invariants were checked.
    var checks = 0
    /// How many times a rollout's availability was checked, and how many Deployments with pods converged.
    var rolloutChecks = 0
    var convergedWithPods = 0
  }

  let seed: UInt64
  var steps = 30
  var fingerprinted = false
  /// The quiet time at the end, in minutes, checked minute by minute.
  var quietMinutes = 15

  func run() throws -> Outcome {
    var random = SeededGenerator(seed: seed)
    let shape = RandomCluster(using: &random)
    let apps = shape.apps.map(\.name)
    var simulation = shape.simulation(seed: seed)
    var outcome = Outcome()
    outcome.log.append("cluster: \(shape)")

    func check(_ when: String) {
      outcome.checks += 1
      outcome.violations += ClusterInvariants.safety(simulation.cluster).map { "\(when): \($0)" }
    }
    func deployment(_ app: String) -> Deployment? { simulation.cluster.store.deployments["default", app] }

    check("at the start")
    var rollouts: Set<String> = []
    var nodesAdded = 0
    for step in 1...steps {
      let operation = RandomOperation.random(
        in: simulation.cluster, apps: apps, nodesAdded: &nodesAdded, using: &random)
      for app in apps where operation.disrupts(app, in: simulation.cluster) { rollouts.remove(app) }
      var starting: String?
      if case .setImage(let app, let image) = operation, RandomCluster.healthyImages.contains(image),
        let target = deployment(app), target.spec.strategy.type == "RollingUpdate",
        ClusterInvariants.convergence(of: target, in: simulation.cluster) == nil,
        !simulation.cluster.nodeRuntimes.values.contains(where: \.isFailed)
      {
        starting = app
      }
      let result = simulation.run(operation.command)
      outcome.log.append(
        "\(step). \(operation.command)" + (result.succeeded ? "" : "  [\(result.errors.joined(separator: "; "))]"))
      if let starting, result.succeeded { rollouts.insert(starting) }
      let when = "after step \(step) (\(operation.command))"
      check(when)
      for app in rollouts.sorted() {
        guard let target = deployment(app) else { continue }
        outcome.rolloutChecks += 1
        if let violation = ClusterInvariants.availability(of: target, in: simulation.cluster) {
          outcome.violations.append("\(when): \(violation)")
        }
        if ClusterInvariants.convergence(of: target, in: simulation.cluster) == nil { rollouts.remove(app) }
      }
    }

    // Quiet time: every node back and schedulable, the room deleted nodes took replaced, every image healthy,
    // then nothing but time.
    let workers = simulation.cluster.store.nodes.list().filter { $0.metadata.name != "control-plane" }.count
    for index in 0..<max(0, shape.nodes.count - workers) {
      simulation.run("node add quiet-\(index + 1) --cpu 8 --memory 16Gi --pods 110")
      outcome.log.append("quiet: node add quiet-\(index + 1)")
    }
    let nodes = simulation.cluster.store.nodes.list().map(\.metadata.name)
    for node in nodes where simulation.cluster.nodeRuntimes[node]?.isFailed == true {
      simulation.run("node recover \(node)")
      outcome.log.append("quiet: node recover \(node)")
    }
    for node in nodes where simulation.cluster.store.nodes["", node]?.spec.unschedulable == true {
      simulation.run("uncordon \(node)")
      outcome.log.append("quiet: uncordon \(node)")
    }
    for app in apps where deployment(app)?.spec.paused == true {
      simulation.run("rollout resume deployment/\(app)")
      outcome.log.append("quiet: rollout resume deployment/\(app)")
    }
    for app in apps {
      guard let image = deployment(app)?.spec.template.spec.containers.first?.image,
        !RandomCluster.healthyImages.contains(image)
      else { continue }
      simulation.run("set image deployment/\(app) *=nginx:1.29")
      outcome.log.append("quiet: set image deployment/\(app) *=nginx:1.29")
    }
    for (workload, image) in [
      (
        "daemonset/agent",
        simulation.cluster.store.daemonSets["default", "agent"]?.spec.template.spec.containers.first?.image
      ),
      (
        "statefulset/db",
        simulation.cluster.store.statefulSets["default", "db"]?.spec.template.spec.containers.first?.image
      ),
    ] {
      guard let image, !RandomCluster.healthyImages.contains(image) else { continue }
      simulation.run("set image \(workload) *=nginx:1.29")
      outcome.log.append("quiet: set image \(workload) *=nginx:1.29")
    }
    // A StatefulSet waits for ever for a pod that never becomes ready, even after its template is fixed: the
    // documented remedy (forced rollback) is to delete the pods started with the bad configuration.
    for pod in simulation.cluster.store.pods.list(namespace: "default")
    where pod.metadata.controllerReference?.kind == "StatefulSet"
      && pod.spec.containers.contains(where: { !RandomCluster.healthyImages.contains($0.image) })
    {
      simulation.run("delete pod \(pod.metadata.name)")
      outcome.log.append("quiet: delete pod \(pod.metadata.name)")
    }
    for minute in 1...quietMinutes {
      simulation.run("advance 1m")
      check("quiet minute \(minute)")
    }
    for app in apps {
      guard let target = deployment(app) else { continue }
      if let problem = ClusterInvariants.convergence(of: target, in: simulation.cluster) {
        outcome.violations.append("after \(quietMinutes) quiet minutes: \(problem)")
      } else if (target.spec.replicas ?? 1) > 0 {
        outcome.convergedWithPods += 1
      }
    }
    outcome.violations += ClusterInvariants.workloadConvergence(simulation.cluster).map {
      "after \(quietMinutes) quiet minutes: \($0)"
    }
    if fingerprinted { outcome.fingerprint = try ClusterFingerprint.of(simulation.cluster) }
    return outcome
  }
}
