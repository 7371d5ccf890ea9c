import KubeModel

/// Ages as kubectl prints them (apimachinery `pkg/util/duration.HumanDuration`): `5s`, `2m30s`, `45m`, `7h10m`,
/// `39h`, `3d5h`, `12d`, `2y30d`.
public enum HumanDuration {
  public static func format(_ duration: SimDuration) -> String {
    let seconds = Int(duration.milliseconds / 1000)
    if seconds < -1 { return "<invalid>" }
    if seconds < 0 { return "0s" }
    if seconds < 60 * 2 { return "\(seconds)s" }
    let minutes = seconds / 60
    if minutes < 10 {
      let remainder = seconds % 60
      return remainder == 0 ? "\(minutes)m" : "\(minutes)m\(remainder)s"
    }
    if minutes < 60 * 3 { return "\(minutes)m" }
    let hours = minutes / 60
    if hours < 8 {
      let remainder = minutes % 60
      return remainder == 0 ? "\(hours)h" : "\(hours)h\(remainder)m"
    }
    if hours < 48 { return "\(hours)h" }
    if hours < 24 * 8 {
      let remainder = hours % 24
      return remainder == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(remainder)h"
    }
    if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
    if hours < 24 * 365 * 8 {
      let days = (hours / 24) % 365
      return days == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(days)d"
    }
    return "\(hours / 24 / 365)y"
  }

  /// The age of something created at `time`, seen at `now`; `<unknown>` without a time, as kubectl prints it.
  public static func age(since time: Timestamp?, now: Timestamp) -> String {
    guard let time else { return "<unknown>" }
    return format(now - time)
  }
}
