import Foundation
import KubeModel

/// A time zone as a CronJob's `timeZone` names it, from the machine's time zone database (what Go's
/// `time.LoadLocation` reads), with the conversions robfig's `Next` makes between absolute time and wall-clock time.
struct CronZone: Sendable {
  let timeZone: TimeZone?

  static let utc = CronZone(timeZone: nil)

  /// `time.LoadLocation`: nil for an unknown name (`unknown time zone Mars/Olympus`). `UTC` and the empty name are
  /// UTC.
  static func load(_ name: String?) -> CronZone? {
    guard let name, !name.isEmpty, name != "UTC" else { return .utc }
    guard let zone = TimeZone(identifier: name) else { return nil }
    return CronZone(timeZone: zone)
  }

  /// Seconds east of UTC at an absolute time (in seconds since the epoch).
  func offset(at seconds: Int64) -> Int64 {
    guard let timeZone else { return 0 }
    return Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
  }

  /// The wall-clock time at an absolute time.
  func civil(_ seconds: Int64) -> CivilTime { CivilTime(secondsSinceEpoch: seconds + offset(at: seconds)) }

  /// Go's `time.Date` in this zone: out-of-range months, days and hours carry over, and a wall-clock time that does
  /// not exist or exists twice (at a daylight-saving change) takes the offset Go's `Date` picks.
  func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Int64 {
    var normalizedYear = year
    var normalizedMonth = month - 1
    normalizedYear += normalizedMonth >= 0 ? normalizedMonth / 12 : (normalizedMonth - 11) / 12
    normalizedMonth = ((normalizedMonth % 12) + 12) % 12
    let firstOfMonth = CivilTime(year: normalizedYear, month: normalizedMonth + 1, day: 1)
    let days = Int64(firstOfMonth.daysSinceEpoch + day - 1)
    let local = days * 86_400 + Int64(hour) * 3600 + Int64(minute) * 60 + Int64(second)
    let guess = offset(at: local)
    guard guess != 0 || timeZone != nil else { return local }
    let utc = local - guess
    let actual = offset(at: utc)
    return local - (actual != guess ? actual : guess)
  }

  /// RFC 3339 in this zone (`2025-01-06T10:05:00+01:00`, or `Z` for UTC), as Go formats `time.RFC3339`.
  func rfc3339(_ seconds: Int64) -> String {
    let offsetSeconds = offset(at: seconds)
    let civil = CivilTime(secondsSinceEpoch: seconds + offsetSeconds)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let stamp =
      "\(civil.year)-\(two(civil.month))-\(two(civil.day))T\(two(civil.hour)):\(two(civil.minute)):"
      + two(civil.second)
    guard offsetSeconds != 0 else { return stamp + "Z" }
    let sign = offsetSeconds < 0 ? "-" : "+"
    let magnitude = Int(abs(offsetSeconds))
    return stamp + "\(sign)\(two(magnitude / 3600)):\(two(magnitude % 3600 / 60))"
  }
}
