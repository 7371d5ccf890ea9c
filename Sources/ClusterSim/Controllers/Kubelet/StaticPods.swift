import KubeModel

/// Static pods: what a kubeadm node's kubelet runs from `/etc/kubernetes/manifests`, shown in the API as mirror
/// pods `<component>-<node>` in kube-system, owned by the Node. A control-plane node runs etcd, kube-apiserver,
/// kube-controller-manager and kube-scheduler; every node runs kube-proxy.
enum StaticPods {
  static let kubernetesVersion = "v1.34.1"

  struct Component {
    var name: String
    var image: String
    var cpu: Int64
    var memoryMi: Int64?
    var livenessPort: Int
    var livenessPath: String
    var scheme: String
    var command: [String]
  }

  static let controlPlane: [Component] = [
    Component(
      name: "etcd", image: "registry.k8s.io/etcd:3.6.4-0", cpu: 100, memoryMi: 100, livenessPort: 2381,
      livenessPath: "/livez", scheme: "HTTP",
      command: ["etcd", "--data-dir=/var/lib/etcd", "--listen-client-urls=https://127.0.0.1:2379"]),
    Component(
      name: "kube-apiserver", image: "registry.k8s.io/kube-apiserver:\(kubernetesVersion)", cpu: 250, memoryMi: nil,
      livenessPort: 6443, livenessPath: "/livez", scheme: "HTTPS",
      command: ["kube-apiserver", "--etcd-servers=https://127.0.0.1:2379", "--service-cluster-ip-range=10.96.0.0/12"]),
    Component(
      name: "kube-controller-manager", image: "registry.k8s.io/kube-controller-manager:\(kubernetesVersion)",
      cpu: 200, memoryMi: nil, livenessPort: 10257, livenessPath: "/healthz", scheme: "HTTPS",
      command: ["kube-controller-manager", "--cluster-cidr=10.244.0.0/16", "--leader-elect=true"]),
    Component(
      name: "kube-scheduler", image: "registry.k8s.io/kube-scheduler:\(kubernetesVersion)", cpu: 100,
      memoryMi: nil, livenessPort: 10259, livenessPath: "/healthz", scheme: "HTTPS",
      command: ["kube-scheduler", "--leader-elect=true"]),
  ]

  static let kubeProxy = Component(
    name: "kube-proxy", image: "registry.k8s.io/kube-proxy:\(kubernetesVersion)", cpu: 0, memoryMi: nil,
    livenessPort: 10256, livenessPath: "/healthz", scheme: "HTTP",
    command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf"])

  static func isControlPlane(_ node: Node) -> Bool {
    node.metadata.labels["node-role.kubernetes.io/control-plane"] != nil
      || node.metadata.labels["node-role.kubernetes.io/master"] != nil
  }

  /// Creates the mirror pods a node's kubelet runs, where they are missing.
  static func install(on node: Node, in cluster: inout ClusterState) {
    guard cluster.store.namespaces["", "kube-system"] != nil else { return }
    var components = isControlPlane(node) ? controlPlane : []
    if !cluster.hasKubeProxyDaemonSet { components.append(kubeProxy) }
    for component in components
    where cluster.store.pods["kube-system", "\(component.name)-\(node.metadata.name)"] == nil {
      _ = try? cluster.create(mirrorPod(component, on: node))
    }
  }

  /// Whether a pod is the API's mirror of a static pod.
  static func isMirror(_ pod: Pod) -> Bool { pod.metadata.annotations["kubernetes.io/config.mirror"] != nil }

  /// A deleted mirror pod: the static pod runs on from its manifest file, untouched; the kubelet only puts a new
  /// mirror back in the API (`kubelet.syncPod` recreates a missing or deleted mirror pod). Its containers keep
  /// running, so the new mirror shows the same containers, restart counts and start times, under a new UID and age.
  static func recreateMirror(_ mirror: Pod, in cluster: inout ClusterState) {
    let runtime = cluster.podRuntimes.removeValue(forKey: mirror.metadata.uid)
    cluster.remove(Pod.self, mirror.key)
    guard let node = cluster.store.nodes["", mirror.spec.nodeName] else { return }
    install(on: node, in: &cluster)
    guard var runtime, let new = cluster.store.pods[mirror.key] else { return }
    runtime.uid = new.metadata.uid
    cluster.podRuntimes[new.metadata.uid] = runtime
    cluster.enqueue(.kubelet, new.key)
  }

  static func mirrorPod(_ component: Component, on node: Node) -> Pod {
    var pod = Pod()
    pod.metadata.name = "\(component.name)-\(node.metadata.name)"
    pod.metadata.namespace = "kube-system"
    pod.metadata.labels = [
      "component": component.name, "tier": component.name == "kube-proxy" ? "node" : "control-plane",
    ]
    let hash = ImageNames.hex("\(component.name)/\(node.metadata.name)", length: 32)
    pod.metadata.annotations = [
      "kubernetes.io/config.hash": hash, "kubernetes.io/config.mirror": hash, "kubernetes.io/config.source": "file",
    ]
    pod.metadata.ownerReferences = [
      OwnerReference(
        apiVersion: "v1", kind: "Node", name: node.metadata.name, uid: node.metadata.uid, controller: true,
        blockOwnerDeletion: nil)
    ]
    var container = Container(name: component.name, image: component.image)
    container.command = component.command
    container.imagePullPolicy = "IfNotPresent"
    var requests: [String: Quantity] = [:]
    if component.cpu > 0 { requests["cpu"] = .cpu(milli: component.cpu) }
    if let memory = component.memoryMi { requests["memory"] = .bytes(memory * 1024 * 1024) }
    container.resources = ResourceRequirements(requests: requests)
    var probe = Probe()
    var action = HTTPGetAction()
    action.host = "127.0.0.1"
    action.path = component.livenessPath
    action.port = .int(component.livenessPort)
    action.scheme = component.scheme
    probe.httpGet = action
    probe.initialDelaySeconds = 10
    probe.timeoutSeconds = 15
    probe.failureThreshold = 8
    container.livenessProbe = probe
    pod.spec.containers = [container]
    pod.spec.nodeName = node.metadata.name
    pod.spec.hostNetwork = true
    pod.spec.priorityClassName = "system-node-critical"
    pod.spec.priority = 2_000_001_000
    pod.spec.tolerations = [Toleration(operator: "Exists", effect: "NoExecute")]
    return pod
  }
}

extension ClusterState {
  /// Whether kube-proxy runs as a DaemonSet (then nodes get no kube-proxy static pod).
  var hasKubeProxyDaemonSet: Bool { store.daemonSets["kube-system", "kube-proxy"] != nil }
}
