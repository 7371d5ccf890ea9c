import ClusterSim
import Foundation
import Testing

extension Simulation {
  /// Applies manifest text as `kubectl apply -f` would, from a scratch file.
  @discardableResult
  mutating func apply(_ manifest: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let folder = try! TemporaryFolder(["manifest.yaml": manifest])
    defer { folder.remove() }
    return must("apply -f \(folder.path)/manifest.yaml", sourceLocation: sourceLocation)
  }
}

/// Small manifests the scenario tests share.
enum Manifests {
  static func deployment(
    _ name: String, replicas: Int, image: String = "nginx:1.27", strategy: String = "",
    annotations: [String: String] = [:], readiness: Bool = true, cpu: String = "100m"
  ) -> String {
    let annotationLines = annotations.keys.sorted().map { "        \($0): \"\(annotations[$0]!)\"" }.joined(
      separator: "\n")
    return """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: \(name)
      spec:
        replicas: \(replicas)
        \(strategy.isEmpty ? "" : "strategy:\n    " + strategy.replacingOccurrences(of: "\n", with: "\n    "))
        selector:
          matchLabels:
            app: \(name)
        template:
          metadata:
            labels:
              app: \(name)
            \(annotations.isEmpty ? "" : "annotations:\n" + annotationLines)
          spec:
            containers:
            - name: \(name)
              image: \(image)
              \(readiness ? "readinessProbe:\n            httpGet:\n              path: /\n              port: 80\n            periodSeconds: 5" : "")
              resources:
                requests:
                  cpu: \(cpu)
                  memory: 64Mi
      """
  }
}
