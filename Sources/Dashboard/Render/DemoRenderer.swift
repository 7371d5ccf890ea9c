import ClusterSim

/// A guided demo on screen: the caption bar between the panes and the events strip (what is happening and why),
/// the last step's output over the panes until the next key, and the demo's keys in the footer.
struct DemoRenderer {
  var context: RenderContext

  /// Rows the caption bar takes for a state: its wrapped caption (at most 6 lines, 4 below 30 rows, 2 below 20, so
  /// the panes keep some room) and its frame; 0 without a demo.
  static func captionHeight(_ state: DashboardState) -> Int {
    guard let demo = state.demo else { return 0 }
    let most = state.size.height < 20 ? 2 : state.size.height < 30 ? 4 : 6
    let lines = DemoText.wrap(demo.caption, width: max(10, state.size.width - 4)).count
    return min(max(lines, 1), most) + 2
  }

  func drawCaption(_ demo: DemoState, in rect: Rect, on screen: inout Screen) {
    let state = context.state
    let pace = demo.autoInterval.map { "auto every \(Self.seconds($0))" } ?? ""
    screen.frame(rect, title: demo.heading, glyphs: state.glyphs, focused: true, titleRight: pace)
    let inner = rect.inner
    guard inner.height > 0, inner.width > 2 else { return }
    var lines = Array(DemoText.wrap(demo.caption, width: inner.width - 2).prefix(inner.height + 1))
    // A caption cut short says so, rather than stopping mid-sentence as if that were all.
    if lines.count > inner.height {
      lines.removeLast()
      lines[lines.count - 1] = String(lines[lines.count - 1].prefix(inner.width - 3)) + "…"
    }
    for (row, line) in lines.enumerated() {
      screen.put(line, x: inner.x + 1, y: inner.y + row, style: CellStyle(.message), limit: inner.width - 1)
    }
  }

  /// The commands of the step that just ran and what they printed, as `kubarium demo --headless` prints them.
  func drawOutput(_ demo: DemoState, lines: [String], in rect: Rect, on screen: inout Screen) {
    let state = context.state
    let inner = rect.inner
    let start = min(demo.outputScroll, max(0, lines.count - inner.height))
    let position = "\(start + 1)-\(min(lines.count, start + inner.height))/\(lines.count)"
    screen.frame(
      rect, title: "Step \(demo.player.nextStep): what the commands printed", glyphs: state.glyphs, focused: true,
      titleRight: position)
    for (row, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
      let style = CellStyle(line.hasPrefix("$ ") ? .command : .text)
      screen.put(line, x: inner.x + 1, y: inner.y + row, style: style, limit: inner.width - 1)
    }
  }

  /// The demo's keys; any other key hands the cluster over.
  func drawFooter(_ demo: DemoState, in rect: Rect, on screen: inout Screen) {
    screen.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, with: Cell(" ", CellStyle(.footer)))
    if let message = context.state.message {
      screen.put(" " + message.text, x: rect.x, y: rect.y, style: CellStyle(message.isError ? .error : .message))
      return
    }
    let next = demo.output != nil ? "show the cluster" : demo.player.isFinished ? "explore" : "next step"
    var keys: [(String, String)] = [("space", next)]
    if demo.output != nil { keys.append(("up/down", "scroll")) }
    keys += [("esc", "leave the demo"), ("any other key", "take over")]
    var x = rect.x + 1
    for (key, label) in keys {
      let width = key.count + 2 + label.count + 1
      if x + width > rect.x + rect.width { break }
      screen.put("<\(key)>", x: x, y: rect.y, style: CellStyle(.footerKey))
      screen.put(label, x: x + key.count + 2, y: rect.y, style: CellStyle(.footer))
      x += width
    }
  }

  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value))s" : "\(value)s"
  }
}
