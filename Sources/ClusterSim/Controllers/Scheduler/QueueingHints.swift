import KubeModel

/// A change in the cluster that may let pods waiting as unschedulable fit (upstream `fwk.ClusterEvent`).
enum SchedulingEvent {
  case nodeAdded(Node)
  case nodeUpdated(old: Node, new: Node)
  /// A pod bound to a node was deleted or finished, freeing what it took.
  case assignedPodRemoved(PodRequests)
  /// A PersistentVolumeClaim was bound (VolumeBinding's PVC event).
  case claimChanged
}

/// Upstream's queueing hints: a waiting pod is moved back to the active queue when one of the plugins that
/// rejected it says the event may help (`isPodWorthRequeuing`). A pod no plugin rejected (there were no nodes)
/// is moved by any event.
enum QueueingHints {
  /// Upstream `nodeSchedulingPropertiesChange`, for what the simulated plugins look at: `spec.unschedulable`,
  /// allocatable resources, labels and taints. Other node updates, heartbeats among them, are no event at all.
  static func nodeUpdateMatters(old: Node, new: Node) -> Bool {
    old.spec.unschedulable != new.spec.unschedulable || old.status.allocatable != new.status.allocatable
      || old.metadata.labels != new.metadata.labels || old.spec.taints != new.spec.taints
  }

  static func worthRequeuing(_ pod: PodRequirements, rejectors: FilterPlugins, after event: SchedulingEvent) -> Bool {
    if rejectors.isEmpty { return true }
    switch event {
    case .nodeAdded(let node):
      return rejectors.contains(.nodeUnschedulable) && !node.spec.unschedulable
        || rejectors.contains(.taintToleration) && pod.firstUntoleratedHardTaint(node.spec.taints) == nil
        || rejectors.contains(.nodeAffinity) && matchesAffinity(pod, node)
        || rejectors.contains(.nodePorts)
        || rejectors.contains(.nodeResourcesFit) && fitsEmptyNode(pod, NodeAllocatable(node))
    case .nodeUpdated(let old, let new):
      return rejectors.contains(.nodeUnschedulable) && old.spec.unschedulable && !new.spec.unschedulable
        || rejectors.contains(.taintToleration) && pod.firstUntoleratedHardTaint(old.spec.taints) != nil
          && pod.firstUntoleratedHardTaint(new.spec.taints) == nil
        || rejectors.contains(.nodeAffinity) && !matchesAffinity(pod, old) && matchesAffinity(pod, new)
        || rejectors.contains(.nodeResourcesFit)
          && resourcesGrew(pod, old: NodeAllocatable(old), new: NodeAllocatable(new))
    case .assignedPodRemoved(let removed):
      // NodeResourcesFit: any bound pod's deletion may free room. NodePorts: only one that held a wanted port.
      return rejectors.contains(.nodeResourcesFit)
        || rejectors.contains(.nodePorts) && !pod.portsFit(removed.hostPorts)
    case .claimChanged:
      return rejectors.contains(.volumeBinding)
    }
  }

  private static func matchesAffinity(_ pod: PodRequirements, _ node: Node) -> Bool {
    pod.constraints.matches(labels: node.metadata.labels, name: node.metadata.name)
  }

  /// NodeResourcesFit's `isFit` (against the node with no pods): room for one pod, and no request above the
  /// node's allocatable.
  static func fitsEmptyNode(_ pod: PodRequirements, _ node: NodeAllocatable) -> Bool {
    if node.pods < 1 { return false }
    let request = pod.resources.requests.native
    if request.milliCPU > node.native.milliCPU || request.memory > node.native.memory
      || request.ephemeralStorage > node.native.ephemeralStorage
    {
      return false
    }
    for (name, value) in pod.resources.requests.scalars where value > node.scalars[name, default: 0] { return false }
    return true
  }

  /// NodeResourcesFit's node-update hint: the pod fits the updated node, and the node's allocatable grew for a
  /// resource the pod requests, or for pods (`haveAnyRequestedResourcesIncreased`).
  static func resourcesGrew(_ pod: PodRequirements, old: NodeAllocatable, new: NodeAllocatable) -> Bool {
    guard fitsEmptyNode(pod, new) else { return false }
    if new.pods > old.pods { return true }
    let request = pod.resources.requests.native
    if request.milliCPU > 0 && new.native.milliCPU > old.native.milliCPU { return true }
    if request.memory > 0 && new.native.memory > old.native.memory { return true }
    if request.ephemeralStorage > 0 && new.native.ephemeralStorage > old.native.ephemeralStorage { return true }
    for (name, value) in pod.resources.requests.scalars
    where value > 0 && new.scalars[name, default: 0] > old.scalars[name, default: 0] {
      return true
    }
    return false
  }
}
