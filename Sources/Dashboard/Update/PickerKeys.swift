import ClusterSim

/// Keys while a picker is open: move, choose with Enter, close with Esc.
enum PickerKeys {
  static func handle(_ key: Key, _ state: inout DashboardState, world: DashboardWorld) -> [Effect] {
    guard var picker = state.picker else { return [] }
    let action = world.keyMap.action(for: key)
    switch (key, action) {
    case (.escape, _), (_, .back), (_, .quit):
      state.picker = nil
    case (_, .up): picker.cursor = max(0, picker.cursor - 1)
    case (_, .down): picker.cursor = min(picker.options.count - 1, picker.cursor + 1)
    case (_, .top): picker.cursor = 0
    case (_, .bottom): picker.cursor = max(0, picker.options.count - 1)
    case (.enter, _):
      state.picker = nil
      guard picker.cursor < picker.options.count else { return [] }
      let value = picker.options[picker.cursor].value
      switch picker.purpose {
      case .namespace:
        state.namespace = value.isEmpty ? nil : value
        for pane in PaneID.allCases {
          state[pane].selected = nil
          state[pane].cursor = 0
        }
        return []
      case .undo(let deployment):
        let line = CommandLines.rollout("undo", deployment, cluster: world.cluster, extra: " --to-revision=\(value)")
        return [.run(line: line, shown: CommandEcho.shown(line))]
      case .theme:
        state.themeName = value
        return []
      }
    default: break
    }
    if state.picker != nil { state.picker = picker }
    return []
  }
}
