import ClusterSim
import KubeModel
import Testing

extension Simulation {
  /// Runs a command that must succeed and returns what it printed.
  @discardableResult
  mutating func must(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let result = run(line)
    #expect(result.errors.isEmpty, "\(line): \(result.errors.joined(separator: "\n"))", sourceLocation: sourceLocation)
    return result.output
  }

  /// A simulation of the built-in default cluster.
  static func defaultSample() -> Simulation { Simulation.defaultCluster().0 }
}

extension Simulation {
  /// A simulation whose controllers do nothing, so printer tests see objects exactly as they wrote them (a bare
  /// API server: no CoreDNS, `kubernetes` Service or IngressClass).
  static func withoutControllers() -> Simulation {
    var simulation = Simulation(addons: false)
    simulation.cluster.controllersDisabled = true
    return simulation
  }
}

extension Simulation {
  /// A simulation in which only the given controllers act, on a bare API server (no add-ons).
  static func only(_ controllers: ControllerID...) -> Simulation {
    var simulation = Simulation(addons: false)
    simulation.cluster.disabledControllers = Set(ControllerID.allCases).subtracting(controllers)
    return simulation
  }
}
