import KubeModel

/// The 32-bit FNV-1a hash (Go's `hash/fnv.New32a`), which upstream uses for pod-template hashes.
struct FNV1a {
  private(set) var value: UInt32 = 2_166_136_261

  mutating func feed(_ byte: UInt8) {
    value ^= UInt32(byte)
    value = value &* 16_777_619
  }

  mutating func feed(_ text: String) {
    for byte in text.utf8 { feed(byte) }
  }

  /// Feeds a JSON tree in a canonical form (keys sorted, each value tagged), so equal objects hash equally.
  mutating func feed(_ json: JSONValue) {
    switch json {
    case .null: feed(UInt8(ascii: "n"))
    case .bool(let flag): feed(flag ? UInt8(ascii: "t") : UInt8(ascii: "f"))
    case .int(let number):
      feed(UInt8(ascii: "i"))
      feed(String(number))
    case .double(let number):
      feed(UInt8(ascii: "d"))
      feed(String(number))
    case .string(let text):
      feed(UInt8(ascii: "s"))
      feed(String(text.utf8.count))
      feed(UInt8(ascii: ":"))
      feed(text)
    case .array(let items):
      feed(UInt8(ascii: "["))
      for item in items { feed(item) }
      feed(UInt8(ascii: "]"))
    case .object(let members):
      feed(UInt8(ascii: "{"))
      for key in members.keys.sorted() {
        feed(.string(key))
        feed(members[key]!)
      }
      feed(UInt8(ascii: "}"))
    }
  }
}
