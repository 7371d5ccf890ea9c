import KubeModel

/// The objects a new kind cluster has (kind uses kubeadm, then adds its storage), as the simulation models them.
enum BootstrapAddOns {
  static let kubernetesVersion = StaticPods.kubernetesVersion

  /// kubeadm's `kube-proxy` DaemonSet (`cmd/kubeadm/app/phases/addons/proxy/manifests.go`): host networking, every
  /// Linux node (it tolerates every taint), one node at a time when updated. Its ConfigMap and volumes are left
  /// out: the simulated kube-proxy needs no configuration.
  static var kubeProxy: DaemonSet {
    var daemonSet = DaemonSet()
    daemonSet.metadata.name = "kube-proxy"
    daemonSet.metadata.namespace = "kube-system"
    daemonSet.metadata.labels = ["k8s-app": "kube-proxy"]
    daemonSet.spec.selector = LabelSelector(matchLabels: ["k8s-app": "kube-proxy"])
    daemonSet.spec.template.metadata.labels = ["k8s-app": "kube-proxy"]
    var container = Container(name: "kube-proxy", image: "registry.k8s.io/kube-proxy:\(kubernetesVersion)")
    container.command = [
      "/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)",
    ]
    var source = EnvVarSource()
    var field = ObjectFieldSelector()
    field.apiVersion = "v1"
    field.fieldPath = "spec.nodeName"
    source.fieldRef = field
    container.env = [EnvVar(name: "NODE_NAME", valueFrom: source)]
    container.imagePullPolicy = "IfNotPresent"
    daemonSet.spec.template.spec.containers = [container]
    daemonSet.spec.template.spec.hostNetwork = true
    daemonSet.spec.template.spec.nodeSelector = ["kubernetes.io/os": "linux"]
    daemonSet.spec.template.spec.priorityClassName = "system-node-critical"
    daemonSet.spec.template.spec.serviceAccountName = "kube-proxy"
    daemonSet.spec.template.spec.tolerations = [Toleration(operator: "Exists")]
    var rolling = RollingUpdateDaemonSet()
    rolling.maxSurge = .int(0)
    rolling.maxUnavailable = .int(1)
    daemonSet.spec.updateStrategy.type = "RollingUpdate"
    daemonSet.spec.updateStrategy.rollingUpdate = rolling
    return daemonSet
  }

  static var daemonSets: [DaemonSet] { [kubeProxy] }

  /// kind's default StorageClass: `standard`, provisioned by rancher's local-path provisioner on the node that
  /// first uses a claim, deleted with its claim.
  static var standardStorageClass: StorageClass {
    var storageClass = StorageClass()
    storageClass.metadata.name = "standard"
    storageClass.metadata.annotations = ["storageclass.kubernetes.io/is-default-class": "true"]
    storageClass.provisioner = SimulatedProvisioner.localPath
    storageClass.reclaimPolicy = "Delete"
    storageClass.volumeBindingMode = "WaitForFirstConsumer"
    return storageClass
  }
}
