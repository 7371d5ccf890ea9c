/// A column of a pane: how wide it likes to be, how narrow it may get, and how soon it is dropped when space is
/// short (lower priority numbers stay longest). One flexible column (the name) takes what is left.
struct Column: Sendable {
  var title: String
  var preferred: Int
  var minimum: Int
  var priority: Int
  var flexible = false
  var alignRight = false

  init(_ title: String, _ preferred: Int, min minimum: Int? = nil, priority: Int, flexible: Bool = false, right: Bool = false) {
    self.title = title
    self.preferred = preferred
    self.minimum = minimum ?? preferred
    self.priority = priority
    self.flexible = flexible
    self.alignRight = right
  }
}

/// Which columns fit in a width and how wide each is, in their original order.
struct ColumnFit {
  var indices: [Int]
  var widths: [Int]

  static let gap = 1

  init(_ columns: [Column], width: Int) {
    let byPriority = columns.indices.sorted { (columns[$0].priority, $0) < (columns[$1].priority, $1) }
    var chosen: [Int] = []
    var used = 0
    for index in byPriority {
      let need = columns[index].minimum + (chosen.isEmpty ? 0 : Self.gap)
      if used + need <= width {
        chosen.append(index)
        used += need
      }
    }
    var widths = Dictionary(uniqueKeysWithValues: chosen.map { ($0, columns[$0].minimum) })
    for index in chosen.sorted(by: { (columns[$0].priority, $0) < (columns[$1].priority, $1) }) {
      let grow = min(columns[index].preferred - widths[index]!, width - used)
      if grow > 0 {
        widths[index]! += grow
        used += grow
      }
    }
    // Space left over widens the flexible column a little more, so names are cut as late as possible.
    if let flexible = chosen.first(where: { columns[$0].flexible }), used < width {
      widths[flexible]! += min(width - used, columns[flexible].preferred / 2)
    }
    indices = chosen.sorted()
    self.widths = indices.map { widths[$0]! }
  }
}
