import ClusterSim
import KubeModel
import Testing

/// `kubectl describe node` (kubectl 1.36 `describeNode`, `describeNodeResource`).
@Suite struct DescribeNodeTests {
  typealias F = DescribeFixture

  static func node() -> Node {
    var node = Node()
    node.metadata = F.meta(
      "node1", namespace: "",
      labels: [
        "kubernetes.io/hostname": "node1", "kubernetes.io/os": "linux", "node-role.kubernetes.io/control-plane": "",
      ])
    node.metadata.annotations = [
      "node.alpha.kubernetes.io/ttl": "0", "volumes.kubernetes.io/controller-managed-attach-detach": "true",
    ]
    node.spec.taints = [
      Taint(key: "example.com/maintenance", value: "soon", effect: "PreferNoSchedule"),
      Taint(key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule"),
    ]
    node.spec.podCIDR = "10.244.0.0/24"
    node.spec.podCIDRs = ["10.244.0.0/24"]
    node.spec.providerID = "kind://docker/kind/node1"
    func condition(_ type: String, _ status: String, _ reason: String, _ message: String, since: Int64) -> Condition {
      var condition = Condition(type: type, status: status, reason: reason, message: message)
      condition.lastHeartbeatTime = F.time(600)
      condition.lastTransitionTime = F.time(since)
      return condition
    }
    node.status.conditions = [
      condition(
        "MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", since: 0),
      condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", since: 0),
      condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", since: 0),
      condition("Ready", "True", "KubeletReady", "kubelet is posting ready status", since: 8),
    ]
    node.status.addresses = [
      NodeAddress(type: "InternalIP", address: "172.18.0.2"), NodeAddress(type: "Hostname", address: "node1"),
    ]
    node.status.capacity = [
      "cpu": F.quantity("4"), "memory": F.quantity("8Gi"), "ephemeral-storage": F.quantity("100Gi"),
      "hugepages-2Mi": F.quantity("0"), "pods": F.quantity("110"), "example.com/gpu": F.quantity("2"),
    ]
    node.status.nodeInfo.machineID = "8a9f"
    node.status.nodeInfo.systemUUID = "8a9f-uuid"
    node.status.nodeInfo.bootID = "b00t"
    node.status.nodeInfo.kernelVersion = "6.8.0-45-generic"
    node.status.nodeInfo.osImage = "Debian GNU/Linux 12 (bookworm)"
    node.status.nodeInfo.operatingSystem = "linux"
    node.status.nodeInfo.architecture = "amd64"
    node.status.nodeInfo.containerRuntimeVersion = "containerd://1.7.18"
    node.status.nodeInfo.kubeletVersion = "v1.34.0"
    return node
  }

  static func pod(
    _ name: String, namespace: String = "default", phase: String, requests: [String: String] = [:],
    limits: [String: String] = [:], initRequests: [String: String] = [:]
  ) -> Pod {
    var pod = Pod()
    pod.metadata = F.meta(name, namespace: namespace)
    var container = Container(name: "main", image: "busybox")
    container.resources = ResourceRequirements(
      limits: limits.mapValues(F.quantity), requests: requests.mapValues(F.quantity))
    pod.spec.containers = [container]
    if !initRequests.isEmpty {
      var setup = Container(name: "setup", image: "busybox")
      setup.resources.requests = initRequests.mapValues(F.quantity)
      pod.spec.initContainers = [setup]
    }
    pod.spec.nodeName = "node1"
    pod.status.phase = phase
    return pod
  }

  @Test func nodeWithPodsAllocatedResourcesLeaseAndEvents() throws {
    var sim = Simulation.withoutControllers()
    let node = try sim.cluster.create(Self.node())
    let pods = [
      Self.pod(
        "coredns-abc", namespace: "kube-system", phase: "Running", requests: ["cpu": "100m", "memory": "70Mi"],
        limits: ["memory": "170Mi"]),
      Self.pod(
        "web-1", phase: "Running", requests: ["cpu": "250m", "memory": "256Mi", "example.com/gpu": "1"],
        limits: ["cpu": "500m", "memory": "512Mi", "example.com/gpu": "1"]),
      Self.pod("done", phase: "Succeeded", requests: ["cpu": "2"]),
      Self.pod("batch", phase: "Pending", requests: ["cpu": "200m"], initRequests: ["cpu": "1"]),
    ]
    for pod in pods {
      let created = try sim.cluster.create(pod)
      var running = created
      running.status.phase = pod.status.phase
      sim.cluster.write(running)
    }
    let kubeletNode = ObjectReference(kind: "Node", name: "node1", uid: "node1")
    sim.cluster.recordEvent(
      about: kubeletNode, reason: "Starting", message: "Starting kubelet.", from: .kubelet("node1"))
    F.advance(&sim, to: 5)
    sim.cluster.recordEvent(
      node, reason: "RegisteredNode", message: "Node node1 event: Registered Node node1 in Controller",
      from: .nodeController)
    F.advance(&sim, to: 10)
    sim.cluster.recordEvent(
      about: kubeletNode, reason: "NodeReady", message: "Node node1 status is now: NodeReady", from: .kubelet("node1"))
    F.advance(&sim, to: 3605)

    F.expectPage(
      sim.run("describe node node1").output,
      """
      Name:               node1
      Roles:              control-plane
      Labels:             beta.kubernetes.io/arch=amd64
                          beta.kubernetes.io/os=linux
                          kubernetes.io/arch=amd64
                          kubernetes.io/hostname=node1
                          kubernetes.io/os=linux
                          node-role.kubernetes.io/control-plane=
      Annotations:        node.alpha.kubernetes.io/ttl: 0
                          volumes.kubernetes.io/controller-managed-attach-detach: true
      CreationTimestamp:  Mon, 06 Jan 2025 09:00:00 +0000
      Taints:             node-role.kubernetes.io/control-plane:NoSchedule
                          example.com/maintenance=soon:PreferNoSchedule
      Unschedulable:      false
      Lease:
        HolderIdentity:  node1
        AcquireTime:     <unset>
        RenewTime:       Mon, 06 Jan 2025 10:00:00 +0000
      Conditions:
        Type             Status  LastHeartbeatTime                 LastTransitionTime\
                      Reason                       Message
        ----             ------  -----------------                 ------------------\
                      ------                       -------
        MemoryPressure   False   Mon, 06 Jan 2025 09:10:00 +0000   Mon, 06 Jan 2025 09:00:00 +0000\
         KubeletHasSufficientMemory   kubelet has sufficient memory available
        DiskPressure     False   Mon, 06 Jan 2025 09:10:00 +0000   Mon, 06 Jan 2025 09:00:00 +0000\
         KubeletHasNoDiskPressure     kubelet has no disk pressure
        PIDPressure      False   Mon, 06 Jan 2025 09:10:00 +0000   Mon, 06 Jan 2025 09:00:00 +0000\
         KubeletHasSufficientPID      kubelet has sufficient PID available
        Ready            True    Mon, 06 Jan 2025 09:10:00 +0000   Mon, 06 Jan 2025 09:00:08 +0000\
         KubeletReady                 kubelet is posting ready status
      Addresses:
        InternalIP:  172.18.0.2
        Hostname:    node1
      Capacity:
        cpu:                4
        ephemeral-storage:  100Gi
        example.com/gpu:    2
        hugepages-2Mi:      0
        memory:             8Gi
        pods:               110
      Allocatable:
        cpu:                4
        ephemeral-storage:  100Gi
        example.com/gpu:    2
        hugepages-2Mi:      0
        memory:             8Gi
        pods:               110
      System Info:
        Machine ID:                 8a9f
        System UUID:                8a9f-uuid
        Boot ID:                    b00t
        Kernel Version:             6.8.0-45-generic
        OS Image:                   Debian GNU/Linux 12 (bookworm)
        Operating System:           linux
        Architecture:               amd64
        Container Runtime Version:  containerd://1.7.18
        Kubelet Version:            v1.34.0
      PodCIDR:                      10.244.0.0/24
      PodCIDRs:                     10.244.0.0/24
      ProviderID:                   kind://docker/kind/node1
      Non-terminated Pods:          (3 in total)
        Namespace                   Name           CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
        ---------                   ----           ------------  ----------  ---------------  -------------  ---
        default                     batch          1 (25%)       0 (0%)      0 (0%)           0 (0%)         60m
        default                     web-1          250m (6%)     500m (12%)  256Mi (3%)       512Mi (6%)     60m
        kube-system                 coredns-abc    100m (2%)     0 (0%)      70Mi (0%)        170Mi (2%)     60m
      Allocated resources:
        (Total limits may be over 100 percent, i.e., overcommitted.)
        Resource           Requests     Limits
        --------           --------     ------
        cpu                1350m (33%)  500m (12%)
        memory             326Mi (3%)   682Mi (8%)
        ephemeral-storage  0 (0%)       0 (0%)
        hugepages-2Mi      0 (0%)       0 (0%)
        example.com/gpu    1            1
      Events:
        Type    Reason          Age   From             Message
        ----    ------          ----  ----             -------
        Normal  Starting        60m   kubelet          Starting kubelet.
        Normal  RegisteredNode  60m   node-controller  Node node1 event: Registered Node node1 in Controller
        Normal  NodeReady       59m   kubelet          Node node1 status is now: NodeReady

      """)
  }

  @Test func leaseRenewalStopsWhenTheKubeletFails() throws {
    var sim = Simulation.withoutControllers()
    try sim.cluster.create(Self.node())
    F.advance(&sim, to: 95)
    #expect(sim.run("node fail node1").errors.isEmpty)
    F.advance(&sim, to: 400)

    let page = sim.run("describe node node1").output
    #expect(
      page.contains(
        """
        Unschedulable:      false
        Lease:
          HolderIdentity:  node1
          AcquireTime:     <unset>
          RenewTime:       Mon, 06 Jan 2025 09:01:30 +0000
        Conditions:
        """))
  }
}
