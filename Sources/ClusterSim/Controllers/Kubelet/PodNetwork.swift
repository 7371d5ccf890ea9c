import KubeModel

/// Pod addresses: each node gets a /24 from the cluster's pod range (`10.244.N.0/24`, as kubeadm with flannel or
/// kind hands them out; nodes past the 256th take ranges from 100.64.0.0/10), and the kubelet gives each pod the
/// next free address of its node's range.
public struct PodNetwork: Hashable, Sendable, Codable {
  var nextNodeIndex = 0
  var nodeIndex: [String: Int] = [:]
  var usedAddresses: [String: Set<Int>] = [:]
  var nextAddress: [String: Int] = [:]

  public init() {}

  /// The pod CIDR of a node, assigned on first use.
  mutating func podCIDR(for node: String) -> String {
    "\(prefix(for: node)).0/24"
  }

  func existingPrefix(for node: String) -> String? {
    nodeIndex[node].map(Self.prefix(index:))
  }

  mutating func prefix(for node: String) -> String {
    if let index = nodeIndex[node] { return Self.prefix(index: index) }
    let index = nextNodeIndex
    nextNodeIndex += 1
    nodeIndex[node] = index
    return Self.prefix(index: index)
  }

  static func prefix(index: Int) -> String {
    if index < 256 { return "10.244.\(index)" }
    let rest = index - 256
    return "100.\(64 + rest / 256 % 64).\(rest % 256)"
  }

  /// The next free host address (`.2` to `.254`; `.1` is the node's bridge).
  mutating func allocate(on node: String) -> String {
    let prefix = prefix(for: node)
    var used = usedAddresses[node] ?? []
    var candidate = nextAddress[node] ?? 2
    for _ in 0..<253 {
      if !used.contains(candidate) { break }
      candidate = candidate >= 254 ? 2 : candidate + 1
    }
    used.insert(candidate)
    usedAddresses[node] = used
    nextAddress[node] = candidate >= 254 ? 2 : candidate + 1
    return "\(prefix).\(candidate)"
  }

  mutating func release(_ address: String, on node: String) {
    guard let host = address.split(separator: ".").last.flatMap({ Int($0) }) else { return }
    usedAddresses[node]?.remove(host)
  }
}

extension ClusterState {
  mutating func allocatePodIP(onNode node: String) -> String { podNetwork.allocate(on: node) }
  mutating func releasePodIP(_ address: String, onNode node: String) { podNetwork.release(address, on: node) }

  func imagePresent(_ image: String, onNode node: String) -> Bool { nodeImages[node]?.contains(image) ?? false }
  mutating func markImagePresent(_ image: String, onNode node: String) { nodeImages[node, default: []].insert(image) }

  /// An image's digest reference, made once per image so every container of it shares the same string.
  mutating func imageID(of image: String) -> String {
    if let known = imageIDs[image] { return known }
    let id = ImageNames.imageID(image)
    imageIDs[image] = id
    return id
  }
}
