import KubeModel

/// The service address and port ranges of the simulated cluster, with upstream's allocation rule for each:
/// a random free value from the upper ("dynamic") band first, then from the lower ("static") band that KEP-3070
/// keeps for values users choose themselves (`ipallocator.allocateNextService`, the bitmap allocator's
/// `randomScanStrategyWithOffset` for node ports).
enum ServiceRanges {
  /// `--service-cluster-ip-range`, kubeadm's default.
  static let clusterIPRange = IPv4Network("10.96.0.0/12")!
  /// `--service-node-port-range`, the default.
  static let nodePorts = 30000...32767

  /// `calculateRangeOffset` of the IP allocator: `min(max(16, size/16), 256)`, 0 for ranges of 16 or fewer.
  static func ipRangeOffset(_ network: IPv4Network) -> UInt64 {
    let size = network.size
    if size <= 16 { return 0 }
    return min(max(16, size / 16), 256)
  }

  /// `calculateRangeOffset` of the port allocator: `min(max(16, size/32), 128)`.
  static func portRangeOffset(_ range: ClosedRange<Int>) -> Int {
    let size = range.count
    if size <= 16 { return 0 }
    return min(max(16, size / 32), 128)
  }

  /// A random free cluster IP: the network and broadcast addresses are never handed out; the first 256 addresses
  /// of a large range (the static band, where `10.96.0.1` and `10.96.0.10` live) only when the rest is full.
  static func nextClusterIP(isTaken: (UInt32) -> Bool, random: inout SeededRandom) -> IPv4? {
    let network = clusterIPRange
    let first = UInt64(network.base.value) + 1
    let last = UInt64(network.base.value) + network.size - 2
    let offset = ipRangeOffset(network)
    let upper = (first + offset)...last
    let taken: (UInt64) -> Bool = { isTaken(UInt32($0)) }
    if let found = scan(upper, isTaken: taken, random: &random) { return IPv4(UInt32(found)) }
    guard offset > 0 else { return nil }
    return scan(first...(first + offset - 1), isTaken: taken, random: &random).map { IPv4(UInt32($0)) }
  }

  /// A random free node port, from the dynamic band first.
  static func nextNodePort(isTaken: (Int) -> Bool, random: inout SeededRandom) -> Int? {
    let offset = portRangeOffset(nodePorts)
    let upper = UInt64(nodePorts.lowerBound + offset)...UInt64(nodePorts.upperBound)
    if let found = scan(upper, isTaken: { isTaken(Int($0)) }, random: &random) { return Int(found) }
    guard offset > 0 else { return nil }
    let lower = UInt64(nodePorts.lowerBound)...UInt64(nodePorts.lowerBound + offset - 1)
    return scan(lower, isTaken: { isTaken(Int($0)) }, random: &random).map { Int($0) }
  }

  /// Upstream's `ipIterator`: from a random start, every value of the range once, wrapping at the end.
  private static func scan(
    _ range: ClosedRange<UInt64>, isTaken: (UInt64) -> Bool, random: inout SeededRandom
  ) -> UInt64? {
    let count = range.upperBound - range.lowerBound + 1
    let start = random.next() % count
    var step: UInt64 = 0
    while step < count {
      let candidate = range.lowerBound + (start + step) % count
      if !isTaken(candidate) { return candidate }
      step += 1
    }
    return nil
  }
}
