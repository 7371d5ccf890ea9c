/// An instant in virtual time, in milliseconds since the Unix epoch (UTC).
///
/// The simulation never reads the wall clock; every timestamp comes from the virtual clock. Printed as RFC 3339
/// (`2025-01-06T09:00:00Z`) the way the API server prints `metav1.Time`, which has second precision.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var milliseconds: Int64

  public init(milliseconds: Int64) {
    self.milliseconds = milliseconds
  }

  public init(seconds: Int64) {
    self.milliseconds = seconds * 1000
  }

  public var seconds: Int64 { milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000 }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.milliseconds < rhs.milliseconds }

  public static func + (lhs: Timestamp, rhs: SimDuration) -> Timestamp {
    Timestamp(milliseconds: lhs.milliseconds + rhs.milliseconds)
  }

  public static func - (lhs: Timestamp, rhs: SimDuration) -> Timestamp {
    Timestamp(milliseconds: lhs.milliseconds - rhs.milliseconds)
  }

  public static func - (lhs: Timestamp, rhs: Timestamp) -> SimDuration {
    SimDuration(milliseconds: lhs.milliseconds - rhs.milliseconds)
  }

  /// `2025-01-06T09:00:00Z`
  public var description: String { rfc3339 }

  public var rfc3339: String {
    let civil = CivilTime(secondsSinceEpoch: seconds)
    return "\(pad(civil.year, 4))-\(pad(civil.month))-\(pad(civil.day))T"
      + "\(pad(civil.hour)):\(pad(civil.minute)):\(pad(civil.second))Z"
  }

  /// Parses `2025-01-06T09:00:00Z`, `2025-01-06T09:00:00.5Z` and `2025-01-06T09:00:00+09:00`.
  public init?(rfc3339 text: String) {
    let chars = Array(text.utf8)
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= chars.count else { return nil }
      var value = 0
      for index in range {
        let digit = Int(chars[index]) - 48
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard chars.count >= 20, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
      chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: "t") || chars[10] == UInt8(ascii: " "),
      let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    var index = 19
    var millis = 0
    if index < chars.count, chars[index] == UInt8(ascii: ".") {
      index += 1
      var scale = 100
      while index < chars.count, let digit = number(index..<(index + 1)) {
        millis += digit * scale
        scale /= 10
        index += 1
      }
    }
    guard index < chars.count else { return nil }
    var offsetSeconds = 0
    switch chars[index] {
    case UInt8(ascii: "Z"), UInt8(ascii: "z"):
      guard index + 1 == chars.count else { return nil }
    case UInt8(ascii: "+"), UInt8(ascii: "-"):
      guard index + 6 == chars.count, let offsetHours = number((index + 1)..<(index + 3)),
        let offsetMinutes = number((index + 4)..<(index + 6))
      else { return nil }
      offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (chars[index] == UInt8(ascii: "+") ? 1 : -1)
    default:
      return nil
    }
    let civil = CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    milliseconds = (civil.secondsSinceEpoch - Int64(offsetSeconds)) * 1000 + Int64(millis)
  }

  private func pad(_ value: Int, _ width: Int = 2) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}

extension Timestamp: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let parsed = Timestamp(rfc3339: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "invalid time \"\(text)\": expected RFC 3339 such as 2025-01-06T09:00:00Z")
    }
    self = parsed
  }

  /// API objects print times at second precision, as `metav1.Time` does; a snapshot (``CodingUserInfoKey/preciseTimestamps``)
  /// keeps the milliseconds so a restored simulation continues exactly.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if encoder.userInfo[.preciseTimestamps] as? Bool == true, milliseconds % 1000 != 0 {
      let fraction = String(milliseconds - seconds * 1000)
      try container.encode(
        String(rfc3339.dropLast()) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction + "Z")
    } else {
      try container.encode(rfc3339)
    }
  }
}

/// A calendar date and time of day in UTC, converted with the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`), so no Foundation calendar or time zone database is involved.
public struct CivilTime: Hashable, Sendable {
  public var year: Int
  public var month: Int
  public var day: Int
  public var hour: Int
  public var minute: Int
  public var second: Int

  public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  public init(secondsSinceEpoch: Int64) {
    let days = Int(secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400)
    let secondOfDay = Int(secondsSinceEpoch - Int64(days) * 86_400)
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    hour = secondOfDay / 3600
    minute = secondOfDay % 3600 / 60
    second = secondOfDay % 60
  }

  /// Days since 1970-01-01.
  public var daysSinceEpoch: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  public var secondsSinceEpoch: Int64 {
    Int64(daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
  }

  /// 0 = Sunday, as cron counts weekdays.
  public var weekday: Int {
    let days = daysSinceEpoch
    return ((days % 7) + 7 + 4) % 7
  }
}

extension CodingUserInfoKey {
  /// Set to true to encode timestamps with their milliseconds (snapshots).
  public static let preciseTimestamps = CodingUserInfoKey(rawValue: "kubarium.preciseTimestamps")!
}
