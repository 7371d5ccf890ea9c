/// How many colours the terminal shows.
public enum ColorDepth: Int, Hashable, Sendable, Comparable {
  case none = 0
  case ansi8 = 8
  case ansi16 = 16
  case indexed256 = 256
  case trueColor = 16_777_216

  public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The depth from what the terminal reports: curses' COLORS, `COLORTERM=truecolor|24bit`, and `NO_COLOR`.
  /// Truecolor needs both COLORTERM and a terminal description that can address RGB (COLORS of 2^24).
  public static func detect(colors: Int, environment: [String: String]) -> ColorDepth {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
    let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
    if colors >= 16_777_216 || (colors >= 256 && (colorTerm == "truecolor" || colorTerm == "24bit")) {
      return colors >= 16_777_216 ? .trueColor : .indexed256
    }
    if colors >= 256 { return .indexed256 }
    if colors >= 16 { return .ansi16 }
    if colors >= 8 { return .ansi8 }
    return .none
  }
}
