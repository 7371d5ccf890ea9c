import ClusterSim
import KubeModel

/// Moving around: panes, rows, drilling down and back, filters, namespaces, zoom.
enum Navigation {
  /// Tab's order: reading order of the grid.
  static let tabOrder: [PaneID] = [.nodes, .pods, .deployments, .services]

  static func perform(_ action: Action, _ state: inout DashboardState, world: DashboardWorld) -> [Effect] {
    let layout = Layout(size: state.size, zoomed: state.zoomed ? state.focus : nil)
    let page = max(1, layout.visibleRows(state.focus) - 1)
    switch action {
    case .nextPane, .previousPane:
      let index = tabOrder.firstIndex(of: state.focus)!
      let step = action == .nextPane ? 1 : tabOrder.count - 1
      state.focus = tabOrder[(index + step) % tabOrder.count]
    case .left, .right:
      state.focus = Layout.neighbour(of: state.focus, action)
    case .up: move(&state, by: -1, world: world)
    case .down: move(&state, by: 1, world: world)
    case .pageUp: move(&state, by: -page, world: world)
    case .pageDown: move(&state, by: page, world: world)
    case .top: move(&state, to: 0, world: world)
    case .bottom: move(&state, to: Int.max, world: world)
    case .drillDown: return drillDown(&state, world: world)
    case .back: back(&state)
    case .filter:
      state.prompt = Prompt(purpose: .filter(state.focus), text: state[state.focus].filter?.text ?? "")
    case .namespace:
      let namespaces = world.cluster.store.namespaces.keys().map(\.name)
      let options =
        [Picker.Option(label: "all namespaces", value: "")]
        + namespaces.map { Picker.Option(label: $0, value: $0) }
      let cursor = options.firstIndex { $0.value == (state.namespace ?? "") } ?? 0
      state.picker = Picker(purpose: .namespace, title: "Namespace", options: options, cursor: cursor)
    case .zoom:
      state.zoomed.toggle()
    default: break
    }
    DashboardUpdate.reconcile(&state, index: world.index)
    return []
  }

  static func move(_ state: inout DashboardState, by delta: Int, world: DashboardWorld) {
    move(&state, to: state[state.focus].cursor + delta, world: world)
  }

  static func move(_ state: inout DashboardState, to target: Int, world: DashboardWorld) {
    let rows = world.index.rows(state.focus)
    var pane = state[state.focus]
    pane.cursor = max(0, min(target, rows.count - 1))
    pane.selected = rows.count > 0 ? rows[pane.cursor] : nil
    state[state.focus] = pane
  }

  static func drillDown(_ state: inout DashboardState, world: DashboardWorld) -> [Effect] {
    guard let row = DashboardUpdate.selectedRow(state, world: world) else { return [] }
    let store = world.cluster.store
    let scope: DrillScope
    switch row.kind {
    case .deployment: scope = .deployment(row.key)
    case .replicaSet:
      guard let owner = store.replicaSets[row.key]?.metadata.controllerReference, owner.kind == "Deployment" else {
        return []
      }
      scope = .deployment(ObjectKey(namespace: row.key.namespace, name: owner.name))
    case .node: scope = .node(row.key.name)
    case .service: scope = .service(row.key)
    case .pod, .secret:
      state.overlay = .text(TextOverlay(kind: .describe, target: row))
      return []
    }
    if state.scope != scope { state.scopes.append(scope) }
    state.focus = .pods
    state[.pods].cursor = 0
    state[.pods].scroll = 0
    state[.pods].selected = nil
    return []
  }

  /// Esc: closes what is open, one thing at a time: zoom, then the innermost scope, then the pane's filter.
  static func back(_ state: inout DashboardState) {
    if state.zoomed {
      state.zoomed = false
    } else if !state.scopes.isEmpty {
      state.scopes.removeLast()
      state[.pods].selected = nil
    } else if state[state.focus].filter != nil {
      state[state.focus].filter = nil
    }
  }
}
