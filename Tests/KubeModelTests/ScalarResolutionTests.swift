import KubeModel
import Testing

/// Plain scalars resolve as go-yaml v2 (YAML 1.1) resolves them when kubectl reads a manifest.
@Suite struct ScalarResolutionTests {
  func resolve(_ text: String, _ style: ManifestScalar.Style = .plain, tag: String? = nil) -> ResolvedScalar {
    ManifestScalar(text: text, style: style, tag: tag).resolved
  }

  @Test func nulls() {
    for text in ["", "~", "null", "Null", "NULL"] { #expect(resolve(text) == .null, "\(text)") }
    #expect(resolve("nULL") == .string("nULL"))
  }

  @Test func booleansInTheirYAML11Spellings() {
    for text in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] {
      #expect(resolve(text) == .bool(true), "\(text)")
    }
    for text in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] {
      #expect(resolve(text) == .bool(false), "\(text)")
    }
    for text in ["yEs", "tRUE", "oN", "ye"] { #expect(resolve(text) == .string(text), "\(text)") }
  }

  @Test func integers() {
    let cases: [(String, ResolvedScalar)] = [
      ("0", .int(0)), ("-0", .int(0)), ("42", .int(42)), ("+42", .int(42)), ("-17", .int(-17)), ("0x1F", .int(31)),
      ("0X1f", .int(31)), ("0o17", .int(15)), ("0755", .int(493)), ("0b101", .int(5)), ("-0b11", .int(-3)),
      ("1_000_000", .int(1_000_000)), ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
      ("18446744073709551615", .unsignedInt(.max)), ("08", .float(8)), ("99999999999999999999", .float(1e20)),
    ]
    for (text, expected) in cases { #expect(resolve(text) == expected, "\(text)") }
  }

  @Test func floats() {
    let cases: [(String, ResolvedScalar)] = [
      ("1.5", .float(1.5)), ("-1.5", .float(-1.5)), ("1e3", .float(1000)), ("1E-3", .float(0.001)), (".5", .float(0.5)),
      ("+.5", .float(0.5)), ("1.", .float(1)), ("6.02e+23", .float(6.02e23)), (".inf", .float(.infinity)),
      ("-.Inf", .float(-.infinity)), ("+.INF", .float(.infinity)), ("1_0.5", .float(10.5)),
    ]
    for (text, expected) in cases { #expect(resolve(text) == expected, "\(text)") }
    guard case .float(let nan) = resolve(".NaN") else { return #expect(Bool(false)) }
    #expect(nan.isNaN)
  }

  @Test func everythingElseIsAString() {
    let strings = [
      "1e400", "1.2.3", "0x", "12:30", "2024-01-01", "2025-01-06T09:00:00Z", "<<", "-", "+", ".", "1e", "abc", "0xZ",
    ]
    for text in strings { #expect(resolve(text) == .string(text), "\(text)") }
    // Underscores are dropped before parsing numbers, wherever they are.
    #expect(resolve("1__") == .int(1))
  }

  @Test func quotedBlockAndStrTaggedScalarsAreStrings() {
    #expect(resolve("80", .doubleQuoted) == .string("80"))
    #expect(resolve("yes", .singleQuoted) == .string("yes"))
    #expect(resolve("true", .literal) == .string("true"))
    #expect(resolve("1", .folded) == .string("1"))
    #expect(resolve("80", tag: "!!str") == .string("80"))
    #expect(resolve("3", .doubleQuoted, tag: "!!int") == .int(3))
    #expect(resolve("3", tag: "!!float") == .float(3))
    #expect(resolve("x", tag: "!custom") == .string("x"))
  }
}
