import ClusterSim
import KubeModel
import Testing

/// Building blocks for the describe tests: a simulation at the default start (Monday 2025-01-06 09:00:00 UTC)
/// and objects written by hand, as no controller runs in these tests.
enum DescribeFixture {
  static let start = ClusterState.defaultStart

  static func time(_ seconds: Int64) -> Timestamp { start + .seconds(seconds) }

  static func advance(_ sim: inout Simulation, to seconds: Int64) {
    sim.cluster.advance(to: time(seconds))
  }

  static func meta(_ name: String, namespace: String = "default", labels: [String: String] = [:]) -> ObjectMeta {
    ObjectMeta(name: name, namespace: namespace, labels: labels)
  }

  static func owner<Object: APIObject>(_ object: Object) -> OwnerReference { object.controllerReference }

  static func container(_ name: String, _ image: String, port: Int? = nil) -> Container {
    var container = Container(name: name, image: image)
    if let port { container.ports = [ContainerPort(containerPort: port)] }
    return container
  }

  static func template(labels: [String: String], containers: [Container]) -> PodTemplateSpec {
    PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: containers))
  }

  static func quantity(_ text: String) -> Quantity { try! Quantity(parsing: text) }

  /// Compares line by line first, so a failure names the first differing line.
  static func expectPage(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, (got, want)) in zip(actualLines, expectedLines).enumerated() where got != want {
      Issue.record(
        "line \(index + 1) differs:\n  got:  \(got.debugDescription)\n  want: \(want.debugDescription)",
        sourceLocation: sourceLocation)
      break
    }
    #expect(actual == expected, sourceLocation: sourceLocation)
  }
}
