import ClusterSim
import KubeModel

/// The events strip: the cluster's newest events and the commands keys ran, newest last, so a key press and what
/// the cluster did about it read as one story.
struct EventsStripRenderer {
  var context: RenderContext

  private struct Line {
    var time: Timestamp
    var order: Int
    var parts: [(String, StyleRole)]
  }

  func draw(in rect: Rect, on screen: inout Screen) {
    let state = context.state
    let title = state.namespace.map { "Events (\($0))" } ?? "Events"
    screen.frame(rect, title: title, glyphs: state.glyphs, focused: false)
    let inner = rect.inner
    guard inner.height > 0, inner.width > 4 else { return }
    let namespace = state.namespace
    let events = context.cluster.store.events.newest(inner.height) { event in
      namespace == nil || event.metadata.namespace == namespace || event.involvedObject.namespace == namespace
    }
    var lines: [Line] = []
    for (order, event) in events.enumerated() {
      let time = event.lastTimestamp ?? event.firstTimestamp ?? context.cluster.now
      let object = "\(event.involvedObject.kind.lowercased())/\(event.involvedObject.name)"
      var parts: [(String, StyleRole)] = [
        (ClockText.timeOfDay(time) + " ", .dim),
        (event.reason, event.type == "Warning" ? .eventWarning : .eventNormal), (" " + object, .dim),
        (" " + event.message, .text),
      ]
      if event.count > 1 { parts.append((" (x\(event.count))", .dim)) }
      lines.append(Line(time: time, order: order, parts: parts))
    }
    for (order, entry) in state.activity.suffix(inner.height).enumerated() {
      var parts: [(String, StyleRole)] = [
        (ClockText.timeOfDay(entry.time) + " ", .dim), ("$ " + entry.command, .command),
      ]
      if !entry.answer.isEmpty { parts.append(("  " + entry.answer, entry.succeeded ? .dim : .error)) }
      lines.append(Line(time: entry.time, order: -1_000_000 + order, parts: parts))
    }
    // A command sorts before the events of its instant: the events it caused read after it.
    lines.sort { ($0.time, $0.order) < ($1.time, $1.order) }
    var shown = Array(lines.suffix(inner.height))
    // The last command a key ran stays on the strip for a minute even when the events it caused push it out:
    // seeing `kubectl scale ...` next to its effects is the point.
    if let last = state.activity.last, let lastLine = lines.last(where: { $0.order < 0 }),
      !shown.contains(where: { $0.order == lastLine.order }),
      context.cluster.now.milliseconds - last.time.milliseconds <= 60_000, !shown.isEmpty
    {
      shown[0] = lastLine
    }
    for (row, line) in shown.enumerated() {
      var x = inner.x + 1
      let end = inner.x + inner.width
      for (text, role) in line.parts where x < end {
        x += screen.put(text, x: x, y: inner.y + row, style: CellStyle(role), limit: end - x)
      }
    }
  }
}
