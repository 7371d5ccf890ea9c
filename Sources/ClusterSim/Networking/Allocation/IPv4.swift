/// An IPv4 address as a 32-bit number, for the service address ranges (`net/netip` in upstream's allocators).
public struct IPv4: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var value: UInt32

  public init(_ value: UInt32) { self.value = value }

  /// Parses dotted-quad text (`10.96.0.1`); nil for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    var value: UInt32 = 0
    for part in parts {
      guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), let octet = UInt32(part), octet <= 255
      else { return nil }
      value = value << 8 | octet
    }
    self.value = value
  }

  public var description: String {
    "\(value >> 24).\(value >> 16 & 255).\(value >> 8 & 255).\(value & 255)"
  }

  public static func < (lhs: IPv4, rhs: IPv4) -> Bool { lhs.value < rhs.value }

  /// The reverse-lookup name CoreDNS answers PTR queries for (`1.0.96.10.in-addr.arpa`).
  public var reverseName: String {
    "\(value & 255).\(value >> 8 & 255).\(value >> 16 & 255).\(value >> 24).in-addr.arpa"
  }
}

/// An IPv4 network in CIDR form (`10.96.0.0/12`).
public struct IPv4Network: Hashable, Sendable, CustomStringConvertible {
  public var base: IPv4
  public var prefixLength: Int

  public init?(_ text: String) {
    let parts = text.split(separator: "/")
    guard parts.count == 2, let address = IPv4(String(parts[0])), let length = Int(parts[1]), (0...32).contains(length)
    else { return nil }
    let mask: UInt32 = length == 0 ? 0 : ~UInt32(0) << (32 - length)
    base = IPv4(address.value & mask)
    prefixLength = length
  }

  public var description: String { "\(base)/\(prefixLength)" }

  /// Every address of the network, the network and broadcast addresses included.
  public var size: UInt64 { UInt64(1) << UInt64(32 - prefixLength) }

  public func contains(_ address: IPv4) -> Bool {
    UInt64(address.value) >= UInt64(base.value) && UInt64(address.value) < UInt64(base.value) + size
  }
}
