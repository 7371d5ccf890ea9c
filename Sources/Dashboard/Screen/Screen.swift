/// A grid of styled cells: what one frame of the dashboard looks like, drawn in memory so the terminal adapter can
/// send only the cells that differ from the previous frame, and tests can compare frames as text.
public struct Screen: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: fill, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Writes text from (x, y), clipped to `limit` columns (and the screen); returns the columns written.
  @discardableResult
  public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: CellStyle, limit: Int = .max) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let end = min(width, limit == .max ? width : x + max(0, limit))
    var column = x
    let rowStart = y * width
    for scalar in text.unicodeScalars {
      if column >= end { break }
      if column >= 0 { cells[rowStart + column] = Cell(Screen.printable(scalar), style) }
      column += 1
    }
    return max(0, column - x)
  }

  /// Fills a rectangle with one cell.
  public mutating func fill(x: Int, y: Int, width: Int, height: Int, with cell: Cell) {
    let left = max(0, x)
    let right = min(self.width, x + width)
    guard left < right else { return }
    for row in max(0, y)..<min(self.height, y + height) {
      let start = row * self.width
      for column in left..<right { cells[start + column] = cell }
    }
  }

  /// Changes the style of a run of cells, keeping their characters (the selection bar).
  public mutating func restyle(x: Int, y: Int, width: Int, style: CellStyle) {
    guard y >= 0, y < height else { return }
    for column in max(0, x)..<min(self.width, x + width) { cells[y * self.width + column].style = style }
  }

  /// The rows as plain text, trailing spaces kept, one line per row: what snapshot tests compare.
  public var text: String {
    var lines: [String] = []
    lines.reserveCapacity(height)
    for row in 0..<height {
      var line = String.UnicodeScalarView()
      for column in 0..<width { line.append(cells[row * width + column].scalar) }
      lines.append(String(line))
    }
    return lines.joined(separator: "\n")
  }

  /// One row as text.
  public func line(_ y: Int) -> String {
    var line = String.UnicodeScalarView()
    for column in 0..<width { line.append(cells[y * width + column].scalar) }
    return String(line)
  }

  /// Control characters would move the terminal's cursor; they are drawn as a visible stand-in instead.
  static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    scalar.value < 0x20 || scalar.value == 0x7F ? "?" : scalar
  }
}
