/// Keys while describe, YAML, events, logs, the rollout view or help covers the panes: scrolling and closing.
/// Other view keys switch the view for the same object; everything else falls through to the panes.
enum OverlayKeys {
  static func handle(_ action: Action, _ state: inout DashboardState, world: DashboardWorld) -> [Effect]? {
    guard var overlay = state.overlay else { return nil }
    let page = max(1, Layout(size: state.size).body.height - 3)
    switch action {
    case .back, .left:
      state.overlay = nil
      state.logText = nil
    case .up: overlay.scroll = currentStart(overlay, state: state, world: world) - 1
    case .down: overlay.scroll = currentStart(overlay, state: state, world: world) + 1
    case .pageUp: overlay.scroll = currentStart(overlay, state: state, world: world) - page
    case .pageDown: overlay.scroll = currentStart(overlay, state: state, world: world) + page
    case .top: overlay.scroll = 0
    case .bottom:
      if case .text(var text) = overlay, text.kind == .logs {
        text.follow = true
        overlay = .text(text)
      } else {
        overlay.scroll = Int.max / 2
      }
    case .describe, .yaml, .events, .logs:
      if case .text(let text) = overlay {
        let kind: TextOverlay.Kind =
          action == .describe ? .describe : action == .yaml ? .yaml : action == .events ? .events : .logs
        if kind == .logs && text.target.kind != .pod { return [] }
        state.overlay = .text(TextOverlay(kind: kind, target: text.target))
        return kind == .logs ? Views.fetchLogs(state, world: world) : []
      }
      return nil
    case .revealSecrets:
      guard case .text(let text) = overlay, text.target.kind == .secret else { return nil }
      state.showSecrets.toggle()
      state.message = StatusMessage(state.showSecrets ? "secret values shown" : "secret values masked")
      if text.kind != .yaml { state.overlay = .text(TextOverlay(kind: .yaml, target: text.target)) }
      return []
    case .help, .quit, .command, .pauseTime, .faster, .slower, .step, .advanceTime, .nextTheme:
      return nil
    default:
      return nil
    }
    if state.overlay != nil, action != .back, action != .left { state.overlay = overlay }
    return []
  }

  /// Where a text view really starts (a large scroll is clamped when drawn; scrolling up starts from there).
  private static func currentStart(_ overlay: Overlay, state: DashboardState, world: DashboardWorld) -> Int {
    guard case .text(let text) = overlay else { return min(overlay.scroll, 10_000) }
    let height = Layout(size: state.size).body.height - 2
    let lines = OverlayText.lines(
      text, cluster: world.cluster, logText: state.logText, revealSecrets: state.showSecrets
    ).count
    return TextOverlayRenderer.start(text, lineCount: lines, height: height)
  }
}
