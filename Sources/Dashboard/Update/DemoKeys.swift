/// The keys of a guided demo: space, enter or right go on (first from a step's output to the panes, then to the
/// next step), the arrows and page keys scroll the output, esc leaves the demo. Any other key hands the cluster
/// over: the demo ends and the key does what it always does, so a teacher can stop at any moment and explore.
enum DemoKeys {
  /// The effects of a demo key, or nil when the key is not one: the demo has then ended and the caller handles
  /// the key as usual.
  static func handle(_ key: Key, _ state: inout DashboardState) -> [Effect]? {
    guard var demo = state.demo else { return nil }
    defer { if state.demo != nil { state.demo = demo } }
    switch key {
    case .character(" "), .enter, .right:
      if demo.output != nil {
        demo.output = nil
        demo.phase += 1
        return []
      }
      if demo.player.isFinished {
        takeOver(&state)
        return []
      }
      return [.demoStep]
    case .up, .down, .pageUp, .pageDown, .home, .end:
      guard let output = demo.output else { break }
      let page = 10
      switch key {
      case .up: demo.outputScroll -= 1
      case .down: demo.outputScroll += 1
      case .pageUp: demo.outputScroll -= page
      case .pageDown: demo.outputScroll += page
      case .home: demo.outputScroll = 0
      default: demo.outputScroll = output.count
      }
      demo.outputScroll = max(0, min(demo.outputScroll, max(0, output.count - 1)))
      return []
    case .escape:
      takeOver(&state)
      return []
    default:
      break
    }
    takeOver(&state)
    return nil
  }

  /// Ends the demo: the clock runs again, and the cluster is the user's.
  static func takeOver(_ state: inout DashboardState) {
    state.demo = nil
    state.paused = false
    state.message = StatusMessage("demo over: the cluster is yours (? lists the keys)")
  }
}
