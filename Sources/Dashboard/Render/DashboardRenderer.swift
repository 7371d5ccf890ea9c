/// Draws a whole frame into a ``Screen``: header, panes (or the overlay covering them), events strip, footer or
/// prompt, and a picker on top. Pure: the same context and size always give the same screen.
public struct DashboardRenderer {
  public var context: RenderContext

  public init(context: RenderContext) {
    self.context = context
  }

  public func render() -> Screen {
    let state = context.state
    var screen = Screen(width: state.size.width, height: state.size.height)
    let layout = Layout(size: state.size, zoomed: state.zoomed ? state.focus : nil)
    if layout.isTooSmall {
      drawTooSmall(on: &screen)
      return screen
    }
    HeaderRenderer(context: context).draw(in: layout.header, on: &screen)
    switch state.overlay {
    case .text(let overlay)?:
      TextOverlayRenderer(context: context).draw(overlay, in: layout.body, on: &screen)
    case .rollout(let deployment, let scroll)?:
      RolloutRenderer(context: context).draw(deployment, scroll: scroll, in: layout.body, on: &screen)
    case .help(let scroll)?:
      HelpRenderer(context: context).draw(scroll: scroll, in: layout.body, on: &screen)
    case nil:
      for (pane, rect) in layout.panes { PaneRenderer(context: context).draw(pane, in: rect, on: &screen) }
    }
    EventsStripRenderer(context: context).draw(in: layout.events, on: &screen)
    if let prompt = state.prompt {
      PromptRenderer(context: context).draw(prompt, footer: layout.footer, on: &screen)
    } else {
      FooterRenderer(context: context).draw(in: layout.footer, on: &screen)
    }
    if let picker = state.picker { PickerRenderer(context: context).draw(picker, over: layout.body, on: &screen) }
    return screen
  }

  private func drawTooSmall(on screen: inout Screen) {
    let size = context.state.size
    let lines = [
      "Terminal too small: \(size.width)x\(size.height)",
      "kubarium needs at least \(Layout.minimumWidth)x\(Layout.minimumHeight)", "(q quits)",
    ]
    let top = max(0, (size.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let x = max(0, (size.width - line.count) / 2)
      screen.put(line, x: x, y: top + offset, style: CellStyle(offset == 0 ? .error : .text))
    }
  }
}
