import ClusterSim
import Foundation

/// The top row: cluster, namespace, scope, and the virtual clock with its speed or PAUSED.
struct HeaderRenderer {
  var context: RenderContext

  func draw(in rect: Rect, on screen: inout Screen) {
    let state = context.state
    screen.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, with: Cell(" ", CellStyle(.header)))
    var x = rect.x + 1
    x += screen.put("kubarium", x: x, y: rect.y, style: CellStyle(.headerAccent))
    var parts = ["cluster: \(state.clusterName)", "ns: \(state.namespace ?? "all")"]
    if !state.scopes.isEmpty { parts.append(state.scopes.map(\.label).joined(separator: " \u{203A} ")) }
    for part in parts {
      x += screen.put(state.glyphs.separator + part, x: x, y: rect.y, style: CellStyle(.header))
    }
    let clock = ClockText.elapsed(context.cluster.elapsed)
    let speed = state.paused ? "PAUSED" : state.speedText
    var right = clock
    if rect.width >= 100 { right = context.cluster.now.rfc3339.replacingOccurrences(of: "T", with: " ") + "  " + clock }
    let rightStart = rect.x + rect.width - 1 - speed.count - 2 - right.count
    guard rightStart > x else {
      // Too narrow for everything: the clock wins over the names.
      let start = max(rect.x, rect.x + rect.width - 1 - speed.count - 1 - clock.count)
      screen.put(clock + " ", x: start, y: rect.y, style: CellStyle(.header))
      screen.put(speed, x: start + clock.count + 1, y: rect.y, style: CellStyle(state.paused ? .paused : .headerAccent))
      return
    }
    screen.put(right, x: rightStart, y: rect.y, style: CellStyle(.header))
    screen.put(
      speed, x: rightStart + right.count + 2, y: rect.y, style: CellStyle(state.paused ? .paused : .headerAccent))
  }
}
