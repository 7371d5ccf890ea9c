import ClusterSim
import KubeModel

/// What the pods bound to a node request against what it can allocate: the Nodes pane's bars.
public struct NodeUsage: Hashable, Sendable {
  public var cpuRequestedMilli: Int64
  public var cpuAllocatableMilli: Int64
  public var memoryRequested: Int64
  public var memoryAllocatable: Int64
  public var pods: Int
  public var podCapacity: Int

  /// The scheduler's running totals when it has them (no pods read), else the sum over the node's pods.
  public init(node: Node, in cluster: ClusterState) {
    guard let allocation = cluster.nodeAllocation(node.metadata.name) else {
      self.init(summing: node, in: cluster)
      return
    }
    self.init(
      cpuRequestedMilli: allocation.requestedMilliCPU, cpuAllocatableMilli: allocation.allocatableMilliCPU,
      memoryRequested: allocation.requestedMemory, memoryAllocatable: allocation.allocatableMemory,
      pods: Int(allocation.podCount), podCapacity: Int(allocation.allowedPodCount))
  }

  public init(
    cpuRequestedMilli: Int64, cpuAllocatableMilli: Int64, memoryRequested: Int64, memoryAllocatable: Int64, pods: Int,
    podCapacity: Int
  ) {
    self.cpuRequestedMilli = cpuRequestedMilli
    self.cpuAllocatableMilli = cpuAllocatableMilli
    self.memoryRequested = memoryRequested
    self.memoryAllocatable = memoryAllocatable
    self.pods = pods
    self.podCapacity = podCapacity
  }

  /// Sums the requests of the node's pods that still hold resources (not Succeeded or Failed), as the scheduler
  /// and `kubectl describe node` count them.
  public init(summing node: Node, in cluster: ClusterState) {
    var cpu: Int64 = 0
    var memory: Int64 = 0
    var pods = 0
    for key in cluster.store.pods.keys(onNode: node.metadata.name) {
      guard let pod = cluster.store.pods[key] else { continue }
      if pod.status.phase == "Succeeded" || pod.status.phase == "Failed" { continue }
      pods += 1
      for container in pod.spec.containers {
        cpu += container.resources.requests["cpu"]?.milliValue ?? 0
        memory += container.resources.requests["memory"]?.value ?? 0
      }
    }
    let allocatable = node.status.allocatable.isEmpty ? node.status.capacity : node.status.allocatable
    cpuRequestedMilli = cpu
    cpuAllocatableMilli = allocatable["cpu"]?.milliValue ?? 0
    memoryRequested = memory
    memoryAllocatable = allocatable["memory"]?.value ?? 0
    self.pods = pods
    podCapacity = Int(allocatable["pods"]?.value ?? 0)
  }

  /// A fraction from 0 to 1 (more when overcommitted), or nil when the node reports nothing allocatable.
  public static func fraction(_ used: Int64, of total: Int64) -> Double? {
    total > 0 ? Double(used) / Double(total) : nil
  }
}
