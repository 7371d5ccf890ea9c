/// The order go-yaml v2 prints map keys in (`sorter.go`): a "natural" order in which runs of digits compare as
/// numbers (`item2` before `item10`) and, at the first difference, a non-letter sorts before a letter.
enum GoYAMLKeyOrder {
  static func sorted(_ keys: some Collection<String>) -> [String] {
    // Sorting by bytes first makes the result independent of dictionary order even if go-yaml's comparison is
    // not transitive for some odd mix of digits and punctuation.
    let decorated = keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      .map { (key: $0, scalars: $0.unicodeScalars.map(\.value)) }
    return decorated.sorted { isOrderedBefore($0.scalars, $1.scalars) }.map(\.key)
  }

  // swiftlint:disable:next cyclomatic_complexity
  static func isOrderedBefore(_ left: [UInt32], _ right: [UInt32]) -> Bool {
    var index = 0
    while index < left.count && index < right.count {
      let leftScalar = left[index]
      let rightScalar = right[index]
      if leftScalar == rightScalar {
        index += 1
        continue
      }
      let leftIsLetter = isLetter(leftScalar)
      let rightIsLetter = isLetter(rightScalar)
      if leftIsLetter && rightIsLetter { return leftScalar < rightScalar }
      if leftIsLetter || rightIsLetter { return rightIsLetter }
      var leftNumber: Int64 = 0
      var rightNumber: Int64 = 0
      if leftScalar == 0x30 || rightScalar == 0x30 {
        var back = index - 1
        while back >= 0 && isDigit(left[back]) {
          if left[back] != 0x30 {
            leftNumber = 1
            rightNumber = 1
            break
          }
          back -= 1
        }
      }
      var leftEnd = index
      while leftEnd < left.count && isDigit(left[leftEnd]) {
        leftNumber = leftNumber &* 10 &+ (Int64(left[leftEnd]) &- 0x30)
        leftEnd += 1
      }
      var rightEnd = index
      while rightEnd < right.count && isDigit(right[rightEnd]) {
        rightNumber = rightNumber &* 10 &+ (Int64(right[rightEnd]) &- 0x30)
        rightEnd += 1
      }
      if leftNumber != rightNumber { return leftNumber < rightNumber }
      if leftEnd != rightEnd { return leftEnd < rightEnd }
      return leftScalar < rightScalar
    }
    return left.count < right.count
  }

  /// Go's `unicode.IsLetter`: general category L.
  private static func isLetter(_ value: UInt32) -> Bool {
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    guard let scalar = Unicode.Scalar(value) else { return false }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
  }

  /// Go's `unicode.IsDigit`: general category Nd.
  private static func isDigit(_ value: UInt32) -> Bool {
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return Unicode.Scalar(value)?.properties.generalCategory == .decimalNumber
  }
}
