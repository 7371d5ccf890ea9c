/// Go's `text/tabwriter` with spaces for padding: the alignment behind every kubectl table and describe page.
///
/// Text is split into lines and cells at tabs. A cell followed by a tab belongs to a column; the last cell of a
/// line does not. Consecutive lines that have a cell in a column form a block, aligned to its widest cell plus the
/// padding (and at least `minimumWidth`). Widths are counted in Unicode scalars, as Go counts runes.
public struct TabWriter: Sendable {
  public var minimumWidth: Int
  public var padding: Int

  /// kubectl's table settings (`printers.GetNewTabWriter`): minimum width 6, padding 3.
  public static let table = TabWriter(minimumWidth: 6, padding: 3)
  /// kubectl describe's settings (`tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)`): padding 2.
  public static let describe = TabWriter(minimumWidth: 0, padding: 2)

  public init(minimumWidth: Int, padding: Int) {
    self.minimumWidth = minimumWidth
    self.padding = padding
  }

  public func format(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    let endsWithNewline = text.hasSuffix("\n")
    if endsWithNewline { lines.removeLast() }
    var output: [String] = Array(repeating: "", count: lines.count)
    var widths: [Int] = []
    formatBlock(lines, 0, lines.count, &widths, &output)
    return output.joined(separator: "\n") + (endsWithNewline ? "\n" : "")
  }

  private func formatBlock(
    _ lines: [[String]], _ start: Int, _ end: Int, _ widths: inout [Int], _ output: inout [String]
  ) {
    let column = widths.count
    var line0 = start
    var this = start
    while this < end {
      if column >= lines[this].count - 1 {
        this += 1
        continue
      }
      write(lines, line0, this, widths, &output)
      line0 = this
      var width = minimumWidth
      while this < end && column < lines[this].count - 1 {
        width = max(width, lines[this][column].unicodeScalars.count + padding)
        this += 1
      }
      widths.append(width)
      formatBlock(lines, line0, this, &widths, &output)
      widths.removeLast()
      line0 = this
    }
    write(lines, line0, end, widths, &output)
  }

  private func write(_ lines: [[String]], _ start: Int, _ end: Int, _ widths: [Int], _ output: inout [String]) {
    for index in start..<end {
      var text = ""
      for (cellIndex, cell) in lines[index].enumerated() {
        text += cell
        if cellIndex < widths.count && cellIndex < lines[index].count - 1 {
          text += String(repeating: " ", count: max(0, widths[cellIndex] - cell.unicodeScalars.count))
        }
      }
      output[index] = text
    }
  }
}
