import KubeModel

extension ClusterState {
  /// What every cluster has from the start: the namespaces `default`, `kube-system`, `kube-public` and
  /// `kube-node-lease`, and the add-ons a kind cluster installs: the `kube-proxy` DaemonSet and the default
  /// StorageClass `standard`.
  mutating func bootstrap() {
    for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
      var namespace = Namespace()
      namespace.metadata.name = name
      try? create(namespace)
    }
    for addOn in BootstrapAddOns.daemonSets { try? create(addOn) }
    try? create(BootstrapAddOns.standardStorageClass)
    settle()
  }
}
