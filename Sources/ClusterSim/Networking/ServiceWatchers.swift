import KubeModel

/// The informer handlers of service networking: Service changes update the allocations and the selector index
/// and wake the endpoints and load-balancer controllers; pod changes wake the endpoints controller for the
/// Services of the pod's namespace that select it, and only when something an endpoint shows has changed.
enum ServiceWatchers {
  static func serviceChanged(old: Service?, new: Service?, in cluster: inout ClusterState) {
    cluster.prepareServiceNetwork()
    let key = (new ?? old!).key
    if let old { cluster.serviceNetwork.allocations.forget(old) }
    if let new { cluster.serviceNetwork.allocations.record(new) }
    if new == nil || old == nil || cluster.serviceNetwork.selection.selectorChanged(key, to: new!.spec.selector) {
      cluster.serviceNetwork.selection.removeService(key)
      if let new {
        cluster.serviceNetwork.selection.addService(new, pods: cluster.store.pods.list(namespace: key.namespace))
      }
    }
    if old?.spec != new?.spec || old?.metadata.labels != new?.metadata.labels
      || old?.metadata.uid != new?.metadata.uid
    {
      cluster.enqueue(.endpoints, key)
    }
    if old?.spec != new?.spec { cluster.enqueue(.service, key) }
    if let old, let new, (old.spec.type == "LoadBalancer") != (new.spec.type == "LoadBalancer") {
      cluster.recordEvent(
        new, reason: "Type", message: "\(old.spec.type) -> \(new.spec.type)", from: .serviceController)
    }
    if new == nil { cluster.serviceNetwork.traffic.forget(service: key) }
  }

  /// What of a pod its endpoints show; a change elsewhere (a probe that passed again, a restart count) does not
  /// wake the endpoints controller.
  struct EndpointFacts: Equatable {
    var ip: String
    var ready: Bool
    var terminating: Bool
    var phase: String
    var node: String
    var hostname: String
    var subdomain: String

    init(_ pod: Pod) {
      ip = pod.status.podIP
      ready = PodReadiness.isReady(pod)
      terminating = pod.metadata.deletionTimestamp != nil
      phase = pod.status.phase
      node = pod.spec.nodeName
      hostname = pod.spec.hostname
      subdomain = pod.spec.subdomain
    }
  }

  static func podChanged(old: Pod?, new: Pod?, in cluster: inout ClusterState) {
    cluster.prepareServiceNetwork()
    let pod = new ?? old!
    let namespace = pod.metadata.namespace
    var services: [String]
    if let old, let new, old.metadata.labels == new.metadata.labels {
      services = cluster.serviceNetwork.selection.services(selecting: new.metadata.labels, namespace: namespace)
      guard !services.isEmpty, EndpointFacts(old) != EndpointFacts(new) else { return }
    } else {
      let (before, after) = cluster.serviceNetwork.selection.podChanged(old: old, new: new)
      services = Array(Set(before).union(after)).sorted()
    }
    for name in services { cluster.enqueue(.endpoints, ObjectKey(namespace: namespace, name: name)) }
    if new == nil { cluster.podConfig.forget(podUID: pod.metadata.uid) }
  }

  /// Nodes carry the API server's address (the `kubernetes` Service's endpoint) and their zones (slices).
  static func nodeChanged(old: Node?, new: Node?, in cluster: inout ClusterState) {
    let node = new ?? old!
    guard StaticPods.isControlPlane(node) else { return }
    if old?.status.addresses != new?.status.addresses { KubernetesService.reconcileEndpoints(in: &cluster) }
  }
}

extension Service {
  public static func admit(_ service: inout Service, old: Service?, in cluster: inout ClusterState) throws(APIError) {
    try ServiceAdmission.admit(&service, old: old, in: &cluster)
  }

  public static func didChange(old: Service?, new: Service?, in cluster: inout ClusterState) {
    ServiceWatchers.serviceChanged(old: old, new: new, in: &cluster)
  }
}
