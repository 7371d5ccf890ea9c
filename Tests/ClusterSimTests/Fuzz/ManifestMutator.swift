/// Damages manifests the ways hands and editors do: a byte changed, a range deleted or repeated, a line moved,
/// a value of the wrong type, indentation shifted. Every choice comes from the generator, so a case is replayed
/// from its seed.
enum ManifestMutator {
  enum Mutation: CaseIterable {
    case flipByte, deleteRange, duplicateRange, deleteLine, duplicateLine, swapType, shiftIndent, spliceLine
    case truncate
  }

  /// Bytes the YAML grammar cares about, and some it does not expect.
  static let interestingBytes: [UInt8] =
    Array(":-{}[],&*!|>'\"%@`# \t\n\r0123456789.".utf8) + [0x00, 0x07, 0x7F, 0xC3, 0xE2, 0xFF, 0xEF, 0xBB, 0xBF]

  /// Values of every type a field might wrongly get.
  static let replacementValues = [
    "\"three\"", "true", "null", "~", "[1, 2]", "{a: b}", "-1", "0", "99999999999999999999", "3000000000", "1.5",
    "1.5.3Gi", "512MB", "1e400", "\"\"", "''", "yes", "0x1F", "0o17", "2025-01-06", ".inf", "-.nan", "*alias",
    "&anchor x", "!!binary aGVsbG8=", "|", ">-", "'unterminated", "\"unterminated", "${UNSET_VARIABLE}", "$HOME",
    "\"a\\u0000b\"", "\"😀\"", "[", "{",
  ]

  static func mutate(_ input: [UInt8], corpus: [[UInt8]], using random: inout SeededGenerator) -> ([UInt8], String) {
    var bytes = input
    var applied: [String] = []
    // Mostly one mutation, so that many cases still load and reach the controllers.
    let count = random.chance(0.6) ? 1 : random.chance(0.75) ? 2 : 3
    for _ in 0..<count {
      let mutation = random.pick(Mutation.allCases)
      bytes = apply(mutation, to: bytes, corpus: corpus, using: &random)
      applied.append("\(mutation)")
    }
    return (bytes, applied.joined(separator: "+"))
  }

  static func apply(
    _ mutation: Mutation, to input: [UInt8], corpus: [[UInt8]], using random: inout SeededGenerator
  ) -> [UInt8] {
    var bytes = input
    guard !bytes.isEmpty else { return Array(random.pick(replacementValues).utf8) }
    let position = Int.random(in: 0..<bytes.count, using: &random)
    switch mutation {
    case .flipByte:
      bytes[position] = random.chance(0.7) ? random.pick(interestingBytes) : UInt8.random(in: 0...255, using: &random)
    case .deleteRange:
      let end = min(bytes.count, position + Int.random(in: 1...24, using: &random))
      bytes.removeSubrange(position..<end)
    case .duplicateRange:
      let end = min(bytes.count, position + Int.random(in: 1...40, using: &random))
      let target = Int.random(in: 0...bytes.count, using: &random)
      bytes.insert(contentsOf: Array(bytes[position..<end]), at: target)
    case .deleteLine, .duplicateLine, .shiftIndent, .spliceLine, .swapType:
      var lines = split(bytes)
      let index = Int.random(in: 0..<lines.count, using: &random)
      switch mutation {
      case .deleteLine: lines.remove(at: index)
      case .duplicateLine: lines.insert(lines[index], at: Int.random(in: 0...lines.count, using: &random))
      case .shiftIndent:
        let count = Int.random(in: 1...4, using: &random)
        for line in index..<min(lines.count, index + Int.random(in: 1...6, using: &random)) {
          if random.chance(0.5) {
            lines[line].insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: count), at: 0)
          } else {
            lines[line].removeFirst(min(count, lines[line].prefix { $0 == UInt8(ascii: " ") }.count))
          }
        }
      case .spliceLine:
        let other = split(random.pick(corpus))
        lines.insert(random.pick(other), at: index)
      default:
        lines[index] = swapType(lines[index], using: &random)
      }
      bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    case .truncate:
      bytes.removeSubrange(position...)
    }
    return bytes
  }

  /// `key: value` becomes `key: <a value of another type>`; a list item `- value` likewise.
  static func swapType(_ line: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
    let replacement = Array(random.pick(replacementValues).utf8)
    if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
      return Array(line[...colon]) + [UInt8(ascii: " ")] + replacement
    }
    if let dash = line.firstIndex(of: UInt8(ascii: "-")) {
      return Array(line[...dash]) + [UInt8(ascii: " ")] + replacement
    }
    return line + replacement
  }

  static func split(_ bytes: [UInt8]) -> [[UInt8]] {
    bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
  }
}
