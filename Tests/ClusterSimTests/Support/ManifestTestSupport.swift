import KubeModel
import Testing

@testable import ClusterSim

extension Simulation {
  /// A simulation with one node per name (4 CPUs, 16Gi each), running every controller.
  static func withNodes(_ names: String...) -> Simulation {
    var simulation = Simulation()
    for name in names { simulation.run("node add \(name)") }
    return simulation
  }

  /// The events about one object, oldest first, as `TYPE REASON: MESSAGE`.
  func events(about name: String, kind: String) -> [String] {
    cluster.store.events.all.filter { $0.involvedObject.name == name && $0.involvedObject.kind == kind }
      .map { "\($0.type) \($0.reason): \($0.message)" }
  }

  /// The events about one object with their times since the simulation start, as `+SECONDS REASON: MESSAGE`.
  func timedEvents(about name: String, kind: String) -> [String] {
    cluster.store.events.all.filter { $0.involvedObject.name == name && $0.involvedObject.kind == kind }
      .map { event in
        let seconds = ((event.lastTimestamp ?? cluster.startTime) - cluster.startTime).milliseconds / 1000
        return "+\(seconds) \(event.reason): \(event.message)"
      }
  }
}
