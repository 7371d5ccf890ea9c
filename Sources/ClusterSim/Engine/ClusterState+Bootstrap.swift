import KubeModel

extension ClusterState {
  /// What every cluster has from the start: the namespaces `default`, `kube-system`, `kube-public` and
  /// `kube-node-lease`, and the add-ons of a kind cluster: the control plane's (the `kubernetes` Service, CoreDNS, the
  /// nginx IngressClass), the `kube-proxy` DaemonSet and the default StorageClass `standard`. Without `addons`, a
  /// bare API server: tests of one controller or printer start from there.
  mutating func bootstrap(addons: Bool = true) {
    for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
      var namespace = Namespace()
      namespace.metadata.name = name
      _ = try? create(namespace)
    }
    if addons {
      ControlPlaneAddons.install(in: &self)
      for addOn in BootstrapAddOns.daemonSets { _ = try? create(addOn) }
      _ = try? create(BootstrapAddOns.standardStorageClass)
    }
    settle()
  }
}
