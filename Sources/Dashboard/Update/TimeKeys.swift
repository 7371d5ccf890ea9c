/// Space, `>`, `<`, `.` and `t`: the virtual clock. Stepping and advancing are commands (`advance 1s`), so they
/// show in the events strip like everything else.
enum TimeKeys {
  static func perform(_ action: Action, _ state: inout DashboardState) -> [Effect] {
    switch action {
    case .pauseTime:
      state.paused.toggle()
    case .faster:
      state.speedIndex = min(DashboardState.speeds.count - 1, state.speedIndex + 1)
      state.message = StatusMessage("speed \(state.speedText)")
    case .slower:
      state.speedIndex = max(0, state.speedIndex - 1)
      state.message = StatusMessage("speed \(state.speedText)")
    case .step:
      guard state.paused else {
        state.message = StatusMessage("step works while paused: space pauses")
        return []
      }
      return [.run(line: "advance 1s", shown: "advance 1s")]
    case .advanceTime:
      state.prompt = Prompt(purpose: .advance)
    default: break
    }
    return []
  }
}
