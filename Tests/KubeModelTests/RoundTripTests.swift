import KubeModel
import Testing

/// YAML and JSON written by the writers read back as the same value.
@Suite struct RoundTripTests {
  static let trickyStrings = [
    "", " ", "80", "0755", "0x1F", "1e3", "1_000", ".5", "-", "- x", "yes", "No", "y", "n", "on", "~", "null", "true",
    "2024-01-01", "2025-01-06T09:00:00Z", "12:30", "*/5 * * * *", "@hourly", "a: b", "a #b", "#c", "'q'", "\"dq\"",
    "{a}", "[b]", "&anchor", "*alias", "!tag", "%x", "|", ">", "`", "---", "...", " lead", "trail ", "a\nb",
    "a\n", "a\n\n", "\n", "  indented\nblock", "tab\there", "cr\rhere", "trailing space \nline", "é中😀", "\u{2028}",
    "\u{85}", "\u{FEFF}x", "\u{7F}", "\u{1}", "\\", "C:\\path", "key=value", "a,b", "?x", ":x", "x:", "http://x/y?z#w",
    String(repeating: "long words that need folding ", count: 8), "\(String(repeating: "x", count: 100)) tail",
  ]

  static func readBack(_ text: String) throws -> JSONValue {
    let node = try #require(try ManifestReader.documents(in: text, file: "rt").first?.node)
    return ManifestDecoder().decodeValue(from: node)
  }

  @Test(arguments: trickyStrings)
  func stringsSurviveYAMLAndJSON(_ text: String) throws {
    let object: JSONValue = .object([
      "value": .string(text), "list": .array([.string(text)]), "key": .object([text: .int(1)]),
    ])
    #expect(try Self.readBack(YAMLWriter.write(object)) == object)
    #expect(try Self.readBack(JSONWriter.write(object)) == object)
  }

  @Test func numbersSurviveAsJSONWouldCarryThem() throws {
    let object: JSONValue = .object([
      "ints": .array([.int(0), .int(-1), .int(Int64.max), .int(Int64.min)]),
      "doubles": .array([.double(0.5), .double(1e21), .double(-2.5e-7), .double(123_456.789)]),
      "bools": .array([.bool(true), .bool(false), .null]),
    ])
    #expect(try Self.readBack(YAMLWriter.write(object)) == object)
    #expect(try Self.readBack(JSONWriter.write(object)) == object)
    // An integral double travels as an integer, as it does through kubectl.
    #expect(try Self.readBack(YAMLWriter.write(.object(["d": .double(2)]))) == .object(["d": .int(2)]))
  }

  @Test func nestedStructuresSurvive() throws {
    let object = try YAMLWriterTests.value(
      #"{"a":[[],{},[{}],{"b":[[1,[2]],{"c":{"d":[]}}]}],"e":{"f":{"g":{"h":"deep"}}},"k":[null,"",0]}"#)
    #expect(try Self.readBack(YAMLWriter.write(object)) == object)
    #expect(try Self.readBack(JSONWriter.write(object)) == object)
  }
}
