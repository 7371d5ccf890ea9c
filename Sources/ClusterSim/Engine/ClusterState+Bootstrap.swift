import KubeModel

extension ClusterState {
  /// What every cluster has from the start: the namespaces `default`, `kube-system`, `kube-public` and
  /// `kube-node-lease`, and the control plane's add-ons (the `kubernetes` Service, CoreDNS, the nginx
  /// IngressClass). Without `addons`, a bare API server: tests of one controller or printer start from there.
  mutating func bootstrap(addons: Bool = true) {
    for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
      var namespace = Namespace()
      namespace.metadata.name = name
      try? create(namespace)
    }
    if addons { ControlPlaneAddons.install(in: &self) }
    settle()
  }
}
