import KubeModel

/// Builds `kubectl describe` text as kubectl's `prefixWriter` does: each line indented two spaces per level, cells
/// separated by tabs, and the whole page aligned by a tabwriter with padding 2 at the end.
public struct DescribeWriter {
  /// Text already aligned (kubectl flushes its tabwriter before the events table).
  private var flushed = ""
  private var text = ""

  public init() {}

  /// Writes one line at an indentation level; `cells` are joined by tabs (`Name:`, `web`).
  public mutating func line(_ level: Int, _ cells: String...) {
    text += String(repeating: "  ", count: level) + cells.joined(separator: "\t") + "\n"
  }

  /// Writes text as is (it may hold tabs and newlines).
  public mutating func raw(_ fragment: String) { text += fragment }

  /// `Labels:  app=web` then `        tier=db` on continuation lines, or `<none>`, keys sorted.
  public mutating func multiline(_ level: Int, _ title: String, _ values: [String]) {
    guard let first = values.first else {
      line(level, title, "<none>")
      return
    }
    line(level, title, first)
    for value in values.dropFirst() { text += "\t" + value + "\n" }
  }

  public mutating func labels(_ level: Int, _ title: String, _ labels: [String: String]) {
    multiline(level, title, labels.keys.sorted().map { "\($0)=\(labels[$0]!)" })
  }

  /// Annotations as `printAnnotationsMultiline` prints them: the last-applied configuration is left out; long or
  /// multi-line values go on their own indented lines.
  public mutating func annotations(_ level: Int, _ annotations: [String: String]) {
    let keys = annotations.keys.filter { $0 != "kubectl.kubernetes.io/last-applied-configuration" }.sorted()
    guard !keys.isEmpty else {
      line(level, "Annotations:", "<none>")
      return
    }
    text += String(repeating: "  ", count: level) + "Annotations:"
    for key in keys {
      text += "\t"
      var value = annotations[key]!
      if value.hasSuffix("\n") { value.removeLast() }
      if value.utf8.count + key.utf8.count + 2 > 140 || value.contains("\n") {
        text += "\(key):\n"
        for part in value.split(separator: "\n", omittingEmptySubsequences: false) {
          let shortened = part.utf8.count > 138 ? String(part.utf8.prefix(138))! + "..." : String(part)
          text += "\t  \(shortened)\n"
        }
      } else {
        text += "\(key): \(value)\n"
      }
    }
  }

  /// The Events section (`DescribeEvents`): `Events:  <none>`, or a table sorted by last time seen.
  public mutating func events(_ events: [Event], now: Timestamp) {
    guard !events.isEmpty else {
      line(0, "Events:", "<none>")
      return
    }
    raw("Events:\n")
    let sorted = events.enumerated().sorted { left, right in
      let leftTime = left.element.lastTimestamp ?? Timestamp(milliseconds: .min)
      let rightTime = right.element.lastTimestamp ?? Timestamp(milliseconds: .min)
      return leftTime != rightTime ? leftTime < rightTime : left.offset < right.offset
    }.map(\.element)
    var table = "  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n"
    for event in sorted {
      let first = HumanDuration.age(since: event.firstTimestamp, now: now)
      let interval =
        event.count > 1
        ? "\(HumanDuration.age(since: event.lastTimestamp, now: now)) (x\(event.count) over \(first))" : first
      var message = event.message.trimmingWhitespace
      if !event.involvedObject.fieldPath.isEmpty { message = "\(event.involvedObject.fieldPath): \(message)" }
      table += "  \(event.type)\t\(event.reason)\t\(interval)\t\(event.source.component)\t\(message)\n"
    }
    // kubectl flushes the page's tabwriter before the events table, so it aligns on its own.
    flushed += TabWriter.describe.format(text) + TabWriter.describe.format(table)
    text = ""
  }

  /// The aligned page.
  public var rendered: String { flushed + TabWriter.describe.format(text) }
}

extension String {
  var trimmingWhitespace: String {
    var slice = Substring(self)
    while slice.first?.isWhitespace == true { slice = slice.dropFirst() }
    while slice.last?.isWhitespace == true { slice = slice.dropLast() }
    return String(slice)
  }
}

/// Absolute times as `describe` prints them: Go's RFC 1123 with numeric zone, in UTC
/// (`Mon, 06 Jan 2025 09:00:00 +0000`).
public enum DescribeTime {
  static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  public static func format(_ time: Timestamp?) -> String {
    guard let time else { return "<unset>" }
    let civil = CivilTime(secondsSinceEpoch: time.seconds)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(weekdays[civil.weekday]), \(two(civil.day)) \(months[civil.month - 1]) \(civil.year) "
      + "\(two(civil.hour)):\(two(civil.minute)):\(two(civil.second)) +0000"
  }
}
