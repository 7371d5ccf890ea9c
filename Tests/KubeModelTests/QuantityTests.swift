import Foundation
import Testing

@testable import KubeModel

/// Expected values follow apimachinery's `Quantity.String()`, `ParseQuantity` and their tests in
/// `pkg/api/resource/quantity_test.go`.
struct QuantityTests {
  @Test(
    "prints as kubectl does",
    arguments: [
      ("100m", "100m"), ("0.5", "500m"), ("2", "2"), ("1.5", "1500m"), ("1000m", "1"), ("512Mi", "512Mi"),
      ("1.5Gi", "1536Mi"), ("1G", "1G"), ("1e3", "1e3"), ("129M", "129M"), ("1024", "1024"), ("0", "0"),
      ("1Ki", "1Ki"), ("0.5Ki", "512"), ("1E", "1E"), ("1e-3", "1e-3"), ("12e6", "12e6"), ("1000", "1k"),
      ("1.5k", "1500"), ("0.1", "100m"), ("0.0001", "100u"), ("1n", "1n"), ("250m", "250m"), ("2000m", "2"),
      ("1024Ki", "1Mi"), ("8Ki", "8Ki"), ("3072Ki", "3Mi"), ("1536Ki", "1536Ki"), ("1024Mi", "1Gi"),
      ("10Ti", "10Ti"), ("100Ti", "100Ti"), ("1Pi", "1Pi"), ("7Ei", "7Ei"), ("12E", "12E"), ("50k", "50k"),
      ("-0.5", "-500m"), ("-100m", "-100m"), ("-1Ki", "-1Ki"), ("-2048", "-2048"), (".001", "1m"),
      ("1.", "1."), ("1.G", "1.G"), ("0.001", "1m"), ("1.2e3", "1200"), ("1.3E+6", "1300e3"), ("1.40e9", "1400e6"),
      ("1.53E12", "1530e9"), ("100.035k", "100.035k"), ("10.035M", "10.035M"), ("7.123456M", "7.123456M"),
      ("6.987654321G", "6.987654321G"), ("2.5P", "2500T"), ("1.01E", "1010P"), ("1e0", "1e0"), ("1000e3", "1e6"),
      ("100e3", "100e3"), ("10e3", "10e3"), ("0.5e-1", "50e-3"),
    ])
  func canonicalForms(input: String, printed: String) throws {
    #expect(try Quantity(parsing: input).description == printed)
  }

  @Test(
    "rounds values finer than nano up, as ParseQuantity does",
    arguments: [
      ("3.001n", "4n"), ("1.1E-9", "2e-9"), ("0.0000000001", "1n"), ("0.0000000005", "1n"), ("0.5e-9", "1e-9"),
      ("0.9n", "1n"), ("0.00000012345", "124n"), ("0.00000012354", "124n"), ("0.000000000001Ki", "2n"),
      ("-0.9n", "-1n"), ("1e-20", "1e-9"),
    ])
  func nanoRounding(input: String, printed: String) throws {
    #expect(try Quantity(parsing: input).description == printed)
  }

  @Test(
    "binary values that are fractional or below 1024 print in decimal SI",
    arguments: [
      ("100.035Ki", "102435840m"), ("0.05Gi", "53687091200m"), ("0.5Mi", "512Ki"), ("0.025Ti", "27487790694400m"),
      ("1023", "1023"), ("1.5Ki", "1536"), ("1.0001Ki", "1024102400u"),
    ])
  func binaryFallsBackToDecimal(input: String, printed: String) throws {
    #expect(try Quantity(parsing: input).description == printed)
  }

  @Test(
    "keeps the text where Go's parser keeps it",
    arguments: [
      ("+1", "+1", "1"), ("01", "01", "1"), ("1.500", "1.500", "1500m"), ("1.234k", "1.234k", "1234"),
      ("+1Ki", "+1Ki", "1Ki"), ("007Ki", "007Ki", "7Ki"), ("1e03", "1e03", "1e3"), ("1E3", "1E3", "1e3"),
      ("1e+3", "1e+3", "1e3"), ("12.345e3", "12.345e3", "12345"), ("+100m", "+100m", "100m"), ("1.", "1.", "1"),
      ("100.035k", "100.035k", "100035"), ("10.035M", "10.035M", "10035k"),
    ])
  func retainedText(input: String, printed: String, canonical: String) throws {
    let quantity = try Quantity(parsing: input)
    #expect(quantity.description == printed)
    #expect(quantity.canonicalDescription == canonical)
    #expect((quantity + .zero).description == canonical, "arithmetic drops the kept text, as Go clears its cache")
  }

  @Test(
    "parses what Go's ParseQuantity accepts into the right value and format",
    arguments: [
      ("0", 0, Quantity.Format.decimalSI), ("0Ki", 0, .binarySI), ("0n", 0, .decimalSI), ("0e3", 0, .decimalExponent),
      ("-", 0, .decimalSI), ("+", 0, .decimalSI), (".", 0, .decimalSI), ("-.", 0, .decimalSI), ("Ki", 0, .binarySI),
      ("m", 0, .decimalSI), ("Ti", 0, .binarySI), ("000", 0, .decimalSI), ("1", 1000, .decimalSI),
      ("5n", 1, .decimalSI), ("4u", 1, .decimalSI), ("3m", 3, .decimalSI), ("8k", 8_000_000, .decimalSI),
      ("1Ki", 1_024_000, .binarySI), ("1E-3", 1, .decimalExponent), ("1e3", 1_000_000, .decimalExponent),
      ("0.5Mi", 524_288_000, .binarySI), ("-1.5", -1500, .decimalSI),
    ])
  func parsedValues(input: String, milli: Int64, format: Quantity.Format) throws {
    let quantity = try Quantity(parsing: input)
    #expect(quantity.milliValue == milli)
    #expect(quantity.format == format)
  }

  @Test(
    "rejects what Go's ParseQuantity rejects, with Go's error",
    arguments: [
      ("", QuantityError.Kind.formatWrong), ("abc", .formatWrong), ("1.5.3Gi", .formatWrong), ("1.5Gix", .formatWrong),
      ("1.1.M", .formatWrong), ("1+1.0M", .formatWrong), ("0.1am", .formatWrong), ("aoeu", .formatWrong),
      (" 1", .formatWrong), ("1 ", .formatWrong), ("1KiB", .formatWrong), ("1Kb", .formatWrong), ("--1", .suffix),
      ("1e3.5", .formatWrong), ("١", .formatWrong), ("0.1mi", .suffix), (".5i", .suffix), ("1i", .suffix),
      ("-3.01i", .suffix), ("-3.01e-", .suffix), ("1e", .suffix), ("1k3", .suffix), ("1Ee3", .suffix),
      ("1mm", .suffix), ("1e99999999999999999999", .suffix), ("Ei", .numeric), ("Pi", .numeric),
      ("e-10", .numeric), (".Ei", .numeric), ("1e99999999999", .outOfRange), ("1e-2147483649", .outOfRange),
    ])
  func parseErrors(input: String, kind: QuantityError.Kind) {
    #expect(throws: QuantityError(text: input, kind: kind)) { try Quantity(parsing: input) }
  }

  @Test func errorMessagesAreGos() {
    #expect(
      QuantityError(text: "x", kind: .formatWrong).description
        == "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
    #expect(QuantityError(text: "x", kind: .suffix).description == "unable to parse quantity's suffix")
    #expect(QuantityError(text: "x", kind: .numeric).description == "unable to parse numeric part of quantity")
  }

  @Test(
    "caps binary values at 2^63-1 as Go does, and keeps decimal ones",
    arguments: [
      ("8Ei", "9223372036854775807"), ("9Ei", "9223372036854775807"),
      ("9223372036854775807Ki", "9223372036854775807"), ("99999999999999999999Ei", "9223372036854775807"),
      ("-9Ei", "-9223372036854775807"), ("7.5Ei", "7680Pi"), ("9223372036854775807", "9223372036854775807"),
      ("100E", "100E"), ("1000E", "1e21"), ("12345678901234567890000", "12345678901234567890k"), ("1e30", "1e30"),
    ])
  func largeValues(input: String, printed: String) throws {
    #expect(try Quantity(parsing: input).description == printed)
  }

  @Test(
    "rounds up what needs more than 19 significant digits",
    arguments: [
      ("18446744073709551616", "18446744073709551620"), ("10000000000.000000001", "10000000000000000010n"),
    ])
  func beyondNineteenDigits(input: String, printed: String) throws {
    #expect(try Quantity(parsing: input).description == printed)
  }

  @Test(
    "milliValue and value round up away from zero",
    arguments: [
      ("1.1m", 2, 1), ("100m", 100, 1), ("1", 1000, 1), ("1.5", 1500, 2), ("1Ki", 1_024_000, 1024), ("1n", 1, 1),
      ("-1.1m", -2, -1), ("-1.5", -1500, -2), ("0", 0, 0), ("999m", 999, 1), ("1Gi", 1_073_741_824_000, 1_073_741_824),
      ("0.5Ki", 512_000, 512), ("1e-3", 1, 1), ("9Ei", Int64.max, Int64.max), ("1e30", Int64.max, Int64.max),
      ("-1e30", Int64.min, Int64.min), ("8E", Int64.max, 8_000_000_000_000_000_000),
    ] as [(String, Int64, Int64)])
  func rounding(input: String, milli: Int64, value: Int64) throws {
    let quantity = try Quantity(parsing: input)
    #expect(quantity.milliValue == milli)
    #expect(quantity.value == value)
  }

  @Test(
    "compares values across formats",
    arguments: [
      ("1Gi", "1G", 1), ("1k", "1000", 0), ("1Ki", "1024", 0), ("1000m", "1", 0), ("100m", "1", -1), ("-1", "0", -1),
      ("1e-3", "1m", 0), ("1E", "999P", 1), ("9Ei", "1E", 1), ("10000T", "100Gi", 1), ("0", "0Ki", 0),
      ("-1Ki", "-1k", -1), ("1n", "0", 1), ("999999999999999999", "1E", -1), ("1e30", "1e29", 1),
      ("50m", "100m", -1), ("-2", "-1500m", -1),
    ])
  func comparisons(lhs: String, rhs: String, order: Int) throws {
    let left = try Quantity(parsing: lhs)
    let right = try Quantity(parsing: rhs)
    #expect((left < right) == (order < 0))
    #expect((left == right) == (order == 0))
    #expect((left > right) == (order > 0))
    if order == 0 { #expect(left.hashValue == right.hashValue) }
  }

  @Test func equalValuesCollapseInSets() throws {
    let quantities: Set<Quantity> = [
      try Quantity(parsing: "1Ki"), try Quantity(parsing: "1024"), .bytes(1024), try Quantity(parsing: "1024000m"),
    ]
    #expect(quantities.count == 1)
  }

  @Test(
    "adds and subtracts like Go's Add and Sub",
    arguments: [
      ("100Mi", "+", "100Mi", "200Mi"), ("1Gi", "-", "512Mi", "512Mi"), ("1", "-", "1500m", "-500m"),
      ("0", "+", "1Gi", "1Gi"), ("1Gi", "+", "0", "1Gi"), ("0", "-", "1Gi", "-1Gi"), ("100m", "+", "0", "100m"),
      ("0", "+", "100m", "100m"), ("100m", "+", "1Gi", "1073741824100m"), ("1Gi", "+", "100m", "1073741824100m"),
      ("250m", "+", "750m", "1"), ("1", "-", "1", "0"), ("1e3", "+", "1e3", "2e3"), ("1n", "+", "1", "1000000001n"),
      ("1Ki", "-", "2Ki", "-1Ki"), ("500m", "-", "1", "-500m"),
    ])
  func addition(lhs: String, operation: String, rhs: String, result: String) throws {
    let left = try Quantity(parsing: lhs)
    let right = try Quantity(parsing: rhs)
    let computed = operation == "+" ? left + right : left - right
    #expect(computed.description == result)
  }

  @Test func arithmeticBeyondInt64RoundsInsteadOfTrapping() throws {
    let huge = Quantity(value: .max, format: .decimalSI)
    let sum = huge + Quantity(value: 1, format: .decimalSI)
    #expect(sum.description == "9223372036854775810")
    #expect(sum > huge)
    #expect((Quantity(value: .min, format: .decimalSI) - Quantity(value: 1, format: .decimalSI)).value == .min)
    #expect((-Quantity(value: .min, format: .decimalSI)).value == .max)
    #expect((-Quantity.bytes(.min)).description == "9223372036854775810")
    #expect(Quantity.bytes(.min).description == "-8Ei")
    let precise = try Quantity(parsing: "1Ti") + Quantity(parsing: "1n")
    #expect(precise.description == "1099511627776000001u")
    #expect(precise > (try Quantity(parsing: "1Ti")))
    let tiny = try Quantity(parsing: "1e30") - Quantity(parsing: "1n")
    #expect(tiny == (try Quantity(parsing: "1e30")), "rounded away from zero to 19 digits")
    #expect((try Quantity(parsing: "1e30") + Quantity(parsing: "1n")) > (try Quantity(parsing: "1e30")))
    #expect((huge * 3).description == "27670116110564327430")
  }

  @Test func multiplication() throws {
    #expect((Quantity.cpu(milli: 500) * 3).description == "1500m")
    #expect((Quantity.bytes(1024) * 4).description == "4Ki")
    #expect((3 * (try Quantity(parsing: "100Mi"))).description == "300Mi")
    #expect((try Quantity(parsing: "1.5Gi") * -2).description == "-3Gi")
    #expect((try Quantity(parsing: "1Gi") * 0).description == "0")
  }

  @Test func sums() throws {
    let parts = try ["100m", "200m", "700m"].map { try Quantity(parsing: $0) }
    #expect(Quantity.sum(parts).description == "1")
    #expect(Quantity.sum([Quantity]()).description == "0")
    let memory = try ["256Mi", "256Mi", "512Mi"].map { try Quantity(parsing: $0) }
    #expect(Quantity.sum(memory).description == "1Gi")
    var total = Quantity.zero
    total += .cpu(milli: 1500)
    total -= .cpu(milli: 500)
    #expect(total.description == "1")
  }

  @Test func constructors() {
    #expect(Quantity.cpu(milli: 250).description == "250m")
    #expect(Quantity.cpu(milli: 2000).description == "2")
    #expect(Quantity.bytes(512 * 1024 * 1024).description == "512Mi")
    #expect(Quantity.bytes(1000).description == "1k", "Go prints binary values below 1024 in decimal SI")
    #expect(Quantity.bytes(2000).description == "2000")
    #expect(Quantity(milli: 1500, format: .binarySI).description == "1500m")
    #expect(Quantity(milli: 2_048_000, format: .binarySI).description == "2Ki")
    #expect(Quantity(milli: 2_048_500, format: .binarySI).description == "2048500m")
    #expect(Quantity(value: 5000, format: .decimalExponent).description == "5e3")
    #expect(Quantity.zero.isZero)
    #expect(Quantity.zero.description == "0")
    #expect(!Quantity.cpu(milli: 1).isZero)
  }

  @Test func changingTheFormatReprints() throws {
    var quantity = try Quantity(parsing: "1.500")
    quantity.format = .decimalExponent
    #expect(quantity.description == "1500e-3")
    quantity.format = .binarySI
    #expect(quantity.description == "1500m")
  }

  @Test func approximateDouble() throws {
    #expect(try Quantity(parsing: "100m").asApproximateDouble == 0.1)
    #expect(try Quantity(parsing: "1.5Gi").asApproximateDouble == 1_610_612_736)
    #expect(try Quantity(parsing: "1e-3").asApproximateDouble == 0.001)
    #expect(try Quantity(parsing: "-2.5").asApproximateDouble == -2.5)
    #expect(try Quantity(parsing: "1E").asApproximateDouble == 1e18)
    #expect(Quantity.zero.asApproximateDouble == 0)
  }

  @Test func scaledValue() throws {
    let quantity = try Quantity(parsing: "1.5Gi")
    #expect(quantity.scaledValue(scale: 6) == 1611)
    #expect(quantity.scaledValue(scale: -9) == 1_610_612_736_000_000_000)
    #expect(try Quantity(parsing: "1n").scaledValue(scale: 30) == 1)
  }
}

struct QuantityCodingTests {
  struct Wrapper: Codable, Equatable {
    var quantity: Quantity
  }

  func decode(_ json: String) throws -> Quantity {
    try JSONDecoder().decode(Wrapper.self, from: Data(json.utf8)).quantity
  }

  @Test(
    "decodes strings and numbers",
    arguments: [
      (#"{"quantity":"100m"}"#, "100m"), (#"{"quantity":0.5}"#, "500m"), (#"{"quantity":2}"#, "2"),
      (#"{"quantity":null}"#, "0"), (#"{"quantity":" 1Gi "}"#, "1Gi"), (#"{"quantity":1000}"#, "1k"),
      (#"{"quantity":1e20}"#, "100E"), (#"{"quantity":0.00001}"#, "10u"),
      (#"{"quantity":1e21}"#, "1e+21"), (#"{"quantity":1e-7}"#, "100e-9"), (#"{"quantity":2.5e-6}"#, "2500n"),
      (#"{"quantity":-1.5}"#, "-1500m"),
      (#"{"quantity":"1.500"}"#, "1.500"),
    ])
  func decoding(json: String, printed: String) throws {
    #expect(try decode(json).description == printed)
  }

  @Test func malformedQuantityIsDataCorrupted() {
    do {
      _ = try decode(#"{"quantity":"abc"}"#)
      Issue.record("expected an error")
    } catch DecodingError.dataCorrupted(let context) {
      #expect(context.debugDescription == "Invalid value: \"abc\": " + QuantityError(text: "abc").description)
    } catch {
      Issue.record("unexpected error \(error)")
    }
    #expect(throws: DecodingError.self) { try decode(#"{"quantity":true}"#) }
    #expect(throws: DecodingError.self) { try decode(#"{"quantity":"1.5.3Gi"}"#) }
  }

  /// Byte units written the usual way get a hint naming the Kubernetes spelling.
  @Test(arguments: [
    ("512MB", " (write 512M or 512Mi: Kubernetes units have no B)"),
    ("2GiB", " (write 2Gi: Kubernetes units have no B)"),
    ("1kb", " (write 1k or 1Ki: Kubernetes units have no B)"), ("10B", ""), ("abc", ""),
  ])
  func byteUnitsGetAHint(text: String, hint: String) {
    #expect(Quantity.hint(for: text) == hint)
  }

  @Test func encodesTheCanonicalString() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = try encoder.encode(Wrapper(quantity: try Quantity(parsing: "1.5Gi")))
    #expect(String(decoding: data, as: UTF8.self) == #"{"quantity":"1536Mi"}"#)
    let roundTrip = try JSONDecoder().decode(Wrapper.self, from: data)
    #expect(roundTrip.quantity.description == "1536Mi")
    #expect(roundTrip.quantity.format == .binarySI)
  }

  @Test func formatUsesGoNames() throws {
    let data = try JSONEncoder().encode([Quantity.Format.decimalSI, .binarySI, .decimalExponent])
    #expect(String(decoding: data, as: UTF8.self) == #"["DecimalSI","BinarySI","DecimalExponent"]"#)
  }
}

struct GoJSONNumberTextTests {
  @Test(
    "formats doubles as Go's encoding/json does",
    arguments: [
      (0.5, "0.5"), (1000.0, "1000"), (1e20, "100000000000000000000"), (1e21, "1e+21"), (1e-7, "1e-7"),
      (1.5e-7, "1.5e-7"), (123.456, "123.456"), (0.000001, "0.000001"), (-2.5, "-2.5"), (0.0, "0"),
      (1.7976931348623157e308, "1.7976931348623157e+308"), (1e-10, "1e-10"),
      (12345678.9, "12345678.9"), (0.1, "0.1"),
    ])
  func goText(value: Double, text: String) {
    #expect(value.goJSONText == text)
  }

  @Test func nonFiniteHasNoText() {
    #expect(Double.infinity.goJSONText == nil)
    #expect(Double.nan.goJSONText == nil)
  }
}
