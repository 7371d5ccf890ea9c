/// A quantity's value as sign, magnitude and decimal exponent: `±magnitude × 10^exponent`.
///
/// Working on magnitudes keeps `Int64.min` harmless and lets every operation be computed exactly in 128 bits before
/// it is rounded once, up and away from zero, to fit an `Int64` significand again. Rounding away from zero is the
/// direction Go uses whenever a quantity loses precision (`inf.RoundUp`, `negativeScaleInt64`).
struct QuantityParts: Equatable {
  var negative: Bool
  var magnitude: UInt64
  var exponent: Int

  init(negative: Bool, magnitude: UInt64, exponent: Int) {
    self.negative = negative && magnitude != 0
    self.magnitude = magnitude
    self.exponent = exponent
  }

  init(_ quantity: Quantity) {
    self.init(
      negative: quantity.significand < 0, magnitude: quantity.significand.magnitude,
      exponent: Int(quantity.exponent))
  }

  var negated: QuantityParts { QuantityParts(negative: !negative, magnitude: magnitude, exponent: exponent) }

  /// 10^0 ... 10^19, every power of ten a `UInt64` holds.
  static let powersOfTen: [UInt64] = {
    var powers: [UInt64] = [1]
    for _ in 1...19 { powers.append(powers[powers.count - 1] * 10) }
    return powers
  }()

  static let int64Limit = UInt64(Int64.max)

  /// `value × 10^shift`, or nil when it does not fit a `UInt64`.
  static func scaleUp(_ value: UInt64, by shift: Int) -> UInt64? {
    if value == 0 { return 0 }
    guard shift < powersOfTen.count else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: powersOfTen[shift])
    return overflow ? nil : product
  }

  static func digitCount(_ value: UInt64) -> Int {
    var count = 1
    while count < powersOfTen.count && value >= powersOfTen[count] { count += 1 }
    return count
  }

  /// Rounds an exact 128-bit magnitude up to one that fits an `Int64` significand and builds the quantity.
  static func rounded(negative: Bool, magnitude: WideMagnitude, exponent: Int) -> QuantityParts {
    var magnitude = magnitude
    var exponent = exponent
    var inexact = false
    while magnitude > WideMagnitude(int64Limit) {
      if magnitude.divideByTen() != 0 { inexact = true }
      exponent += 1
    }
    if inexact && magnitude == WideMagnitude(int64Limit) {
      // Rounding up would overflow: drop one more digit (it is not zero, so the result stays inexact).
      _ = magnitude.divideByTen()
      exponent += 1
    }
    return QuantityParts(negative: negative, magnitude: magnitude.low + (inexact ? 1 : 0), exponent: exponent)
  }

  /// The quantity with this value, printed in `format`.
  func quantity(format: Quantity.Format) -> Quantity {
    let significand: Int64
    if magnitude <= Self.int64Limit {
      significand = negative ? -Int64(magnitude) : Int64(magnitude)
    } else if negative && magnitude == Int64.min.magnitude {
      significand = .min
    } else {
      // Only `-Int64.min` gets here: round it like any other value that does not fit.
      return Self.rounded(negative: negative, magnitude: WideMagnitude(magnitude), exponent: exponent)
        .quantity(format: format)
    }
    let exponent = Int32(clamping: magnitude == 0 ? 0 : exponent)
    return Quantity(significand: significand, exponent: exponent, format: format)
  }

  /// Compares two values exactly (Go's `Cmp`): -1, 0 or 1.
  static func compare(_ lhs: QuantityParts, _ rhs: QuantityParts) -> Int {
    let lhsSign = lhs.magnitude == 0 ? 0 : (lhs.negative ? -1 : 1)
    let rhsSign = rhs.magnitude == 0 ? 0 : (rhs.negative ? -1 : 1)
    if lhsSign != rhsSign { return lhsSign < rhsSign ? -1 : 1 }
    if lhsSign == 0 { return 0 }
    let order = compareMagnitudes(lhs, rhs)
    return lhsSign < 0 ? -order : order
  }

  /// Compares `|lhs|` and `|rhs|`, both non-zero, by order of magnitude first and then digit by digit.
  static func compareMagnitudes(_ lhs: QuantityParts, _ rhs: QuantityParts) -> Int {
    let lhsOrder = digitCount(lhs.magnitude) + lhs.exponent
    let rhsOrder = digitCount(rhs.magnitude) + rhs.exponent
    if lhsOrder != rhsOrder { return lhsOrder < rhsOrder ? -1 : 1 }
    // Same order of magnitude: aligning the exponents gives numbers of at most 19 digits.
    var left = lhs.magnitude
    var right = rhs.magnitude
    if lhs.exponent > rhs.exponent {
      left = scaleUp(left, by: lhs.exponent - rhs.exponent)!
    } else if rhs.exponent > lhs.exponent {
      right = scaleUp(right, by: rhs.exponent - lhs.exponent)!
    }
    return left == right ? 0 : (left < right ? -1 : 1)
  }

  /// `lhs + rhs`, exact whenever the result has at most 19 significant digits.
  static func add(_ lhs: QuantityParts, _ rhs: QuantityParts) -> QuantityParts {
    if rhs.magnitude == 0 { return lhs }
    if lhs.magnitude == 0 { return rhs }
    let (coarse, fine) = lhs.exponent >= rhs.exponent ? (lhs, rhs) : (rhs, lhs)
    var small = fine
    var shift = coarse.exponent - fine.exponent
    if shift > 19 {
      // The finer operand lies entirely below the coarser one's last digit. Keep it to 10^(coarse - 19),
      // rounded towards the direction that makes the sum larger in magnitude, so the final rounding of the
      // sum is still a single round-up of the exact result.
      let drop = shift - 19
      let roundsUp = fine.negative == coarse.negative
      var kept: UInt64 = 0
      var exact = false
      if drop < powersOfTen.count {
        kept = fine.magnitude / powersOfTen[drop]
        exact = fine.magnitude % powersOfTen[drop] == 0
      }
      if !exact && roundsUp { kept += 1 }
      small = QuantityParts(negative: fine.negative, magnitude: kept, exponent: coarse.exponent - 19)
      shift = 19
    }
    let big = WideMagnitude.multiply(coarse.magnitude, powersOfTen[shift])
    let other = WideMagnitude(small.magnitude)
    let exponent = coarse.exponent - shift
    if coarse.negative == small.negative || small.magnitude == 0 {
      return rounded(negative: coarse.negative, magnitude: big.adding(other), exponent: exponent)
    }
    if big >= other {
      return rounded(negative: coarse.negative, magnitude: big.subtracting(other), exponent: exponent)
    }
    return rounded(negative: small.negative, magnitude: other.subtracting(big), exponent: exponent)
  }

  /// `lhs × factor`, exact whenever the product has at most 19 significant digits.
  static func multiply(_ lhs: QuantityParts, by factor: Int64) -> QuantityParts {
    let product = WideMagnitude.multiply(lhs.magnitude, factor.magnitude)
    return rounded(negative: lhs.negative != (factor < 0), magnitude: product, exponent: lhs.exponent)
  }
}

/// An unsigned 128-bit integer with just the operations quantity arithmetic needs.
struct WideMagnitude: Comparable {
  var high: UInt64
  var low: UInt64

  init(_ value: UInt64) {
    high = 0
    low = value
  }

  init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  static func multiply(_ lhs: UInt64, _ rhs: UInt64) -> WideMagnitude {
    let product = lhs.multipliedFullWidth(by: rhs)
    return WideMagnitude(high: product.high, low: product.low)
  }

  /// The sum; callers keep operands below 2^127 so it cannot overflow.
  func adding(_ other: WideMagnitude) -> WideMagnitude {
    let (low, carry) = low.addingReportingOverflow(other.low)
    return WideMagnitude(high: high &+ other.high &+ (carry ? 1 : 0), low: low)
  }

  /// The difference; callers ensure `self >= other`.
  func subtracting(_ other: WideMagnitude) -> WideMagnitude {
    let (low, borrow) = low.subtractingReportingOverflow(other.low)
    return WideMagnitude(high: high &- other.high &- (borrow ? 1 : 0), low: low)
  }

  /// Divides in place by ten and returns the remainder.
  mutating func divideByTen() -> UInt64 {
    let highQuotient = high / 10
    let highRemainder = high % 10
    let (lowQuotient, remainder) = UInt64(10).dividingFullWidth((high: highRemainder, low: low))
    high = highQuotient
    low = lowQuotient
    return remainder
  }

  static func < (lhs: WideMagnitude, rhs: WideMagnitude) -> Bool {
    lhs.high != rhs.high ? lhs.high < rhs.high : lhs.low < rhs.low
  }
}
