/// A small centred list to choose from (namespace, revision, theme).
struct PickerRenderer {
  var context: RenderContext

  func draw(_ picker: Picker, over body: Rect, on screen: inout Screen) {
    let longest = picker.options.map(\.label.count).max() ?? 10
    let width = min(body.width - 4, max(longest, picker.title.count) + 6)
    let height = min(body.height - 2, picker.options.count + 2)
    guard width > 6, height > 2 else { return }
    let rect = Rect(
      x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
    screen.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, with: Cell(" ", CellStyle(.text)))
    screen.frame(rect, title: picker.title, glyphs: context.state.glyphs, focused: true)
    let inner = rect.inner
    let scroll = max(0, picker.cursor - inner.height + 1)
    for (row, option) in picker.options.dropFirst(scroll).prefix(inner.height).enumerated() {
      let y = inner.y + row
      let selected = scroll + row == picker.cursor
      screen.put(" " + option.label, x: inner.x, y: y, style: CellStyle(.text), limit: inner.width)
      if selected { screen.restyle(x: inner.x, y: y, width: inner.width, style: CellStyle(.selection)) }
    }
  }
}
