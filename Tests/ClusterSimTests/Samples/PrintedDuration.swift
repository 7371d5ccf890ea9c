/// Ages and durations as kubectl prints them (`5m`, `3m15s`, `115s`, `2d3h`), read back as seconds so tests can
/// compare when things happened.
enum PrintedDuration {
  static func seconds(_ text: String) -> Int? {
    var total = 0
    var number = 0
    var sawDigit = false
    for character in text {
      if let digit = character.wholeNumberValue {
        number = number * 10 + digit
        sawDigit = true
        continue
      }
      guard sawDigit else { return nil }
      switch character {
      case "d": total += number * 86_400
      case "h": total += number * 3_600
      case "m": total += number * 60
      case "s": total += number
      default: return nil
      }
      number = 0
      sawDigit = false
    }
    return sawDigit ? nil : total
  }
}
