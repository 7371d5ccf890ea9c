import KubeModel

/// The cluster's service networking state, kept in ``ClusterState`` so snapshots and forks carry it.
///
/// Two parts are derived from the store and not saved: the allocations (cluster IPs, node ports, load-balancer
/// addresses) and the endpoints controller's selector index. They are rebuilt from the stored objects before
/// first use after decoding (``ClusterState/prepareServiceNetwork()``). The rest is state of its own: the traffic
/// simulation's round-robin positions and ClientIP affinity records, and the load balancers being provisioned.
public struct ServiceNetwork: Sendable {
  var allocations = ServiceAllocations()
  var selection = ServiceSelectionIndex()
  /// False after decoding, until the derived parts are rebuilt.
  var isBuilt = true
  /// Round-robin positions and ClientIP affinity (the simulated kube-proxy's memory).
  public internal(set) var traffic = TrafficState()
  /// Load balancers the simulated cloud is provisioning: when each was requested.
  var provisioning: [ObjectKey: Timestamp] = [:]
  /// Ingresses whose address the ingress controller publishes at its next status sync: when.
  var ingressStatusDue: [ObjectKey: Timestamp] = [:]

  init() {}
}

extension ServiceNetwork: Codable {
  private enum CodingKeys: String, CodingKey { case traffic, provisioning, ingressStatusDue }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    traffic = try container.decode(TrafficState.self, forKey: .traffic)
    let pending = try container.decode([ProvisioningRecord].self, forKey: .provisioning)
    provisioning = Dictionary(uniqueKeysWithValues: pending.map { ($0.service, $0.since) })
    let due = try container.decode([ProvisioningRecord].self, forKey: .ingressStatusDue)
    ingressStatusDue = Dictionary(uniqueKeysWithValues: due.map { ($0.service, $0.since) })
    isBuilt = false
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(traffic, forKey: .traffic)
    let pending = provisioning.keys.sorted().map { ProvisioningRecord(service: $0, since: provisioning[$0]!) }
    try container.encode(pending, forKey: .provisioning)
    let due = ingressStatusDue.keys.sorted().map { ProvisioningRecord(service: $0, since: ingressStatusDue[$0]!) }
    try container.encode(due, forKey: .ingressStatusDue)
  }

  private struct ProvisioningRecord: Codable {
    var service: ObjectKey
    var since: Timestamp
  }
}

extension ClusterState {
  /// Rebuilds the derived parts of the service network from the store if they came from a decoded snapshot.
  mutating func prepareServiceNetwork() {
    guard !serviceNetwork.isBuilt else { return }
    var allocations = ServiceAllocations()
    var selection = ServiceSelectionIndex()
    for service in store.services.list() {
      allocations.record(service)
      selection.addService(service, pods: [])
    }
    for pod in store.pods.list() { _ = selection.podChanged(old: nil, new: pod) }
    serviceNetwork.allocations = allocations
    serviceNetwork.selection = selection
    serviceNetwork.isBuilt = true
  }
}
