/// A CronJob schedule as `cron.ParseStandard` of `github.com/robfig/cron/v3` (the library the API server validates
/// with and the CronJob controller schedules with) reads it: five fields — minute, hour, day of month, month, day of
/// week — each a list of values, ranges and steps (`*/5`, `1-5`, `MON-FRI`, `0,30`), or a descriptor (`@hourly`,
/// `@daily`, ..., `@every 90m`).
///
/// Parsing follows robfig's `Parser.Parse`, errors included, because the API server returns them verbatim
/// (`spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61`). As in robfig, day of
/// week runs from 0 (Sunday) to 6: `7` is refused, unlike Vixie cron.
public struct CronSchedule: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// Bit sets of the values that match, per field (robfig `SpecSchedule`).
    case fields(CronFields)
    /// `@every <duration>`: a constant delay, at least a second, in whole seconds (robfig `ConstantDelaySchedule`).
    case every(seconds: Int64)
  }

  public var kind: Kind
  /// The `TZ=` or `CRON_TZ=` location named in front of the fields, if any.
  public var location: String?

  public init(kind: Kind, location: String? = nil) {
    self.kind = kind
    self.location = location
  }
}

/// The six bit sets of a field schedule; bit 63 marks a field written as `*` or `?` (robfig's `starBit`).
public struct CronFields: Hashable, Sendable {
  public static let starBit: UInt64 = 1 << 63

  public var second: UInt64
  public var minute: UInt64
  public var hour: UInt64
  public var dayOfMonth: UInt64
  public var month: UInt64
  public var dayOfWeek: UInt64

  public func matches(second value: Int) -> Bool { second & (1 << UInt64(value)) != 0 }
  public func matches(minute value: Int) -> Bool { minute & (1 << UInt64(value)) != 0 }
  public func matches(hour value: Int) -> Bool { hour & (1 << UInt64(value)) != 0 }
  public func matches(month value: Int) -> Bool { month & (1 << UInt64(value)) != 0 }

  /// robfig `dayMatches`: both day fields must match when either is a star, otherwise either may.
  public func matches(day: Int, weekday: Int) -> Bool {
    let domMatch = dayOfMonth & (1 << UInt64(day)) != 0
    let dowMatch = dayOfWeek & (1 << UInt64(weekday)) != 0
    if dayOfMonth & Self.starBit != 0 || dayOfWeek & Self.starBit != 0 { return domMatch && dowMatch }
    return domMatch || dowMatch
  }
}

/// Why a schedule does not parse, in robfig's words.
public struct CronParseError: Error, Hashable, Sendable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}

extension CronSchedule {
  struct Bounds {
    var min: UInt64
    var max: UInt64
    var names: [String: UInt64] = [:]
  }

  static let seconds = Bounds(min: 0, max: 59)
  static let minutes = Bounds(min: 0, max: 59)
  static let hours = Bounds(min: 0, max: 23)
  static let daysOfMonth = Bounds(min: 1, max: 31)
  static let months = Bounds(
    min: 1, max: 12,
    names: [
      "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
      "nov": 11, "dec": 12,
    ])
  static let daysOfWeek = Bounds(
    min: 0, max: 6, names: ["sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6])

  /// `cron.ParseStandard`.
  public static func parse(_ text: String) throws(CronParseError) -> CronSchedule {
    guard !text.isEmpty else { throw CronParseError("empty spec string") }
    var spec = Substring(text)
    var location: String?
    if spec.hasPrefix("TZ=") || spec.hasPrefix("CRON_TZ=") {
      guard let space = spec.firstIndex(of: " "), let equals = spec.firstIndex(of: "=") else {
        throw CronParseError("provided bad location \(spec.drop { $0 != "=" }.dropFirst()): unknown time zone")
      }
      location = String(spec[spec.index(after: equals)..<space])
      spec = spec[space...].drop { $0 == " " }
    }
    if spec.hasPrefix("@") { return try descriptor(String(spec), location: location) }
    let fields = spec.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    guard fields.count == 5 else {
      throw CronParseError("expected exactly 5 fields, found \(fields.count): [\(fields.joined(separator: " "))]")
    }
    let parsed = CronFields(
      second: 1, minute: try field(fields[0], minutes), hour: try field(fields[1], hours),
      dayOfMonth: try field(fields[2], daysOfMonth), month: try field(fields[3], months),
      dayOfWeek: try field(fields[4], daysOfWeek))
    return CronSchedule(kind: .fields(parsed), location: location)
  }

  /// robfig `parseDescriptor`.
  static func descriptor(_ text: String, location: String?) throws(CronParseError) -> CronSchedule {
    func every(_ bounds: Bounds) -> UInt64 { bits(bounds.min, bounds.max, 1) | CronFields.starBit }
    let fields: CronFields
    switch text {
    case "@yearly", "@annually":
      fields = CronFields(
        second: 1, minute: 1, hour: 1, dayOfMonth: 1 << 1, month: 1 << 1, dayOfWeek: every(daysOfWeek))
    case "@monthly":
      fields = CronFields(
        second: 1, minute: 1, hour: 1, dayOfMonth: 1 << 1, month: every(months), dayOfWeek: every(daysOfWeek))
    case "@weekly":
      fields = CronFields(
        second: 1, minute: 1, hour: 1, dayOfMonth: every(daysOfMonth), month: every(months), dayOfWeek: 1)
    case "@daily", "@midnight":
      fields = CronFields(
        second: 1, minute: 1, hour: 1, dayOfMonth: every(daysOfMonth), month: every(months),
        dayOfWeek: every(daysOfWeek))
    case "@hourly":
      fields = CronFields(
        second: 1, minute: 1, hour: every(hours), dayOfMonth: every(daysOfMonth), month: every(months),
        dayOfWeek: every(daysOfWeek))
    default:
      let prefix = "@every "
      guard text.hasPrefix(prefix) else { throw CronParseError("unrecognized descriptor: \(text)") }
      let durationText = String(text.dropFirst(prefix.count))
      guard let duration = SimDuration(parsing: durationText) else {
        throw CronParseError(
          "failed to parse duration \(text): time: invalid duration \(GoText.quote(durationText))")
      }
      // robfig `Every`: at least one second, rounded down to whole seconds.
      let seconds = max(1, duration.milliseconds / 1000)
      return CronSchedule(kind: .every(seconds: seconds), location: location)
    }
    return CronSchedule(kind: .fields(fields), location: location)
  }

  /// robfig `getField`: the comma-separated ranges of one field, empty ones skipped.
  static func field(_ text: String, _ bounds: Bounds) throws(CronParseError) -> UInt64 {
    var result: UInt64 = 0
    for expression in text.split(separator: ",") { result |= try range(String(expression), bounds) }
    return result
  }

  /// robfig `getRange`: `*`, `?`, `N`, `N-M`, each optionally `/step`; `N/step` runs from N to the maximum.
  static func range(_ expression: String, _ bounds: Bounds) throws(CronParseError) -> UInt64 {
    let rangeAndStep = expression.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    let lowAndHigh = rangeAndStep[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    var start: UInt64
    var end: UInt64
    var extra: UInt64 = 0
    if lowAndHigh[0] == "*" || lowAndHigh[0] == "?" {
      start = bounds.min
      end = bounds.max
      extra = CronFields.starBit
    } else {
      start = try intOrName(lowAndHigh[0], bounds.names)
      switch lowAndHigh.count {
      case 1: end = start
      case 2: end = try intOrName(lowAndHigh[1], bounds.names)
      default: throw CronParseError("too many hyphens: \(expression)")
      }
    }
    var step: UInt64 = 1
    switch rangeAndStep.count {
    case 1:
      break
    case 2:
      step = try integer(rangeAndStep[1])
      if lowAndHigh.count == 1 { end = bounds.max }
      if step > 1 { extra = 0 }
    default:
      throw CronParseError("too many slashes: \(expression)")
    }
    if start < bounds.min {
      throw CronParseError("beginning of range (\(start)) below minimum (\(bounds.min)): \(expression)")
    }
    if end > bounds.max { throw CronParseError("end of range (\(end)) above maximum (\(bounds.max)): \(expression)") }
    if start > end {
      throw CronParseError("beginning of range (\(start)) beyond end of range (\(end)): \(expression)")
    }
    if step == 0 { throw CronParseError("step of range should be a positive number: \(expression)") }
    return bits(start, end, step) | extra
  }

  static func bits(_ start: UInt64, _ end: UInt64, _ step: UInt64) -> UInt64 {
    var result: UInt64 = 0
    var value = start
    while value <= end {
      result |= 1 << value
      value += step
    }
    return result
  }

  /// robfig `parseIntOrName`: a name (any case) or a number.
  static func intOrName(_ text: String, _ names: [String: UInt64]) throws(CronParseError) -> UInt64 {
    if let named = names[text.lowercased()] { return named }
    return try integer(text)
  }

  /// robfig `mustParseInt`, with Go's `strconv.Atoi` errors.
  static func integer(_ text: String) throws(CronParseError) -> UInt64 {
    let digits = text.hasPrefix("+") || text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw CronParseError(
        "failed to parse int from \(text): strconv.Atoi: parsing \(GoText.quote(text)): invalid syntax")
    }
    guard let magnitude = Int64(digits) else {
      throw CronParseError(
        "failed to parse int from \(text): strconv.Atoi: parsing \(GoText.quote(text)): value out of range")
    }
    let value = text.hasPrefix("-") ? -magnitude : magnitude
    guard value >= 0 else { throw CronParseError("negative number (\(value)) not allowed: \(text)") }
    return UInt64(value)
  }
}
