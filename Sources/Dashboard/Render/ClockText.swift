import KubeModel

/// Clock text.
enum ClockText {
  /// `T+00:05:32` (hours grow past 99 if a demo runs that long).
  static func elapsed(_ duration: SimDuration) -> String {
    let seconds = max(0, duration.milliseconds / 1000)
    return "T+" + twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60) + ":" + twoDigits(seconds % 60)
  }

  /// `09:05:32`, the virtual wall clock.
  static func timeOfDay(_ time: Timestamp) -> String {
    let civil = CivilTime(secondsSinceEpoch: time.seconds)
    return twoDigits(Int64(civil.hour)) + ":" + twoDigits(Int64(civil.minute)) + ":" + twoDigits(Int64(civil.second))
  }

  static func twoDigits(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
}
