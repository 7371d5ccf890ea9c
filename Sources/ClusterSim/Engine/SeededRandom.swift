/// A seeded pseudo-random generator (SplitMix64): the only source of randomness in the simulation.
///
/// Its whole state is one integer, so a snapshot restores it exactly and the same seed replays the same run.
public struct SeededRandom: RandomNumberGenerator, Hashable, Sendable, Codable {
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

/// Independent random streams, one per purpose, so that (say) an extra uid drawn for an event does not change the
/// names of the pods created after it. Each stream is seeded from the run's seed and the stream's number.
public struct RandomStreams: Hashable, Sendable, Codable {
  /// Pod and object name suffixes (`web-7d9c5b6f8-x2k4z`).
  public var names: SeededRandom
  /// Object uids.
  public var uids: SeededRandom
  /// Timing jitter: image pull times, start-up times.
  public var timing: SeededRandom
  /// Choices among equals: addresses, node picks on score ties.
  public var choices: SeededRandom

  public init(seed: UInt64) {
    var seeder = SeededRandom(seed: seed)
    names = SeededRandom(seed: seeder.next())
    uids = SeededRandom(seed: seeder.next())
    timing = SeededRandom(seed: seeder.next())
    choices = SeededRandom(seed: seeder.next())
  }
}

extension SeededRandom {
  /// The alphabet Kubernetes uses for generated name suffixes (no vowels, no confusable characters),
  /// from apimachinery `pkg/util/rand`.
  public static let nameAlphabet = Array("bcdfghjklmnpqrstvwxz2456789")

  /// A suffix such as `x2k4z`, as `utilrand.String(n)` makes for generateName.
  public mutating func nameSuffix(length: Int = 5) -> String {
    String((0..<length).map { _ in Self.nameAlphabet[Int(next() % UInt64(Self.nameAlphabet.count))] })
  }

  /// A random version-4 UUID, as object uids are.
  public mutating func uuid() -> String {
    let high = next()
    let low = next()
    let hex = Array(String(high, radix: 16).leftPadded(16) + String(low, radix: 16).leftPadded(16))
    var chars = hex
    chars[12] = "4"
    chars[16] = Array("89ab")[Int(low >> 60) & 3]
    let text = String(chars)
    func part(_ from: Int, _ to: Int) -> Substring {
      text[text.index(text.startIndex, offsetBy: from)..<text.index(text.startIndex, offsetBy: to)]
    }
    return "\(part(0, 8))-\(part(8, 12))-\(part(12, 16))-\(part(16, 20))-\(part(20, 32))"
  }

  /// A uniformly random integer in `range`.
  public mutating func int(in range: ClosedRange<Int64>) -> Int64 {
    range.lowerBound + Int64(next() % UInt64(range.upperBound - range.lowerBound + 1))
  }
}

extension String {
  func leftPadded(_ width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
