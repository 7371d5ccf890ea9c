import ClusterSim
import KubeModel

/// The dashboard's update function: a key (or a resize) and the state give the next state and the effects to run.
/// No terminal and no clock: tests feed keys and read the state and the command lines it asks for.
public enum DashboardUpdate {
  public static func update(_ state: inout DashboardState, _ input: DashboardInput, world: DashboardWorld) -> [Effect] {
    switch input {
    case .resize(let size):
      state.size = size
      reconcile(&state, index: world.index)
      return []
    case .key(let key):
      state.message = nil
      if Layout(size: state.size).isTooSmall {
        if world.keyMap.action(for: key) == .quit {
          state.shouldQuit = true
          return [.quit]
        }
        return []
      }
      if state.picker != nil { return PickerKeys.handle(key, &state, world: world) }
      if state.prompt != nil { return PromptKeys.handle(key, &state, world: world) }
      let pane = state.overlay == nil ? state.focus : nil
      guard let action = world.keyMap.action(for: key, in: pane) else {
        state.message = StatusMessage("\(key.name): no action (? lists the keys)")
        return []
      }
      return perform(action, &state, world: world)
    }
  }

  static func perform(_ action: Action, _ state: inout DashboardState, world: DashboardWorld) -> [Effect] {
    if state.overlay != nil, let effects = OverlayKeys.handle(action, &state, world: world) { return effects }
    switch action.group {
    case .navigation: return Navigation.perform(action, &state, world: world)
    case .views: return Views.open(action, &state, world: world)
    case .workloads, .nodes: return Actions.perform(action, &state, world: world)
    case .time: return TimeKeys.perform(action, &state)
    case .general:
      switch action {
      case .quit:
        state.shouldQuit = true
        return [.quit]
      case .help:
        state.overlay = .help(scroll: 0)
      case .command:
        state.prompt = Prompt(purpose: .command)
      case .nextTheme:
        let names = world.themeNames
        guard !names.isEmpty else { return [] }
        let next = ((names.firstIndex(of: state.themeName) ?? -1) + 1) % names.count
        state.themeName = names[next]
        state.message = StatusMessage("theme: \(state.themeName)")
      default: break
      }
      return []
    }
  }

  /// The row under the focused pane's cursor.
  static func selectedRow(_ state: DashboardState, world: DashboardWorld) -> RowRef? {
    let rows = world.index.rows(state.focus)
    let cursor = state[state.focus].cursor
    return cursor < rows.count ? rows[cursor] : nil
  }

  /// Keeps each cursor on the object it was on as rows come and go, within the rows, and in view.
  public static func reconcile(_ state: inout DashboardState, index: ClusterIndex) {
    let layout = Layout(size: state.size, zoomed: state.zoomed ? state.focus : nil)
    for pane in PaneID.allCases {
      let rows = index.rows(pane)
      var paneState = state[pane]
      if let selected = paneState.selected, let position = rows.position(of: selected) {
        paneState.cursor = position
      } else {
        paneState.cursor = max(0, min(paneState.cursor, rows.count - 1))
        paneState.selected = rows.count > 0 ? rows[paneState.cursor] : nil
      }
      let visible = layout.panes[pane] == nil ? Layout(size: state.size).visibleRows(pane) : layout.visibleRows(pane)
      if paneState.cursor < paneState.scroll { paneState.scroll = paneState.cursor }
      if paneState.cursor >= paneState.scroll + visible { paneState.scroll = paneState.cursor - visible + 1 }
      paneState.scroll = max(0, min(paneState.scroll, rows.count - visible))
      state[pane] = paneState
    }
  }
}
