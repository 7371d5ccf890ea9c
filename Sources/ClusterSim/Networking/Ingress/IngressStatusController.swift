import KubeModel

/// The part of ingress-nginx the API shows: it notes each Ingress of its class as it changes (`Sync` /
/// `Scheduled for sync`) and, at its next status sync, publishes its own address in the Ingress's status (the
/// ADDRESS column), noting the Ingress again. Routing itself is done by ``IngressRouting`` when a request
/// arrives.
enum IngressStatusController: Controller {
  static let id = ControllerID.ingress
  static let reporter = EventReporter("nginx-ingress-controller")
  /// How long until the controller's status sync publishes its address.
  static let statusDelay = SimDuration.seconds(10)

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    guard var ingress = cluster.store.ingresses[key], !ingress.metadata.isBeingDeleted,
      IngressClasses.isServedBySimulatedController(ingress, in: cluster)
    else {
      cluster.serviceNetwork.ingressStatusDue[key] = nil
      return
    }
    let due = cluster.serviceNetwork.ingressStatusDue[key]
    if let due, due <= cluster.now, ingress.status.loadBalancer.ingress.isEmpty {
      cluster.serviceNetwork.ingressStatusDue[key] = nil
      let address = LoadBalancerPool.ingressControllerAddress.description
      ingress.status.loadBalancer.ingress = [LoadBalancerIngress(ip: address)]
      cluster.write(ingress)
      cluster.recordEvent(ingress, reason: "Sync", message: "Scheduled for sync", from: reporter)
      return
    }
    if let due, due > cluster.now { return }
    cluster.recordEvent(ingress, reason: "Sync", message: "Scheduled for sync", from: reporter)
    if ingress.status.loadBalancer.ingress.isEmpty {
      cluster.serviceNetwork.ingressStatusDue[key] = cluster.now + statusDelay
      cluster.enqueue(.ingress, key, after: statusDelay)
    }
  }
}
