/// Draws describe, YAML, events and logs: a framed, scrollable text view. YAML keys get their own colour.
struct TextOverlayRenderer {
  var context: RenderContext

  func draw(_ overlay: TextOverlay, in rect: Rect, on screen: inout Screen) {
    let lines = OverlayText.lines(
      overlay, cluster: context.cluster, logText: context.state.logText, revealSecrets: context.state.showSecrets)
    let title: String
    switch overlay.kind {
    case .describe: title = "Describe \(overlay.target.slashName)"
    case .yaml:
      title =
        "YAML \(overlay.target.slashName)"
        + (overlay.target.kind != .secret ? "" : context.state.showSecrets ? " (values shown)" : " (values masked)")
    case .events: title = "Events \(overlay.target.slashName)"
    case .logs: title = "Logs \(overlay.target.slashName)" + (overlay.follow ? " (following)" : "")
    }
    let inner = rect.inner
    let start = Self.start(overlay, lineCount: lines.count, height: inner.height)
    let position = lines.isEmpty ? "" : "\(start + 1)-\(min(lines.count, start + inner.height))/\(lines.count)"
    screen.frame(rect, title: title, glyphs: context.state.glyphs, focused: true, titleRight: position)
    for (row, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
      let y = inner.y + row
      if overlay.kind == .yaml, let colon = line.firstIndex(of: ":") {
        let key = line[..<colon]
        let written = screen.put(key, x: inner.x + 1, y: y, style: CellStyle(.yamlKey), limit: inner.width - 1)
        screen.put(
          line[colon...], x: inner.x + 1 + written, y: y, style: CellStyle(.yamlValue), limit: inner.width - 1 - written
        )
      } else {
        screen.put(line, x: inner.x + 1, y: y, style: CellStyle(.text), limit: inner.width - 1)
      }
    }
  }

  /// The first line shown: the end when following logs, otherwise the scroll position kept inside the text.
  static func start(_ overlay: TextOverlay, lineCount: Int, height: Int) -> Int {
    let last = max(0, lineCount - height)
    return overlay.follow ? last : min(overlay.scroll, last)
  }
}
