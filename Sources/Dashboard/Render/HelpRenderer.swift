/// `?`: every key, grouped, written from the key map that dispatches them, so help cannot drift from behaviour.
struct HelpRenderer {
  var context: RenderContext

  /// The help text as (text, role) lines.
  static func lines(_ keyMap: KeyMap) -> [(String, StyleRole)] {
    var lines: [(String, StyleRole)] = []
    for group in Action.Group.allCases {
      let actions = Action.allCases.filter { $0.group == group }
      var entries: [(String, StyleRole)] = []
      for action in actions {
        let bindings = keyMap.bindings.filter { $0.action == action }
        guard !bindings.isEmpty else { continue }
        let keys = bindings.map { binding in
          binding.pane.map { "\(binding.key.name) (\($0.title))" } ?? binding.key.name
        }.joined(separator: ", ")
        let padded = keys.count >= 18 ? keys + " " : keys + String(repeating: " ", count: 18 - keys.count)
        entries.append(("  " + padded + action.summary, .text))
      }
      guard !entries.isEmpty else { continue }
      if !lines.isEmpty { lines.append(("", .text)) }
      lines.append((group.rawValue, .helpGroup))
      lines += entries
    }
    return lines
  }

  func draw(scroll: Int, in rect: Rect, on screen: inout Screen) {
    screen.frame(rect, title: "Help: keys", glyphs: context.state.glyphs, focused: true, titleRight: "esc closes")
    let inner = rect.inner
    let lines = Self.lines(context.keyMap)
    let columnWidth = 70
    let columnCount = max(1, min(3, (inner.width - 1) / columnWidth))
    // Groups stay whole: a column takes groups until the next would not fit; one column scrolls.
    var columns: [[(String, StyleRole)]] = [[]]
    var group: [(String, StyleRole)] = []
    func place(_ group: [(String, StyleRole)]) {
      guard !group.isEmpty else { return }
      if columns[columns.count - 1].count + group.count + 1 > inner.height, !columns[columns.count - 1].isEmpty,
        columns.count < columnCount
      {
        columns.append([])
      }
      let separator: [(String, StyleRole)] = columns[columns.count - 1].isEmpty ? [] : [("", .text)]
      columns[columns.count - 1] += separator + group
    }
    for line in lines {
      if line.0.isEmpty {
        place(group)
        group = []
      } else {
        group.append(line)
      }
    }
    place(group)
    for (index, column) in columns.enumerated() {
      let start = columns.count == 1 ? min(scroll, max(0, column.count - inner.height)) : 0
      for (row, line) in column.dropFirst(start).prefix(inner.height).enumerated() {
        let x = inner.x + 1 + index * columnWidth
        let limit = columns.count == 1 ? inner.width - 1 : columnWidth - 1
        screen.put(line.0, x: x, y: inner.y + row, style: CellStyle(line.1), limit: limit)
      }
    }
  }
}
