import KubeModel

/// What a kubelet fills in when its node registers (`initialNode`, `setNodeStatus`): allocatable, conditions,
/// addresses, system info, the pod CIDR. Nodes added by `node add` or by a manifest get the same treatment, so a
/// manifest may give just a name and capacity.
enum NodeRegistration {
  static let kubeletVersion = "v1.34.1"

  static func register(_ node: inout Node, in cluster: inout ClusterState) {
    let name = node.metadata.name
    var labels = node.metadata.labels
    for (key, value) in [
      ("kubernetes.io/hostname", name), ("kubernetes.io/os", "linux"), ("kubernetes.io/arch", "amd64"),
      ("beta.kubernetes.io/os", "linux"), ("beta.kubernetes.io/arch", "amd64"),
    ] where labels[key] == nil {
      labels[key] = value
    }
    node.metadata.labels = labels
    var status = node.status
    let defaults: [String: Quantity] = [
      "cpu": .cpu(milli: 4000), "memory": .bytes(16 * 1024 * 1024 * 1024),
      "pods": Quantity(milli: 110_000, format: .decimalSI), "ephemeral-storage": .bytes(100 * 1024 * 1024 * 1024),
      "hugepages-1Gi": Quantity(milli: 0, format: .decimalSI), "hugepages-2Mi": Quantity(milli: 0, format: .decimalSI),
    ]
    // A node that states its capacity keeps it as stated; one that states none gets a kubelet's usual report.
    if status.capacity.isEmpty { status.capacity = defaults }
    for (resource, quantity) in status.capacity where status.allocatable[resource] == nil {
      // The default hard eviction threshold (memory.available<100Mi) is held back from pods.
      status.allocatable[resource] =
        resource == "memory" && quantity.value > 200 * 1024 * 1024
        ? .bytes(quantity.value - 100 * 1024 * 1024) : quantity
    }
    if node.spec.podCIDR.isEmpty {
      node.spec.podCIDR = cluster.podNetwork.podCIDR(for: name)
      node.spec.podCIDRs = [node.spec.podCIDR]
    }
    if status.addresses.isEmpty {
      let index = cluster.podNetwork.nodeIndex[name] ?? 0
      status.addresses = [
        NodeAddress(type: "InternalIP", address: "172.18.\(index / 250).\(index % 250 + 2)"),
        NodeAddress(type: "Hostname", address: name),
      ]
    }
    var info = status.nodeInfo
    if info.kubeletVersion.isEmpty { info.kubeletVersion = kubeletVersion }
    if info.kubeProxyVersion.isEmpty { info.kubeProxyVersion = "" }
    if info.containerRuntimeVersion.isEmpty { info.containerRuntimeVersion = "containerd://2.1.3" }
    if info.osImage.isEmpty { info.osImage = "Debian GNU/Linux 12 (bookworm)" }
    if info.kernelVersion.isEmpty { info.kernelVersion = "6.8.0-60-generic" }
    if info.operatingSystem.isEmpty { info.operatingSystem = "linux" }
    if info.architecture.isEmpty { info.architecture = "amd64" }
    if info.machineID.isEmpty { info.machineID = ImageNames.hex("machine/\(name)", length: 32) }
    if info.systemUUID.isEmpty { info.systemUUID = uuid(ImageNames.hex("system/\(name)", length: 32)) }
    if info.bootID.isEmpty { info.bootID = uuid(ImageNames.hex("boot/\(name)", length: 32)) }
    status.nodeInfo = info
    if status.conditions.isEmpty {
      status.conditions = NodeConditions.healthy(at: cluster.now)
    }
    if status.daemonEndpoints == nil {
      status.daemonEndpoints = .object(["kubeletEndpoint": .object(["Port": .int(10250)])])
    }
    node.status = status
  }

  static func uuid(_ hex: String) -> String {
    let characters = Array(hex)
    func part(_ range: Range<Int>) -> String { String(characters[range]) }
    return "\(part(0..<8))-\(part(8..<12))-\(part(12..<16))-\(part(16..<20))-\(part(20..<32))"
  }
}

/// The node conditions a healthy kubelet reports, and the Unknown ones the node lifecycle controller sets when the
/// kubelet goes silent.
enum NodeConditions {
  static func healthy(at time: Timestamp) -> [Condition] {
    let entries = [
      ("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
      ("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
      ("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
      ("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
    ]
    return entries.map { type, status, reason, message in
      var condition = Condition(type: type, status: status, reason: reason, message: message)
      condition.lastHeartbeatTime = time
      condition.lastTransitionTime = time
      return condition
    }
  }
}
