/// Which columns fit in a width and how wide each is, in their original order.
///
/// Columns are taken most important first, each at its preferred width if that fits, else at its minimum, else
/// not at all. The flexible column starts at two fifths of the width (within its bounds), so narrow panes keep
/// readable names; whatever is left widens it, then the columns that had to settle for their minimum.
struct ColumnFit {
  var indices: [Int]
  var widths: [Int]

  static let gap = 1

  init(_ columns: [Column], width: Int) {
    let byPriority = columns.indices.sorted { (columns[$0].priority, $0) < (columns[$1].priority, $1) }
    var widths: [Int: Int] = [:]
    var used = 0
    for index in byPriority {
      let column = columns[index]
      let gap = widths.isEmpty ? 0 : Self.gap
      let base = column.flexible ? min(column.preferred, max(column.minimum, width * 2 / 5)) : column.preferred
      if used + gap + base <= width {
        widths[index] = base
        used += gap + base
      } else if used + gap + column.minimum <= width {
        widths[index] = column.minimum
        used += gap + column.minimum
      }
    }
    let chosen = byPriority.filter { widths[$0] != nil }
    if let flexible = chosen.first(where: { columns[$0].flexible }) {
      let grow = min(width - used, columns[flexible].preferred * 3 / 2 - widths[flexible]!)
      if grow > 0 {
        widths[flexible]! += grow
        used += grow
      }
    }
    for index in chosen where !columns[index].flexible {
      let grow = min(width - used, columns[index].maximum - widths[index]!)
      if grow > 0 {
        widths[index]! += grow
        used += grow
      }
    }
    indices = chosen.sorted()
    self.widths = indices.map { widths[$0]! }
  }
}
