import Foundation

/// A colour as a theme names it: the terminal's default, one of the 16 ANSI colours, a 256-colour index, or RGB.
public enum ThemeColor: Hashable, Sendable {
  case terminalDefault
  case ansi(Int)
  case indexed(Int)
  case rgb(UInt8, UInt8, UInt8)

  /// ANSI names as `tput` and most themes spell them; `bright-` (or `light`) picks colours 8-15.
  static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// Parses `default`, `red`, `bright-blue`, `242`, `color242`, `#268bd2`, or a W3C name k9s skins use.
  public init?(parsing raw: String) {
    let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
    if text.isEmpty || text == "default" || text == "-" { self = .terminalDefault; return }
    if text.hasPrefix("#"), let rgb = Self.hexRGB(String(text.dropFirst())) { self = rgb; return }
    let number = text.hasPrefix("color") ? String(text.dropFirst(5)) : text
    if let index = Int(number), (0...255).contains(index) {
      self = index < 16 ? .ansi(index) : .indexed(index)
      return
    }
    for prefix in ["bright-", "bright", "light-", "light"] where text.hasPrefix(prefix) {
      if let index = Self.ansiNames.firstIndex(of: String(text.dropFirst(prefix.count))) {
        self = .ansi(index + 8)
        return
      }
    }
    if let index = Self.ansiNames.firstIndex(of: text) { self = .ansi(index); return }
    if let rgb = NamedColors.rgb[text.replacingOccurrences(of: "-", with: "")] {
      self = .rgb(rgb.0, rgb.1, rgb.2)
      return
    }
    return nil
  }

  private static func hexRGB(_ hex: String) -> ThemeColor? {
    let digits = hex.count == 3 ? hex.map { "\($0)\($0)" }.joined() : hex
    guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
    return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
  }

  /// The colour a terminal of `depth` can show: RGB to the 256-colour cube, 256 to the nearest ANSI colour,
  /// bright ANSI colours to their plain ones on 8-colour terminals, nothing without colour.
  public func degraded(to depth: ColorDepth) -> ThemeColor? {
    switch (self, depth) {
    case (_, .none): return nil
    case (.terminalDefault, _): return self
    case (.rgb, .trueColor): return self
    case (.rgb(let r, let g, let b), .indexed256): return .indexed(Self.cubeIndex(r, g, b))
    case (.rgb(let r, let g, let b), _): return ThemeColor.ansi(Self.nearestANSI(r, g, b)).degraded(to: depth)
    case (.indexed, .trueColor), (.indexed, .indexed256): return self
    case (.indexed(let index), _):
      let (r, g, b) = Self.rgbOfIndex(index)
      return ThemeColor.ansi(Self.nearestANSI(r, g, b)).degraded(to: depth)
    case (.ansi(let index), .ansi8): return .ansi(index % 8)
    case (.ansi, _): return self
    }
  }

  /// The index in xterm's 6x6x6 cube or grey ramp nearest to an RGB colour.
  static func cubeIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
    func level(_ value: UInt8) -> Int { value < 48 ? 0 : value < 115 ? 1 : (Int(value) - 35) / 40 }
    let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
    let (cr, cg, cb) = rgbOfIndex(cube)
    let grey = (Int(r) + Int(g) + Int(b)) / 3
    let greyIndex = grey > 238 ? 255 : 232 + max(0, (grey - 3) / 10)
    let (gr, gg, gb) = rgbOfIndex(greyIndex)
    return distance((r, g, b), (cr, cg, cb)) <= distance((r, g, b), (gr, gg, gb)) ? cube : greyIndex
  }

  /// xterm's RGB for a 256-colour index.
  static func rgbOfIndex(_ index: Int) -> (UInt8, UInt8, UInt8) {
    if index < 16 { return ansiRGB[index] }
    if index >= 232 {
      let value = UInt8(8 + (index - 232) * 10)
      return (value, value, value)
    }
    let cube = index - 16
    func component(_ level: Int) -> UInt8 { level == 0 ? 0 : UInt8(55 + level * 40) }
    return (component(cube / 36), component(cube / 6 % 6), component(cube % 6))
  }

  static let ansiRGB: [(UInt8, UInt8, UInt8)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
    (255, 255, 255),
  ]

  static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
    var best = 0
    var bestDistance = Int.max
    for (index, rgb) in ansiRGB.enumerated() {
      let d = distance((r, g, b), rgb)
      if d < bestDistance {
        best = index
        bestDistance = d
      }
    }
    return best
  }

  private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
    let dr = Int(a.0) - Int(b.0)
    let dg = Int(a.1) - Int(b.1)
    let db = Int(a.2) - Int(b.2)
    return dr * dr * 2 + dg * dg * 4 + db * db * 3
  }
}
