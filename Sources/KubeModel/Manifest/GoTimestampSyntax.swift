/// Whether text parses with one of go-yaml v2's timestamp layouts, following Go's `time.Parse` rules: a 4-digit
/// year, one- or two-digit month, day, hour, minute and second, an optional fraction, and `Z` or `±hh:mm`.
///
/// Only the writer needs this: go-yaml quotes such strings (`creationTimestamp: "2025-01-06T09:00:00Z"`) because,
/// unquoted, they would read back as timestamps.
struct GoTimestampSyntax {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var matches: Bool {
    // go-yaml's quick check: exactly four digits, then '-'.
    var digitCount = 0
    while digitCount < bytes.count, ScalarResolver.isDigit(bytes[digitCount]) { digitCount += 1 }
    guard digitCount == 4, digitCount < bytes.count, bytes[4] == UInt8(ascii: "-") else { return false }
    var parser = self
    return parser.parse()
  }

  private mutating func parse() -> Bool {
    guard let year = fixedNumber(digits: 4), literal("-"), let month = number(), literal("-"), let day = number(),
      (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year)
    else { return false }
    if index == bytes.count { return true }
    let separator = bytes[index]
    index += 1
    let spaceSeparated = separator == UInt8(ascii: " ")
    guard spaceSeparated || separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") else { return false }
    if spaceSeparated { while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 } }
    guard let hour = number(), hour < 24, literal(":"), let minute = number(), minute < 60, literal(":"),
      let second = number(), second < 60
    else { return false }
    skipFraction()
    if spaceSeparated { return index == bytes.count }
    return zone() && index == bytes.count
  }

  private mutating func literal(_ character: Unicode.Scalar) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
    index += 1
    return true
  }

  /// Go's `getnum(value, false)`: one digit, or two when a second follows.
  private mutating func number() -> Int? {
    guard index < bytes.count, ScalarResolver.isDigit(bytes[index]) else { return nil }
    var value = Int(bytes[index] - UInt8(ascii: "0"))
    index += 1
    if index < bytes.count, ScalarResolver.isDigit(bytes[index]) {
      value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
      index += 1
    }
    return value
  }

  private mutating func fixedNumber(digits: Int) -> Int? {
    guard index + digits <= bytes.count else { return nil }
    var value = 0
    for _ in 0..<digits {
      guard ScalarResolver.isDigit(bytes[index]) else { return nil }
      value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
      index += 1
    }
    return value
  }

  /// `.999999999`: optional; a '.' or ',' followed by any number of digits.
  private mutating func skipFraction() {
    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ","),
      ScalarResolver.isDigit(bytes[index + 1])
    else { return }
    index += 1
    while index < bytes.count, ScalarResolver.isDigit(bytes[index]) { index += 1 }
  }

  /// `Z07:00`: `Z`, or a sign and `hh:mm` with hours up to 24 and minutes up to 60 as Go allows.
  private mutating func zone() -> Bool {
    if literal("Z") { return true }
    guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
      bytes[index + 3] == UInt8(ascii: ":")
    else { return false }
    index += 1
    guard let hours = fixedNumber(digits: 2), literal(":"), let minutes = fixedNumber(digits: 2) else { return false }
    return hours <= 24 && minutes <= 60
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
