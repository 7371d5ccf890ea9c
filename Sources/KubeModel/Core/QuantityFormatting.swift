extension Quantity {
  /// The canonical form of Go's `CanonicalizeBytes`: no fractional digits, the largest suffix that loses nothing.
  ///
  /// - Decimal SI and decimal exponent: trailing zeros move into the exponent, which is then lowered to a multiple
  ///   of 3 (`1.5` is `1500m`, `50k` stays `50k`, `1e3` stays `1e3`).
  /// - Binary SI: values strictly between -1024 and 1024, and values that are not whole numbers, print in decimal SI
  ///   instead (`0.5Ki` is `512`, `1000` bytes is `1k`); others take the largest power of 1024 that divides them.
  ///
  /// Decimal SI has no suffix beyond `E` (10^18) or below `n`; such a value falls back to exponent notation
  /// (`1000E` prints `1e21`). Go's current release drops the exponent there and prints `1`, which changes the value,
  /// so this follows the later upstream fix rather than the bug.
  var canonicalDescription: String {
    if significand == 0 { return "0" }
    let sign = significand < 0 ? "-" : ""
    if format == .binarySI, var magnitude = binaryPrintableMagnitude {
      var power = 0
      while magnitude >= 1024 && magnitude % 1024 == 0 {
        magnitude /= 1024
        power += 1
      }
      return sign + String(magnitude) + ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][power]
    }

    var magnitude = significand.magnitude
    var exponent = Int(self.exponent)
    while magnitude % 10 == 0 {
      magnitude /= 10
      exponent += 1
    }
    let padding = ((exponent % 3) + 3) % 3
    exponent -= padding
    let digits = String(magnitude) + String(repeating: "0", count: padding)
    if format == .decimalExponent || Self.decimalSuffixes[exponent] == nil {
      return sign + digits + (exponent == 0 ? "" : "e\(exponent)")
    }
    return sign + digits + Self.decimalSuffixes[exponent]!
  }

  static let decimalSuffixes: [Int: String] = [
    -9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E",
  ]

  /// The magnitude as an integer when Go would print it in binary SI: a whole number of at least 1024 in magnitude.
  /// Whole numbers beyond 2^64 (only reachable by arithmetic) print in decimal SI here, where Go would still
  /// use binary suffixes.
  var binaryPrintableMagnitude: UInt64? {
    let parts = QuantityParts(self)
    guard QuantityParts.compareMagnitudes(parts, QuantityParts(negative: false, magnitude: 1024, exponent: 0)) >= 0
    else { return nil }
    if parts.exponent >= 0 {
      return QuantityParts.scaleUp(parts.magnitude, by: parts.exponent)
    }
    guard -parts.exponent < QuantityParts.powersOfTen.count else { return nil }
    let divisor = QuantityParts.powersOfTen[-parts.exponent]
    guard parts.magnitude % divisor == 0 else { return nil }
    return parts.magnitude / divisor
  }
}
