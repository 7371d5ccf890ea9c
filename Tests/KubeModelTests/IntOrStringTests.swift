import Foundation
import Testing

@testable import KubeModel

/// Expected values follow upstream's `intstr.GetScaledValueFromIntOrPercent` and `intstr_test.go`.
struct IntOrStringTests {
  @Test(
    "scales percentages and passes integers through",
    arguments: [
      (IntOrString.string("25%"), 10, 3, 2), (.string("0%"), 10, 0, 0), (.string("100%"), 7, 7, 7),
      (.int(5), 10, 5, 5), (.int(-3), 10, -3, -3), (.string("50%"), 3, 2, 1), (.string("-10%"), 10, -1, -1),
      (.string("33%"), 100, 33, 33), (.string("1%"), 1, 1, 0), (.string("150%"), 4, 6, 6), (.string("+20%"), 9, 2, 1),
      (.string("90%"), 0, 0, 0), (.string("007%"), 100, 7, 7),
    ])
  func scaling(value: IntOrString, total: Int, up: Int, down: Int) throws {
    #expect(try value.scaledValue(total: total, roundUp: true) == up)
    #expect(try value.scaledValue(total: total, roundUp: false) == down)
  }

  @Test(
    "rejects what is not an integer or a percentage, with upstream's message",
    arguments: [
      ("abc", "invalid value for IntOrString: invalid type: string is not a percentage"),
      ("25", "invalid value for IntOrString: invalid type: string is not a percentage"),
      ("", "invalid value for IntOrString: invalid type: string is not a percentage"),
      (
        "abc%",
        "invalid value for IntOrString: invalid value \"abc%\": strconv.Atoi: parsing \"abc\": invalid syntax"
      ),
      ("%", "invalid value for IntOrString: invalid value \"%\": strconv.Atoi: parsing \"\": invalid syntax"),
      (
        "10%%",
        "invalid value for IntOrString: invalid value \"10%%\": strconv.Atoi: parsing \"10%\": invalid syntax"
      ),
      (
        " 25%",
        "invalid value for IntOrString: invalid value \" 25%\": strconv.Atoi: parsing \" 25\": invalid syntax"
      ),
      (
        "2.5%",
        "invalid value for IntOrString: invalid value \"2.5%\": strconv.Atoi: parsing \"2.5\": invalid syntax"
      ),
      (
        "99999999999999999999%",
        "invalid value for IntOrString: invalid value \"99999999999999999999%\": strconv.Atoi: parsing "
          + "\"99999999999999999999\": value out of range"
      ),
    ])
  func errors(text: String, message: String) {
    #expect(throws: IntOrStringError(message)) {
      try IntOrString.string(text).scaledValue(total: 10, roundUp: true)
    }
  }

  @Test func hugePercentagesSaturate() throws {
    #expect(try IntOrString.string("9000000000000000000%").scaledValue(total: 1000, roundUp: true) == .max)
    #expect(try IntOrString.string("-9000000000000000000%").scaledValue(total: 1000, roundUp: false) == .min)
  }

  @Test(
    "parses like intstr.Parse",
    arguments: [
      ("80", IntOrString.int(80)), ("http", .string("http")), ("-5", .int(-5)), ("+5", .int(5)),
      ("2147483647", .int(2_147_483_647)), ("2147483648", .string("2147483648")), ("25%", .string("25%")),
      ("", .string("")), (" 1", .string(" 1")),
    ])
  func parsing(text: String, value: IntOrString) {
    #expect(IntOrString(parsing: text) == value)
  }

  @Test func descriptionAndIntValue() {
    #expect(IntOrString.int(8080).description == "8080")
    #expect(IntOrString.string("25%").description == "25%")
    #expect(IntOrString.int(3).intValue == 3)
    #expect(IntOrString.string("42").intValue == 42)
    #expect(IntOrString.string("http").intValue == 0)
  }

  struct Wrapper: Codable, Equatable {
    var value: IntOrString
  }

  @Test(
    "decodes an integer or a string",
    arguments: [
      (#"{"value":8080}"#, IntOrString.int(8080)), (#"{"value":"25%"}"#, .string("25%")),
      (#"{"value":"80"}"#, .string("80")), (#"{"value":null}"#, .int(0)), (#"{"value":-1}"#, .int(-1)),
      (#"{"value":"http"}"#, .string("http")),
    ])
  func decoding(json: String, value: IntOrString) throws {
    #expect(try JSONDecoder().decode(Wrapper.self, from: Data(json.utf8)).value == value)
  }

  @Test(arguments: [#"{"value":1.5}"#, #"{"value":3000000000}"#, #"{"value":true}"#, #"{"value":[1]}"#])
  func rejectsOtherJSON(json: String) {
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Wrapper.self, from: Data(json.utf8)) }
  }

  @Test func encodesTheInnerType() throws {
    let encoder = JSONEncoder()
    let ints = try encoder.encode([Wrapper(value: .int(3)), Wrapper(value: .string("25%"))])
    #expect(String(decoding: ints, as: UTF8.self) == #"[{"value":3},{"value":"25%"}]"#)
  }
}
