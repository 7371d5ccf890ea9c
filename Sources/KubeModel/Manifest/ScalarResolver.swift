/// Resolves YAML scalars to types exactly as go-yaml v2 does (`resolve.go`), because that is what kubectl uses
/// (through sigs.k8s.io/yaml) to turn a manifest into JSON before the apiserver decodes it.
///
/// YAML 1.1 rules apply: `yes`/`no`/`on`/`off`/`y`/`n` are booleans, `0755` is octal, `0x1F` hexadecimal,
/// `1_000` an integer, `1e3` a float. Timestamps such as `2024-01-01` stay strings when decoded (go-yaml v2 hands
/// them to untyped targets as strings) but still count as "not a plain string" when deciding whether to quote.
enum ScalarResolver {
  /// The meaning of a plain (unquoted, untagged) scalar.
  static func resolvePlain(_ text: String) -> ResolvedScalar {
    // Most keys and values start with a letter that no typed scalar starts with.
    if let first = text.utf8.first, !mayStartTypedScalar(first) { return .string(text) }
    var contiguous = text
    return contiguous.withUTF8 { bytes in resolvePlain(bytes) } ?? .string(text)
  }

  /// The meaning of a scalar with an explicit tag; the reader has already rejected tags whose text does not fit.
  static func resolve(_ text: String, explicitTag tag: String) -> ResolvedScalar {
    switch tag {
    case "!!null", "!!bool", "!!int":
      return resolvePlain(text)
    case "!!float":
      switch resolvePlain(text) {
      case .int(let value): return .float(Double(value))
      case .unsignedInt(let value): return .float(Double(value))
      case let other: return other
      }
    default:
      return .string(text)
    }
  }

  /// Whether `tag` is a standard scalar tag whose text must resolve to that type, and if so, whether it does.
  static func textFits(_ text: String, tag: String) -> Bool {
    switch (tag, resolvePlain(text)) {
    case ("!!null", .null), ("!!bool", .bool), ("!!int", .int), ("!!int", .unsignedInt): return true
    case ("!!float", .float), ("!!float", .int), ("!!float", .unsignedInt): return true
    case ("!!null", _), ("!!bool", _), ("!!int", _), ("!!float", _): return false
    default: return true
    }
  }

  /// Whether go-yaml v2 would print `text` without quotes: it must resolve to a string when read back, and must
  /// not look like a YAML 1.1 sexagesimal number (`12:30`). Whether its characters allow plain style is decided
  /// separately by the emitter.
  static func isPlainString(_ text: String) -> Bool {
    var contiguous = text
    return contiguous.withUTF8 { bytes in
      resolvePlain(bytes) == nil && !isTimestamp(bytes) && !isBase60Float(bytes)
    }
  }

  // MARK: - Resolution

  /// nil when the scalar is a plain string.
  private static func resolvePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> ResolvedScalar? {
    guard let first = bytes.first else { return .null }
    switch first {
    case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
      UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
      UInt8(ascii: "~"):
      return fixedWord(bytes)
    case UInt8(ascii: "."):
      if let word = fixedWord(bytes) { return word }
      return isGoFloatSyntax(bytes) ? parseFloat(bytes) : nil
    case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      if let word = fixedWord(bytes) { return word }
      return resolveNumber(bytes)
    default:
      return nil
    }
  }

  /// The words go-yaml v2 keeps in its resolve map, by their bytes packed into an integer: every plain key and
  /// many values are looked up here, so no string is built.
  private static func fixedWord(_ bytes: UnsafeBufferPointer<UInt8>) -> ResolvedScalar? {
    guard bytes.count <= 6 else { return nil }
    return fixedWords[packed(bytes)]
  }

  private static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
    bytes.reduce(0) { $0 << 8 | UInt64($1) }
  }

  private static let fixedWords: [UInt64: ResolvedScalar] = {
    let words: [(ResolvedScalar, [String])] = [
      (.bool(true), ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]),
      (.bool(false), ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]),
      (.null, ["~", "null", "Null", "NULL"]),
      (.float(.nan), [".nan", ".NaN", ".NAN"]),
      (.float(.infinity), [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]),
      (.float(-.infinity), ["-.inf", "-.Inf", "-.INF"]),
    ]
    var table: [UInt64: ResolvedScalar] = [:]
    for (value, spellings) in words {
      for spelling in spellings { table[packed(Array(spelling.utf8))] = value }
    }
    return table
  }()

  /// Integers as Go's `strconv.ParseInt(s, 0, 64)` then `ParseUint` read them (underscores removed first), then
  /// floats matching go-yaml's `yamlStyleFloat`.
  private static func resolveNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> ResolvedScalar? {
    func resolve(_ plain: UnsafeBufferPointer<UInt8>) -> ResolvedScalar? {
      if let value = GoIntegerSyntax.parseSigned(plain) { return .int(value) }
      if let value = GoIntegerSyntax.parseUnsigned(plain) { return .unsignedInt(value) }
      if isGoFloatSyntax(plain) { return parseFloat(plain) }
      return nil
    }
    guard bytes.contains(UInt8(ascii: "_")) else { return resolve(bytes) }
    return bytes.filter { $0 != UInt8(ascii: "_") }.withUnsafeBufferPointer(resolve)
  }

  private static func parseFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> ResolvedScalar? {
    // Go's ParseFloat fails on overflow (`1e400`), and go-yaml then keeps the text as a string.
    guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
    return .float(value)
  }

  /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
  private static func isGoFloatSyntax(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    func digitRun() -> Int {
      let start = index
      while index < count, isDigit(bytes[index]) { index += 1 }
      return index - start
    }
    if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
    if index < count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digitRun() > 0 else { return false }
    } else {
      guard digitRun() > 0 else { return false }
      if index < count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        _ = digitRun()
      }
    }
    if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digitRun() > 0 else { return false }
    }
    return index == count
  }

  // MARK: - Shapes that only matter for quoting

  /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`: YAML 1.1 base 60 numbers, which go-yaml quotes
  /// on output for the sake of other parsers.
  static func isBase60Float(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || isDigit(first),
      bytes.contains(UInt8(ascii: ":"))
    else { return false }
    var index = first == UInt8(ascii: "+") || first == UInt8(ascii: "-") ? 1 : 0
    let count = bytes.count
    guard index < count, isDigit(bytes[index]) else { return false }
    while index < count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_") { index += 1 }
    var groups = 0
    while index < count, bytes[index] == UInt8(ascii: ":") {
      index += 1
      guard index < count, isDigit(bytes[index]) else { return false }
      if index + 1 < count, isDigit(bytes[index + 1]) {
        guard bytes[index] <= UInt8(ascii: "5") else { return false }
        index += 2
      } else {
        index += 1
      }
      groups += 1
    }
    guard groups > 0 else { return false }
    if index < count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      while index < count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_") { index += 1 }
    }
    return index == count
  }

  /// go-yaml v2's `parseTimestamp`: the layouts `2006-1-2T15:4:5.999999999Z07:00` (also with `t`),
  /// `2006-1-2 15:4:5.999999999` and `2006-1-2`, with Go's `time.Parse` leniency (one- or two-digit fields).
  static func isTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    GoTimestampSyntax(bytes).matches
  }

  /// go-yaml's `resolveTable` hints: signs, digits, `.`, and the first letters of the words in its map.
  private static func mayStartTypedScalar(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
      UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
