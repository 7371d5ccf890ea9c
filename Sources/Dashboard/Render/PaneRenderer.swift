import ClusterSim
import KubeModel

/// Draws one pane: its frame and title (count, filter, scope), the column header, and the rows on screen.
struct PaneRenderer {
  var context: RenderContext

  func draw(_ pane: PaneID, in rect: Rect, on screen: inout Screen) {
    let state = context.state
    let focused = state.focus == pane && state.overlay == nil
    let rows = context.index.rows(pane)
    let paneState = state[pane]
    var title = pane.title
    if let scope = state.scope, pane == .pods || scopeOwns(scope, pane) { title += " \u{2039}\(scope.label)\u{203A}" }
    if let filter = paneState.filter { title += " /\(filter.text)" }
    let position = rows.count == 0 ? "0" : "\(min(paneState.cursor + 1, rows.count))/\(rows.count)"
    screen.frame(rect, title: title, glyphs: state.glyphs, focused: focused, titleRight: position)
    let inner = rect.inner
    guard inner.height >= 2, inner.width >= 4 else { return }
    let allNamespaces = state.namespace == nil && pane != .nodes
    let columns = PaneColumns.columns(pane, allNamespaces: allNamespaces)
    let fit = ColumnFit(columns, width: inner.width - 1)
    var x = inner.x + 1
    for (slot, index) in fit.indices.enumerated() {
      let column = columns[index]
      screen.cell(
        column.title, x: x, y: inner.y, width: fit.widths[slot], style: CellStyle(.columnHeader),
        alignRight: column.alignRight, glyphs: state.glyphs)
      x += fit.widths[slot] + ColumnFit.gap
    }
    let visible = inner.height - 1
    let shown = rows.slice(from: paneState.scroll, limit: visible + 1)
    if rows.count == 0 {
      screen.put(emptyText(pane), x: inner.x + 1, y: inner.y + 1, style: CellStyle(.dim), limit: inner.width - 1)
      return
    }
    for (offset, row) in shown.prefix(visible).enumerated() {
      let y = inner.y + 1 + offset
      let next = offset + 1 < shown.count ? shown[offset + 1] : nil
      let isLastChild = next?.kind != .replicaSet
      let marked = context.marks.contains(row)
      guard
        let cells = PaneColumns.cells(
          row, pane: pane, allNamespaces: allNamespaces, cluster: context.cluster, glyphs: state.glyphs,
          isLastChild: isLastChild)
      else { continue }
      var x = inner.x + 1
      for (slot, index) in fit.indices.enumerated() {
        let cell = cells[index]
        let width = fit.widths[slot]
        if cell.text.hasPrefix("\u{1}"), let percent = Int(cell.text.dropFirst()) {
          screen.bar(percent: percent, role: cell.role, x: x, y: y, width: width, glyphs: state.glyphs, marked: marked)
        } else {
          screen.cell(
            cell.text, x: x, y: y, width: width,
            style: CellStyle(cell.role, marked: marked && index == nameColumn(columns)),
            alignRight: columns[index].alignRight, glyphs: state.glyphs)
        }
        x += width + ColumnFit.gap
      }
      if marked { screen[inner.x, y] = Cell(state.ascii ? "*" : "•", CellStyle(.changed, marked: true)) }
      if paneState.scroll + offset == paneState.cursor {
        screen.restyle(
          x: inner.x, y: y, width: inner.width, style: CellStyle(focused ? .selection : .selectionInactive))
      }
    }
  }

  private func nameColumn(_ columns: [Column]) -> Int { columns.firstIndex { $0.title == "NAME" } ?? 0 }

  private func scopeOwns(_ scope: DrillScope, _ pane: PaneID) -> Bool {
    switch (scope, pane) {
    case (.deployment, .deployments), (.node, .nodes), (.service, .services): return true
    default: return false
    }
  }

  private func emptyText(_ pane: PaneID) -> String {
    if context.state[pane].filter != nil { return "nothing matches the filter" }
    switch pane {
    case .nodes: return "no nodes: try :node add worker-1"
    case .deployments: return "no deployments: try :create deployment web --image=nginx --replicas=3"
    case .pods: return "no pods"
    case .services: return "no services"
    }
  }
}
