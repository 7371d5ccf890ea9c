/// Go's `ParseQuantity` (`pkg/api/resource/quantity.go`), computed exactly on decimal digits.
///
/// Go parses with an `int64` fast path and falls back to `inf.Dec` for everything else. The value is the same either
/// way, so this parser computes it once, exactly, from the digit string; it only needs to know which path Go would
/// take for the two things that depend on it: whether a number without digits is an error (`ErrNumeric` on the
/// `inf.Dec` path only, so `Ki` is 0 but `Ei` is an error) and whether Go keeps the input text for printing.
enum QuantityParser {
  /// The pieces Go's `parseQuantityString` splits a quantity into.
  struct Scanned {
    var positive = true
    /// Whether the number part has any digit (Go's `value` can be parsed by `inf.Dec.SetString`).
    var hasDigits = false
    /// The integer digits without leading zeros; empty where Go substitutes "0".
    var numerator: ArraySlice<UInt8> = []
    var denominator: ArraySlice<UInt8> = []
    var suffix: ArraySlice<UInt8> = []
  }

  static func parse(_ text: String) throws(QuantityError) -> Quantity {
    let bytes = Array(text.utf8)
    if bytes.isEmpty { throw QuantityError(text: text, kind: .formatWrong) }
    if text == "0" { return .zero }
    guard let scanned = scan(bytes) else { throw QuantityError(text: text, kind: .formatWrong) }
    guard let (base, exponent, format) = try interpret(scanned.suffix, text: text) else {
      throw QuantityError(text: text, kind: .suffix)
    }

    let numeratorLength = max(scanned.numerator.count, 1)
    let denominatorLength = scanned.denominator.count
    let goFastPath: Bool
    if base == 10 {
      goFastPath = numeratorLength + denominatorLength <= 18 && exponent - denominatorLength >= -9
    } else {
      goFastPath = denominatorLength == 0 && 15 - numeratorLength - exponent * 3 / 10 - 1 >= 0
    }
    if !goFastPath && !scanned.hasDigits { throw QuantityError(text: text, kind: .numeric) }

    var quantity = try exactValue(scanned, base: base, exponent: exponent, format: format, text: text)
    if goFastPath && keepsText(scanned, base: base, exponent: exponent) && text != quantity.canonicalDescription {
      quantity.retainedText = text
    }
    return quantity
  }

  /// Go's `parseQuantityString`: `[+-]`, digits, optional `.` and digits, then suffix letters from
  /// `eEinumkKMGTP`, an optional sign and digits. Returns nil for Go's `ErrFormatWrong`.
  static func scan(_ bytes: [UInt8]) -> Scanned? {
    var result = Scanned()
    let end = bytes.count
    var position = 0
    if bytes[0] == UInt8(ascii: "-") {
      result.positive = false
      position = 1
    } else if bytes[0] == UInt8(ascii: "+") {
      position = 1
    }
    let zerosStart = position
    while position < end && bytes[position] == UInt8(ascii: "0") { position += 1 }
    if position >= end {
      // Only a sign and zeros, or nothing at all after the sign: Go reads it as "0".
      result.hasDigits = true
      return result
    }
    if position > zerosStart { result.hasDigits = true }

    let numeratorStart = position
    while position < end && isDigit(bytes[position]) { position += 1 }
    result.numerator = bytes[numeratorStart..<position]
    if !result.numerator.isEmpty { result.hasDigits = true }
    if position >= end { return result }

    if bytes[position] == UInt8(ascii: ".") {
      position += 1
      let denominatorStart = position
      while position < end && isDigit(bytes[position]) { position += 1 }
      result.denominator = bytes[denominatorStart..<position]
      if !result.denominator.isEmpty { result.hasDigits = true }
      if position >= end { return result }
    }

    let suffixStart = position
    while position < end && isSuffixLetter(bytes[position]) { position += 1 }
    if position < end && (bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+")) {
      position += 1
    }
    while position < end && isDigit(bytes[position]) { position += 1 }
    guard position >= end else { return nil }
    result.suffix = bytes[suffixStart..<end]
    return result
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  static func isSuffixLetter(_ byte: UInt8) -> Bool { "eEinumkKMGTP".utf8.contains(byte) }

  /// Go's `suffixer.interpret`: the suffix tables first, then a decimal exponent `e<int>`/`E<int>`.
  /// Returns nil for Go's `ErrSuffix`.
  static func interpret(
    _ suffix: ArraySlice<UInt8>, text: String
  ) throws(QuantityError) -> (base: Int, exponent: Int, format: Quantity.Format)? {
    switch String(decoding: suffix, as: UTF8.self) {
    case "": return (10, 0, .decimalSI)
    case "n": return (10, -9, .decimalSI)
    case "u": return (10, -6, .decimalSI)
    case "m": return (10, -3, .decimalSI)
    case "k": return (10, 3, .decimalSI)
    case "M": return (10, 6, .decimalSI)
    case "G": return (10, 9, .decimalSI)
    case "T": return (10, 12, .decimalSI)
    case "P": return (10, 15, .decimalSI)
    case "E": return (10, 18, .decimalSI)
    case "Ki": return (2, 10, .binarySI)
    case "Mi": return (2, 20, .binarySI)
    case "Gi": return (2, 30, .binarySI)
    case "Ti": return (2, 40, .binarySI)
    case "Pi": return (2, 50, .binarySI)
    case "Ei": return (2, 60, .binarySI)
    default: break
    }
    guard suffix.count > 1, suffix.first == UInt8(ascii: "e") || suffix.first == UInt8(ascii: "E"),
      let exponent = Int64(String(decoding: suffix.dropFirst(), as: UTF8.self))
    else { return nil }
    // Go truncates the exponent to 32 bits without a word; refuse it instead.
    guard let exponent32 = Int32(exactly: exponent) else { throw QuantityError(text: text, kind: .outOfRange) }
    return (10, Int(exponent32), .decimalExponent)
  }

  /// Go's test for reusing the input as the printed form: in canonical shape already (decimal: a scale that is a
  /// multiple of 3 and no run of `000` or leading zero in the digits; binary: a numerator not divisible by 8).
  /// Go does not look at the sign or at leading zeros, so `+1` and `01` keep their text.
  static func keepsText(_ scanned: Scanned, base: Int, exponent: Int) -> Bool {
    if base == 2 {
      let numerator = scanned.numerator.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
      return exponent % 10 == 0 && numerator & 7 != 0
    }
    let shifted: [UInt8] =
      (scanned.numerator.isEmpty ? [UInt8(ascii: "0")] : Array(scanned.numerator)) + scanned.denominator
    let scale = exponent - scanned.denominator.count
    return scale % 3 == 0 && !shifted.suffix(3).elementsEqual("000".utf8) && shifted[0] != UInt8(ascii: "0")
  }

  /// The exact value, then Go's adjustments: a non-zero value is rounded up (away from zero) to nano, a binary
  /// value is capped at 2^63-1 and a binary value strictly between 0 and 1 is printed in decimal SI.
  static func exactValue(
    _ scanned: Scanned, base: Int, exponent: Int, format: Quantity.Format, text: String
  ) throws(QuantityError) -> Quantity {
    var digits = (scanned.numerator + scanned.denominator).map { $0 - UInt8(ascii: "0") }
    var decimalExponent = (base == 10 ? exponent : 0) - scanned.denominator.count
    if base == 2 { multiply(&digits, byPowerOfTwo: exponent) }
    guard let first = digits.firstIndex(where: { $0 != 0 }) else {
      return Quantity(significand: 0, exponent: 0, format: format)
    }
    digits.removeFirst(first)
    roundUpToNano(&digits, exponent: &decimalExponent)
    while digits.last == 0 {
      digits.removeLast()
      decimalExponent += 1
    }

    var format = format
    var magnitude: UInt64
    if format == .binarySI && exceedsInt64(digits, exponent: decimalExponent) {
      magnitude = QuantityParts.int64Limit
      decimalExponent = 0
    } else {
      if format == .binarySI && digits.count + decimalExponent <= 0 { format = .decimalSI }
      (magnitude, decimalExponent) = fit(digits, exponent: decimalExponent)
    }
    guard let exponent32 = Int32(exactly: decimalExponent) else {
      throw QuantityError(text: text, kind: .outOfRange)
    }
    let significand = scanned.positive ? Int64(magnitude) : -Int64(magnitude)
    return Quantity(significand: significand, exponent: exponent32, format: format)
  }

  /// Multiplies decimal digits (most significant first) by 2^power, a multiple of 10.
  static func multiply(_ digits: inout [UInt8], byPowerOfTwo power: Int) {
    var littleEndian = Array(digits.reversed())
    for _ in 0..<(power / 10) {
      var carry: UInt32 = 0
      for index in littleEndian.indices {
        let product = UInt32(littleEndian[index]) * 1024 + carry
        littleEndian[index] = UInt8(product % 10)
        carry = product / 10
      }
      while carry > 0 {
        littleEndian.append(UInt8(carry % 10))
        carry /= 10
      }
    }
    digits = littleEndian.reversed()
  }

  /// Go rounds any non-zero value finer than nano up to the next nano, away from zero (`inf.RoundUp`).
  static func roundUpToNano(_ digits: inout [UInt8], exponent: inout Int) {
    guard exponent < -9 else { return }
    let drop = -9 - exponent
    exponent = -9
    if drop >= digits.count {
      digits = [1]
      return
    }
    let inexact = digits[(digits.count - drop)...].contains { $0 != 0 }
    digits.removeLast(drop)
    if inexact { increment(&digits) }
  }

  static func increment(_ digits: inout [UInt8]) {
    var index = digits.count - 1
    while index >= 0 {
      if digits[index] < 9 {
        digits[index] += 1
        return
      }
      digits[index] = 0
      index -= 1
    }
    digits.insert(1, at: 0)
  }

  /// Whether `digits × 10^exponent` is above 2^63-1 (Go's `maxAllowed`).
  static func exceedsInt64(_ digits: [UInt8], exponent: Int) -> Bool {
    let integerDigits = digits.count + exponent
    if integerDigits != 19 { return integerDigits > 19 }
    var integer: UInt64 = 0
    for index in 0..<19 { integer = integer * 10 + UInt64(index < digits.count ? digits[index] : 0) }
    let hasFraction = digits.count > 19
    return integer > QuantityParts.int64Limit || (integer == QuantityParts.int64Limit && hasFraction)
  }

  /// The nearest significand (rounded up, away from zero) of at most 19 digits that fits an `Int64`.
  static func fit(_ digits: [UInt8], exponent: Int) -> (UInt64, Int) {
    var count = min(digits.count, 19)
    while true {
      var value: UInt64 = 0
      for digit in digits[..<count] { value = value * 10 + UInt64(digit) }
      if digits[count...].contains(where: { $0 != 0 }) { value += 1 }
      if value <= QuantityParts.int64Limit { return (value, exponent + digits.count - count) }
      count -= 1
    }
  }
}
