import KubeModel

/// What the kubelet remembers about pods' configuration beyond their status: the ConfigMap and Secret volumes it
/// is still retrying to mount, and the environment each container was started with (which `exec -- env` prints:
/// a container keeps the environment it started with, even after its ConfigMap changes).
public struct PodConfigState: Sendable, Codable, Hashable {
  /// Pods whose volumes could not be mounted yet, by pod uid.
  var mountRetries: [String: MountRetry] = [:]
  /// The `env` and `envFrom` values each container started with, by pod uid, then container name, in the order
  /// the container declares them. Service variables are not stored: they are derived from the Services that
  /// existed when the container started.
  var startedEnvironments: [String: [String: [EnvironmentEntry]]] = [:]

  public init() {}

  mutating func forget(podUID: String) {
    mountRetries[podUID] = nil
    startedEnvironments[podUID] = nil
  }
}

/// A failed mount the kubelet retries with back-off.
struct MountRetry: Sendable, Codable, Hashable {
  var attempts: Int
  var firstFailure: Timestamp
}

/// One variable of a container's environment.
public struct EnvironmentEntry: Sendable, Codable, Hashable {
  public var name: String
  public var value: String
}
