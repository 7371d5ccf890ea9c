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
    let columnWidth = 56
    let columns = max(1, min(3, (inner.width - 1) / columnWidth))
    let perColumn = max(1, inner.height)
    let start = min(scroll, max(0, lines.count - perColumn * columns))
    let visible = Array(lines.dropFirst(start))
    for column in 0..<columns {
      for row in 0..<perColumn {
        let index = column * perColumn + row
        guard index < visible.count else { break }
        let (text, role) = visible[index]
        let x = inner.x + 1 + column * columnWidth
        let limit = columns == 1 ? inner.width - 1 : columnWidth - 1
        screen.put(text, x: x, y: inner.y + row, style: CellStyle(role), limit: limit)
      }
    }
  }
}
