/// The bottom row: the focused pane's keys (from the key map), or the message answering the last key.
struct FooterRenderer {
  var context: RenderContext

  /// The actions worth a place in the footer, most useful first, for what has the focus.
  static func actions(for state: DashboardState) -> [Action] {
    if state.picker != nil { return [.up, .down, .drillDown, .back] }
    if let overlay = state.overlay {
      if case .help = overlay { return [.back, .up, .down, .pageDown, .quit] }
      if case .text(let text) = overlay, text.target.kind == .secret {
        return [.back, .yaml, .describe, .revealSecrets, .up, .down, .pageUp, .pageDown, .quit]
      }
      return [.back, .up, .down, .pageUp, .pageDown, .top, .bottom, .quit]
    }
    let common: [Action] = [.filter, .command, .pauseTime, .faster, .slower, .help, .quit]
    switch state.focus {
    case .nodes:
      return [.drillDown, .describe, .cordon, .drain, .failNode, .recoverNode, .yaml, .events, .zoom] + common
    case .deployments:
      return [
        .scaleUp, .scaleDown, .scaleTo, .rollout, .setImage, .rolloutUndo, .rolloutRestart, .rolloutPause,
        .drillDown, .describe, .yaml, .zoom,
      ] + common
    case .pods:
      return [.logs, .deletePod, .crashContainer, .describe, .yaml, .events, .zoom] + common
    case .services:
      return [.drillDown, .describe, .yaml, .events, .zoom] + common
    }
  }

  func draw(in rect: Rect, on screen: inout Screen) {
    let state = context.state
    screen.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, with: Cell(" ", CellStyle(.footer)))
    if let message = state.message {
      screen.put(" " + message.text, x: rect.x, y: rect.y, style: CellStyle(message.isError ? .error : .message))
      return
    }
    var x = rect.x + 1
    let pane = state.overlay == nil ? state.focus : nil
    for action in Self.actions(for: state) {
      guard let key = context.keyMap.keys(for: action, in: pane).first else { continue }
      let keyText = "<\(key.name)>"
      let width = keyText.count + action.label.count + 1
      if x + width > rect.x + rect.width { break }
      screen.put(keyText, x: x, y: rect.y, style: CellStyle(.footerKey))
      screen.put(action.label, x: x + keyText.count, y: rect.y, style: CellStyle(.footer))
      x += width
    }
  }
}
