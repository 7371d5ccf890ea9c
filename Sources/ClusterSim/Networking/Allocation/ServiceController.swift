import KubeModel

/// The cloud provider's service controller (`k8s.io/cloud-provider/controllers/service`), with a simulated cloud:
/// a Service of type LoadBalancer shows `<pending>` while its load balancer is provisioned, then gets an external
/// address; one that stops being a LoadBalancer gives its address back. Events as upstream records them
/// (`EnsuringLoadBalancer`, `EnsuredLoadBalancer`, `DeletingLoadBalancer`, `DeletedLoadBalancer`,
/// `SyncLoadBalancerFailed`; the `Type` event is recorded by ``ServiceWatchers``).
enum ServiceController: Controller {
  static let id = ControllerID.service
  /// How long the simulated cloud takes to provision a load balancer.
  static let provisioningTime = SimDuration.seconds(5)

  static func sync(_ key: ObjectKey, in cluster: inout ClusterState) {
    cluster.prepareServiceNetwork()
    guard var service = cluster.store.services[key], !service.metadata.isBeingDeleted else {
      cluster.serviceNetwork.provisioning[key] = nil
      return
    }
    guard service.spec.type == "LoadBalancer" else {
      cluster.serviceNetwork.provisioning[key] = nil
      if !service.status.loadBalancer.ingress.isEmpty {
        cluster.recordEvent(
          service, reason: "DeletingLoadBalancer", message: "Deleting load balancer", from: .serviceController)
        service.status.loadBalancer.ingress = []
        cluster.write(service)
        cluster.recordEvent(
          service, reason: "DeletedLoadBalancer", message: "Deleted load balancer", from: .serviceController)
      }
      return
    }
    guard service.status.loadBalancer.ingress.isEmpty else { return }
    guard let since = cluster.serviceNetwork.provisioning[key] else {
      cluster.serviceNetwork.provisioning[key] = cluster.now
      cluster.recordEvent(
        service, reason: "EnsuringLoadBalancer", message: "Ensuring load balancer", from: .serviceController)
      cluster.enqueue(.service, key, after: provisioningTime)
      return
    }
    guard cluster.now >= since + provisioningTime else {
      cluster.enqueue(.service, key, at: since + provisioningTime)
      return
    }
    switch LoadBalancerPool.address(for: service, in: cluster.serviceNetwork.allocations) {
    case .failure(let failure):
      cluster.recordEvent(
        service, type: "Warning", reason: "SyncLoadBalancerFailed", message: "Error syncing load balancer: \(failure)",
        from: .serviceController)
      cluster.serviceNetwork.provisioning[key] = cluster.now
      cluster.enqueue(.service, key, after: .seconds(60))
    case .success(let address):
      cluster.serviceNetwork.provisioning[key] = nil
      var ingress = LoadBalancerIngress(ip: address.description)
      ingress.ipMode = "VIP"
      service.status.loadBalancer.ingress = [ingress]
      cluster.write(service)
      cluster.recordEvent(
        service, reason: "EnsuredLoadBalancer", message: "Ensured load balancer", from: .serviceController)
    }
  }
}
