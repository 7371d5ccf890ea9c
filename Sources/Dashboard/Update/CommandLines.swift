import ClusterSim
import KubeModel

/// The command lines keys run, spelled as a person would type them to kubectl.
enum CommandLines {
  /// ` -n NS` unless the namespace is the one commands use anyway.
  static func namespaceFlag(_ namespace: String, cluster: ClusterState) -> String {
    namespace.isEmpty || namespace == cluster.currentNamespace ? "" : " -n \(namespace)"
  }

  static func scale(_ row: RowRef, to replicas: Int, cluster: ClusterState) -> String {
    "scale \(row.slashName) --replicas=\(replicas)" + namespaceFlag(row.key.namespace, cluster: cluster)
  }

  static func setImage(_ deployment: Deployment, cluster: ClusterState) -> String {
    let images = deployment.spec.template.spec.containers.map { "\($0.name)=\($0.image)" }.joined(separator: " ")
    return "set image deployment/\(deployment.metadata.name)"
      + namespaceFlag(deployment.metadata.namespace, cluster: cluster) + " " + images
  }

  static func rollout(_ subcommand: String, _ key: ObjectKey, cluster: ClusterState, extra: String = "") -> String {
    "rollout \(subcommand) deployment/\(key.name)" + extra + namespaceFlag(key.namespace, cluster: cluster)
  }

  static func deletePod(_ key: ObjectKey, cluster: ClusterState) -> String {
    "delete pod \(key.name)" + namespaceFlag(key.namespace, cluster: cluster)
  }

  static func crash(_ pod: Pod, cluster: ClusterState) -> String {
    let container = pod.spec.containers.count > 1 ? " -c \(pod.spec.containers[0].name)" : ""
    return "crash pod/\(pod.metadata.name)" + container + namespaceFlag(pod.metadata.namespace, cluster: cluster)
  }

  static func logs(_ pod: Pod, cluster: ClusterState) -> String {
    let container = pod.spec.containers.first.map { " -c \($0.name)" } ?? ""
    return "logs \(pod.metadata.name)" + container + namespaceFlag(pod.metadata.namespace, cluster: cluster)
  }
}
