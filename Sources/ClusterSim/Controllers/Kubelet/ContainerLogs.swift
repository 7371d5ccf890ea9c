import KubeModel

/// What a simulated container printed, derived from its behaviour and the times its instance ran, so no log is
/// stored: its start-up lines, a loop's lines once per iteration until now (or until it ended), and its last words.
enum ContainerLogs {
  struct Line: Equatable {
    var time: Timestamp
    var text: String
  }

  /// The lines of one instance that ran from `start` until `end` (nil: still running) at `now`.
  static func lines(
    behavior: ContainerBehavior, container: String, image: String, pod: String, start: Timestamp, end: Timestamp?,
    exitCode: Int?, reason: String?, now: Timestamp
  ) -> [Line] {
    let stop = end ?? now
    var lines: [Line] = []
    let startup =
      behavior.startupOutput.isEmpty && behavior.repeatedOutput.isEmpty && behavior.exitsAfter == nil
      ? ["[kubarium] \(container) (\(image)) started and is serving"] : behavior.startupOutput
    for text in startup { lines.append(Line(time: start, text: expand(text, at: start, pod: pod))) }
    if let every = behavior.repeatEvery, every.milliseconds > 0, !behavior.repeatedOutput.isEmpty {
      var time = start + every
      var count = 0
      while time <= stop && count < 10_000 {
        for text in behavior.repeatedOutput { lines.append(Line(time: time, text: expand(text, at: time, pod: pod))) }
        time = time + every
        count += 1
      }
    }
    if let end, let code = exitCode, code != 0 {
      switch reason {
      case "OOMKilled": break
      case "Error" where code == 137 || code == 143: break
      default:
        lines.append(Line(time: end, text: "[kubarium] \(container) exited with code \(code)"))
      }
    }
    return lines
  }

  /// `$(date)` and `$(hostname)` as the shell would have printed them at `time`.
  static func expand(_ text: String, at time: Timestamp, pod: String) -> String {
    guard text.contains("$(") else { return text }
    let civil = CivilTime(secondsSinceEpoch: time.seconds)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    let day = civil.day < 10 ? " \(civil.day)" : "\(civil.day)"
    let date =
      "\(weekdays[civil.weekday]) \(months[civil.month - 1]) \(day) \(two(civil.hour)):\(two(civil.minute)):"
      + "\(two(civil.second)) UTC \(civil.year)"
    let nginxDate =
      "\(civil.year)/\(two(civil.month))/\(two(civil.day)) \(two(civil.hour)):\(two(civil.minute)):\(two(civil.second))"
    return text.replacing("$(date)", with: date).replacing("$(hostname)", with: pod)
      .replacing("$(nginxdate)", with: nginxDate)
  }
}
