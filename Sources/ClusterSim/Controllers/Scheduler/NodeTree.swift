import KubeModel

/// The order in which the scheduler walks the nodes (upstream `internal/cache/node_tree.go`): nodes grouped by
/// zone, each zone in the order its nodes were added, and the zones interleaved round robin, so that a pass that
/// stops early still sees every zone.
struct NodeTree: Hashable, Sendable {
  /// Zones in the order their first node arrived.
  private(set) var zones: [String] = []
  private var nodesByZone: [String: [String]] = [:]
  private(set) var count = 0

  init() {}

  /// Upstream `utilnode.GetZoneKey`: region and zone from the topology labels (or their deprecated beta names),
  /// or empty when the node has neither.
  static func zoneKey(_ labels: [String: String]) -> String {
    let zone = labels["topology.kubernetes.io/zone"] ?? labels["failure-domain.beta.kubernetes.io/zone"] ?? ""
    let region = labels["topology.kubernetes.io/region"] ?? labels["failure-domain.beta.kubernetes.io/region"] ?? ""
    if region.isEmpty && zone.isEmpty { return "" }
    return region + ":\u{0}:" + zone
  }

  /// Adds a node at the end of its zone (upstream `addNode`). The caller adds each node once.
  mutating func add(_ name: String, zone: String) {
    if nodesByZone[zone] != nil {
      nodesByZone[zone]!.append(name)
    } else {
      zones.append(zone)
      nodesByZone[zone] = [name]
    }
    count += 1
  }

  /// Removes a node, keeping the order of the rest (upstream `removeNode`); an emptied zone goes too.
  mutating func remove(_ name: String, zone: String) {
    guard let index = nodesByZone[zone]?.firstIndex(of: name) else { return }
    nodesByZone[zone]!.remove(at: index)
    count -= 1
    if nodesByZone[zone]!.isEmpty {
      nodesByZone[zone] = nil
      zones.removeAll { $0 == zone }
    }
  }

  /// The nodes of one zone, in the order they were added.
  func nodes(inZone zone: String) -> [String] { nodesByZone[zone] ?? [] }

  /// Upstream `nodeTree.list`: the first node of every zone, then the second of every zone, and so on.
  func list() -> [String] {
    var result: [String] = []
    result.reserveCapacity(count)
    let lists = zones.map { nodesByZone[$0]! }
    var index = 0
    while result.count < count {
      for nodes in lists where index < nodes.count { result.append(nodes[index]) }
      index += 1
    }
    return result
  }
}

extension NodeTree: Codable {
  private struct Zone: Codable {
    var zone: String
    var nodes: [String]
  }

  init(from decoder: any Decoder) throws {
    self.init()
    for zone in try decoder.singleValueContainer().decode([Zone].self) {
      for node in zone.nodes { add(node, zone: zone.zone) }
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(zones.map { Zone(zone: $0, nodes: nodesByZone[$0]!) })
  }
}
