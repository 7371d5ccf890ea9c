import ClusterSim
import KubeModel
import Testing

/// Lookups the service-networking scenario tests share: they read what a user reads (tables, curl and nslookup
/// output) and use the store only to find names the simulation generated.
enum Net {
  /// The pod that answered a `curl`, from its `Hostname:` line.
  static func answeredBy(_ output: String) -> String? {
    output.split(separator: "\n").first { $0.hasPrefix("Hostname: ") }.map { String($0.dropFirst(10)) }
  }

  /// The names of a Deployment's (or any `app=` label's) pods, sorted.
  static func pods(_ sim: Simulation, app: String, namespace: String = "default") -> [String] {
    sim.cluster.store.pods.list(namespace: namespace).filter { $0.metadata.labels["app"] == app }.map(\.metadata.name)
  }

  /// The ENDPOINTS cell of `get ep NAME`.
  static func endpointsCell(_ sim: inout Simulation, _ service: String, namespace: String = "default") -> String {
    let lines = sim.must("get ep \(service) -n \(namespace)").split(separator: "\n")
    guard lines.count == 2 else { return "" }
    let cells = lines[1].split(separator: " ", omittingEmptySubsequences: true)
    return cells.count == 3 ? String(cells[1]) : ""
  }

  /// The addresses of the pods in the ENDPOINTS cell.
  static func endpointIPs(_ sim: inout Simulation, _ service: String) -> Set<String> {
    let cell = endpointsCell(&sim, service)
    guard cell != "<none>" else { return [] }
    return Set(cell.split(separator: ",").map { String($0.split(separator: ":")[0]) })
  }

  static func ip(of pod: String, _ sim: Simulation, namespace: String = "default") -> String {
    sim.cluster.store.pods[namespace, pod]?.status.podIP ?? ""
  }

  /// A row of `get svc` as its cells.
  static func serviceRow(_ sim: inout Simulation, _ name: String, namespace: String = "default") -> [String] {
    let lines = sim.must("get svc \(name) -n \(namespace)").split(separator: "\n")
    guard lines.count == 2 else { return [] }
    return lines[1].split(separator: " ").map(String.init)
  }
}

/// Manifests of the service tests, built line by line so indentation stays right.
enum NetManifests {
  /// A Deployment of nginx pods labelled `app: NAME` with a named port `http` (80), pod-template annotations, and
  /// extra container lines (probes, resources), each given at the container's indentation.
  static func deployment(
    _ name: String, replicas: Int, namespace: String = "default", annotations: [String: String] = [:],
    container: [String] = []
  ) -> String {
    var lines = [
      "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: \(name)", "  namespace: \(namespace)", "spec:",
      "  replicas: \(replicas)", "  selector:", "    matchLabels:", "      app: \(name)", "  template:",
      "    metadata:",
      "      labels:", "        app: \(name)",
    ]
    if !annotations.isEmpty {
      lines.append("      annotations:")
      for key in annotations.keys.sorted() { lines.append("        \(key): \"\(annotations[key]!)\"") }
    }
    lines += [
      "    spec:", "      containers:", "      - name: \(name)", "        image: nginx:1.27", "        ports:",
      "        - containerPort: 80", "          name: http",
    ]
    lines += container.map { "        " + $0 }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A readiness probe on the `http` port, every second.
  static let readiness = ["readinessProbe:", "  httpGet:", "    path: /", "    port: http", "  periodSeconds: 1"]
}
