import KubeModel

extension CronSchedule {
  /// robfig's `Next`: the first activation strictly after `time`, in `zone`, or nil if none comes within five
  /// years. Computed field by field as robfig does — month, then day, hour, minute, second — with the day, hour and
  /// minute steps taken in absolute time, so a daylight-saving gap skips the hours it removes and a repeated hour
  /// runs twice, as upstream.
  func next(after time: Timestamp, in zone: CronZone) -> Timestamp? {
    switch kind {
    case .every(let seconds):
      // `ConstantDelaySchedule.Next`: the delay after the time, rounded down to the second.
      return Timestamp(seconds: time.seconds + seconds)
    case .fields(let fields):
      return Self.next(fields, after: time.seconds, in: zone).map { Timestamp(seconds: $0) }
    }
  }

  private static func next(_ fields: CronFields, after start: Int64, in zone: CronZone) -> Int64? {
    var time = start + 1
    var added = false
    let yearLimit = zone.civil(time).year + 5
    wrap: while true {
      var civil = zone.civil(time)
      if civil.year > yearLimit { return nil }
      while !fields.matches(month: civil.month) {
        if !added {
          added = true
          time = zone.date(year: civil.year, month: civil.month, day: 1)
          civil = zone.civil(time)
        }
        time = zone.date(
          year: civil.year, month: civil.month + 1, day: civil.day, hour: civil.hour, minute: civil.minute,
          second: civil.second)
        civil = zone.civil(time)
        if civil.month == 1 { continue wrap }
      }
      while !fields.matches(day: civil.day, weekday: civil.weekday) {
        if !added {
          added = true
          time = zone.date(year: civil.year, month: civil.month, day: civil.day)
          civil = zone.civil(time)
        }
        time = zone.date(
          year: civil.year, month: civil.month, day: civil.day + 1, hour: civil.hour, minute: civil.minute,
          second: civil.second)
        civil = zone.civil(time)
        // A daylight-saving change can leave the day's start off midnight: move back to it.
        if civil.hour != 0 {
          time += civil.hour > 12 ? Int64(24 - civil.hour) * 3600 : -Int64(civil.hour) * 3600
          civil = zone.civil(time)
        }
        if civil.day == 1 { continue wrap }
      }
      while !fields.matches(hour: civil.hour) {
        if !added {
          added = true
          time = zone.date(year: civil.year, month: civil.month, day: civil.day, hour: civil.hour)
        }
        time += 3600
        civil = zone.civil(time)
        if civil.hour == 0 { continue wrap }
      }
      while !fields.matches(minute: civil.minute) {
        if !added {
          added = true
          time -= time % 60
        }
        time += 60
        civil = zone.civil(time)
        if civil.minute == 0 { continue wrap }
      }
      while !fields.matches(second: civil.second) {
        if !added { added = true }
        time += 1
        civil = zone.civil(time)
        if civil.second == 0 { continue wrap }
      }
      return time
    }
  }
}
