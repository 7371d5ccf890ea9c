/// Rows that changed a moment ago, by the wall-clock second they changed: drawn marked for ``duration``.
public struct RowMarks: Sendable {
  public static let duration = 1.5
  /// Past this many, new changes are not marked: a cluster where everything changes at once gains nothing from
  /// marks, and the frame stays cheap.
  static let limit = 20_000

  private var times: [RowRef: Double] = [:]
  private var lastPrune = 0.0
  public private(set) var now = 0.0

  public init() {}

  public func contains(_ row: RowRef) -> Bool {
    guard let time = times[row] else { return false }
    return now - time < Self.duration
  }

  mutating func mark(_ rows: [RowRef], at wallTime: Double) {
    now = wallTime
    if wallTime - lastPrune > 0.5 {
      times = times.filter { wallTime - $0.value < Self.duration }
      lastPrune = wallTime
    }
    for row in rows where times.count < Self.limit { times[row] = wallTime }
  }

  /// When the next mark fades, so a paused dashboard wakes once to redraw without it; nil with no marks.
  func nextExpiry(after wallTime: Double) -> Double? {
    times.values.lazy.map { $0 + Self.duration }.filter { $0 > wallTime }.min()
  }

  /// Only rows on screen are asked about; tests and the renderer build a set from them.
  var isEmpty: Bool { times.isEmpty }
}
