/// The prompt on the bottom row, with Tab's completions listed above it.
struct PromptRenderer {
  var context: RenderContext

  func draw(_ prompt: Prompt, footer: Rect, on screen: inout Screen) {
    screen.fill(x: footer.x, y: footer.y, width: footer.width, height: 1, with: Cell(" ", CellStyle(.prompt)))
    let label = prompt.label
    let labelWidth = screen.put(label, x: footer.x, y: footer.y, style: CellStyle(.prompt))
    let room = footer.width - labelWidth - 1
    let characters = Array(prompt.text)
    // Keep the cursor in view on long lines.
    let offset = max(0, prompt.cursor - room + 1)
    let visible = String(characters.dropFirst(offset).prefix(room))
    screen.put(visible, x: footer.x + labelWidth, y: footer.y, style: CellStyle(.promptInput))
    let cursorX = footer.x + labelWidth + prompt.cursor - offset
    let under = prompt.cursor < characters.count ? characters[prompt.cursor].unicodeScalars.first! : " "
    screen[cursorX, footer.y] = Cell(under, CellStyle(.selection))
    guard !prompt.completions.isEmpty else { return }
    let text = prompt.completions.joined(separator: "  ")
    screen.fill(x: footer.x, y: footer.y - 1, width: footer.width, height: 1, with: Cell(" ", CellStyle(.footer)))
    screen.put(" " + text, x: footer.x, y: footer.y - 1, style: CellStyle(.footerKey), limit: footer.width)
  }
}
