import KubeModel

/// A cluster at Kubernetes' published limits, for the benchmark and the `large` sample: nodes, namespaces,
/// Deployments of 100 replicas spread over the namespaces, and a DaemonSet on every node.
public struct LargeCluster: Sendable {
  public var nodes: Int
  public var pods: Int
  public var namespaces: Int
  public var replicasPerDeployment: Int

  public init(nodes: Int = 5_000, pods: Int = 150_000, namespaces: Int = 100, replicasPerDeployment: Int = 100) {
    self.nodes = nodes
    self.pods = pods
    self.namespaces = max(1, namespaces)
    self.replicasPerDeployment = max(1, replicasPerDeployment)
  }

  /// The number of Deployments: pods / replicas, rounded up (the last one takes the remainder).
  public var deployments: Int { (pods + replicasPerDeployment - 1) / replicasPerDeployment }

  public func nodeObjects() -> [Node] {
    (0..<nodes).map { index in
      var node = Node()
      node.metadata.name = "node-" + String(index).leftPadded(5)
      node.metadata.labels = ["topology.kubernetes.io/zone": "zone-\(["a", "b", "c"][index % 3])"]
      // 32 cores and 128 GiB: room for the pods at Kubernetes' limit of 110 per node.
      node.status.capacity = [
        "cpu": .cpu(milli: 32_000), "memory": .bytes(128 * 1024 * 1024 * 1024),
        "pods": Quantity(milli: 110_000, format: .decimalSI),
      ]
      return node
    }
  }

  public func namespaceObjects() -> [Namespace] {
    (0..<namespaces).map { index in
      var namespace = Namespace()
      namespace.metadata.name = "team-" + String(index).leftPadded(3)
      return namespace
    }
  }

  public func deploymentObjects() -> [Deployment] {
    (0..<deployments).map { index in
      let replicas = min(replicasPerDeployment, pods - index * replicasPerDeployment)
      return Self.deployment(
        name: "app-" + String(index).leftPadded(4), namespace: "team-" + String(index % namespaces).leftPadded(3),
        replicas: replicas)
    }
  }

  /// A node agent on every node, as log collectors run.
  public func daemonSet() -> DaemonSet {
    var daemonSet = DaemonSet()
    daemonSet.metadata.name = "node-agent"
    daemonSet.metadata.namespace = "kube-system"
    daemonSet.spec.selector = LabelSelector(matchLabels: ["app": "node-agent"])
    daemonSet.spec.template.metadata.labels = ["app": "node-agent"]
    var container = Container(name: "agent", image: "fluent/fluent-bit:3.2")
    container.resources = ResourceRequirements(requests: ["cpu": .cpu(milli: 10), "memory": .bytes(32 * 1024 * 1024)])
    daemonSet.spec.template.spec.containers = [container]
    return daemonSet
  }

  public static func deployment(
    name: String, namespace: String, replicas: Int, image: String = "nginx:1.27"
  )
    -> Deployment
  {
    var deployment = Deployment()
    deployment.metadata.name = name
    deployment.metadata.namespace = namespace
    deployment.metadata.labels = ["app": name]
    deployment.spec.replicas = replicas
    deployment.spec.selector = LabelSelector(matchLabels: ["app": name])
    deployment.spec.template.metadata.labels = ["app": name]
    var container = Container(name: "app", image: image)
    container.resources = ResourceRequirements(requests: ["cpu": .cpu(milli: 50), "memory": .bytes(64 * 1024 * 1024)])
    deployment.spec.template.spec.containers = [container]
    return deployment
  }

  /// The whole cluster as YAML documents, for `kubarium generate large`.
  public func yaml() -> String {
    var documents: [String] = []
    for namespace in namespaceObjects() { documents.append(YAMLWriter.write(ObjectEncoder.encode(namespace))) }
    for node in nodeObjects() { documents.append(YAMLWriter.write(ObjectEncoder.encode(node))) }
    for deployment in deploymentObjects() { documents.append(YAMLWriter.write(ObjectEncoder.encode(deployment))) }
    documents.append(YAMLWriter.write(ObjectEncoder.encode(daemonSet())))
    return documents.joined(separator: "---\n")
  }
}
