import KubeModel
import Testing

@testable import ClusterSim

/// Pods and lookups for the scheduler tests: pods are created directly, as the YAML loader is not in this branch.
enum SchedulerFixture {
  /// An owner-less pod with one container requesting `cpu` and `memory` (when given).
  static func pod(
    _ name: String, cpu: String? = nil, memory: String? = nil, configure: (inout Pod) -> Void = { _ in }
  ) -> Pod {
    var pod = Pod()
    pod.metadata.name = name
    var container = Container(name: "app", image: "nginx:1.27")
    if let cpu { container.resources.requests["cpu"] = try! Quantity(parsing: cpu) }
    if let memory { container.resources.requests["memory"] = try! Quantity(parsing: memory) }
    pod.spec.containers = [container]
    configure(&pod)
    return pod
  }

  /// Creates pods and lets the cluster settle.
  static func create(_ pods: Pod..., in sim: inout Simulation) throws {
    for pod in pods { try sim.cluster.create(pod) }
    sim.cluster.settle()
  }

  static func node(of name: String, in sim: Simulation) -> String {
    sim.cluster.store.pods["default", name]?.spec.nodeName ?? "<missing>"
  }

  static func scheduledCondition(of name: String, in sim: Simulation) -> Condition? {
    sim.cluster.store.pods["default", name]?.status.conditions[type: "PodScheduled"]
  }

  /// The events about a pod, oldest first, as `reason: message (xCount)`.
  static func events(of name: String, in sim: Simulation) -> [String] {
    guard let pod = sim.cluster.store.pods["default", name] else { return [] }
    return sim.cluster.store.events.events(forObjectUID: pod.metadata.uid).map {
      "\($0.type) \($0.reason): \($0.message)" + ($0.count > 1 ? " (x\($0.count))" : "")
    }
  }

  /// The NODE column of `get pods -o wide` for one pod, as a user reads it.
  static func wideNode(of name: String, in sim: inout Simulation) -> String? {
    let lines = sim.run("get pods -o wide").output.split(separator: "\n").map { Array($0) }
    guard let header = lines.first else { return nil }
    let label = Array("NODE ")
    guard let offset = header.indices.first(where: { Array(header.dropFirst($0).prefix(label.count)) == label }),
      let row = lines.first(where: { $0.starts(with: Array(name + " ")) })
    else { return nil }
    return String(row.dropFirst(offset).prefix { $0 != " " })
  }
}
