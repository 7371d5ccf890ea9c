extension Screen {
  /// Draws a box on the edge of `rect` with a title in its top edge (` Pods 3/12 `).
  mutating func frame(_ rect: Rect, title: String, glyphs: Glyphs, focused: Bool, titleRight: String = "") {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let border = CellStyle(focused ? .borderFocused : .border)
    let right = rect.x + rect.width - 1
    let bottom = rect.y + rect.height - 1
    for x in rect.x...right {
      self[x, rect.y] = Cell(glyphs.horizontal, border)
      self[x, bottom] = Cell(glyphs.horizontal, border)
    }
    for y in rect.y...bottom {
      self[rect.x, y] = Cell(glyphs.vertical, border)
      self[right, y] = Cell(glyphs.vertical, border)
    }
    self[rect.x, rect.y] = Cell(glyphs.topLeft, border)
    self[right, rect.y] = Cell(glyphs.topRight, border)
    self[rect.x, bottom] = Cell(glyphs.bottomLeft, border)
    self[right, bottom] = Cell(glyphs.bottomRight, border)
    let room = rect.width - 4
    guard room > 0 else { return }
    let titleText = " \(title) "
    put(titleText, x: rect.x + 1, y: rect.y, style: CellStyle(focused ? .titleFocused : .title), limit: room + 2)
    if !titleRight.isEmpty {
      let text = " \(titleRight) "
      let start = right - text.count
      if start > rect.x + 1 + titleText.count { put(text, x: start, y: rect.y, style: CellStyle(.dim)) }
    }
  }

  /// Writes `text` into exactly `width` cells: cut with an ellipsis when too long, padded (left or right) when short.
  mutating func cell(_ text: String, x: Int, y: Int, width: Int, style: CellStyle, alignRight: Bool, glyphs: Glyphs) {
    guard width > 0 else { return }
    let length = text.unicodeScalars.count
    if length > width {
      put(text.unicodeScalars.prefix(width - 1).map(String.init).joined(), x: x, y: y, style: style)
      self[x + width - 1, y] = Cell(glyphs.ellipsis, style)
    } else {
      fill(x: x, y: y, width: width, height: 1, with: Cell(" ", style))
      put(text, x: alignRight ? x + width - length : x, y: y, style: style)
    }
  }

  /// A horizontal bar for a fraction in `percent`, with the number after it: `████░░░ 45%`.
  mutating func bar(percent: Int, role: StyleRole, x: Int, y: Int, width: Int, glyphs: Glyphs, marked: Bool) {
    let label = "\(percent)%"
    let barWidth = width - 5
    guard barWidth >= 2 else {
      cell(label, x: x, y: y, width: width, style: CellStyle(role, marked: marked), alignRight: true, glyphs: glyphs)
      return
    }
    let filled = min(barWidth, (barWidth * min(percent, 100) + 50) / 100)
    for offset in 0..<barWidth {
      let full = offset < filled
      self[x + offset, y] = Cell(full ? glyphs.barFull : glyphs.barEmpty, CellStyle(full ? role : .barEmpty))
    }
    cell(
      label, x: x + barWidth, y: y, width: 5, style: CellStyle(role, marked: marked), alignRight: true, glyphs: glyphs)
  }
}
