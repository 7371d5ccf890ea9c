/// A span of virtual time in milliseconds.
///
/// Parsed and printed in Go's `time.Duration` syntax (`500ms`, `30s`, `5m`, `1h30m`) because that is what
/// kubectl flags and Kubernetes annotations use.
public struct SimDuration: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var milliseconds: Int64

  public init(milliseconds: Int64) { self.milliseconds = milliseconds }

  public static func seconds(_ seconds: Int64) -> SimDuration { SimDuration(milliseconds: seconds * 1000) }
  public static func seconds(_ seconds: Int) -> SimDuration { .seconds(Int64(seconds)) }
  public static func minutes(_ minutes: Int64) -> SimDuration { SimDuration(milliseconds: minutes * 60_000) }
  public static func milliseconds(_ milliseconds: Int64) -> SimDuration { SimDuration(milliseconds: milliseconds) }
  public static let zero = SimDuration(milliseconds: 0)

  public var seconds: Int64 { milliseconds / 1000 }

  public static func < (lhs: SimDuration, rhs: SimDuration) -> Bool { lhs.milliseconds < rhs.milliseconds }
  public static func + (lhs: SimDuration, rhs: SimDuration) -> SimDuration {
    SimDuration(milliseconds: lhs.milliseconds + rhs.milliseconds)
  }
  public static func - (lhs: SimDuration, rhs: SimDuration) -> SimDuration {
    SimDuration(milliseconds: lhs.milliseconds - rhs.milliseconds)
  }
  public static func * (lhs: SimDuration, rhs: Int64) -> SimDuration {
    SimDuration(milliseconds: lhs.milliseconds * rhs)
  }

  /// Parses Go duration syntax: a sequence of decimal numbers with units `ms`, `s`, `m`, `h`
  /// (and `us`/`ns`, rounded to milliseconds), e.g. `1h30m`, `2.5s`, `500ms`. A bare `0` is allowed, as in Go.
  public init?(parsing text: String) {
    var rest = Substring(text)
    var negative = false
    if rest.hasPrefix("-") {
      negative = true
      rest = rest.dropFirst()
    } else if rest.hasPrefix("+") {
      rest = rest.dropFirst()
    }
    if rest == "0" {
      milliseconds = 0
      return
    }
    guard !rest.isEmpty else { return nil }
    var totalNanos: Double = 0
    while !rest.isEmpty {
      let numberText = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
      guard !numberText.isEmpty, let number = Double(numberText) else { return nil }
      rest = rest.dropFirst(numberText.count)
      let unitText = rest.prefix { $0.isLetter || $0 == "µ" }
      rest = rest.dropFirst(unitText.count)
      let nanosPerUnit: Double
      switch unitText {
      case "ns": nanosPerUnit = 1
      case "us", "µs": nanosPerUnit = 1e3
      case "ms": nanosPerUnit = 1e6
      case "s": nanosPerUnit = 1e9
      case "m": nanosPerUnit = 60e9
      case "h": nanosPerUnit = 3600e9
      default: return nil
      }
      totalNanos += number * nanosPerUnit
    }
    guard totalNanos < 9.2e18 else { return nil }
    milliseconds = Int64((totalNanos / 1e6).rounded()) * (negative ? -1 : 1)
  }

  /// Go's `Duration.String()` at millisecond precision: `1h30m0s`, `2m30s`, `1.5s`, `500ms`, `0s`.
  public var description: String {
    if milliseconds == 0 { return "0s" }
    var value = abs(milliseconds)
    let sign = milliseconds < 0 ? "-" : ""
    if value < 1000 { return "\(sign)\(value)ms" }
    let millis = value % 1000
    value /= 1000
    let secondsPart = value % 60
    value /= 60
    let minutesPart = value % 60
    let hoursPart = value / 60
    var secondsText = "\(secondsPart)"
    if millis > 0 {
      var fraction = String(millis)
      fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
      while fraction.hasSuffix("0") { fraction.removeLast() }
      secondsText += "." + fraction
    }
    if hoursPart > 0 { return "\(sign)\(hoursPart)h\(minutesPart)m\(secondsText)s" }
    if minutesPart > 0 { return "\(sign)\(minutesPart)m\(secondsText)s" }
    return "\(sign)\(secondsText)s"
  }
}

extension SimDuration: Codable {
  public init(from decoder: any Decoder) throws {
    milliseconds = try decoder.singleValueContainer().decode(Int64.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(milliseconds)
  }
}
