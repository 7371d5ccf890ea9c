/// Where everything goes for a terminal size: the header row, the four panes (two columns: Nodes over Deployments
/// on the left, Pods over Services on the right, Pods taller because it has the most rows), the events strip, and
/// the footer. Navigation uses the same layout to know how many rows a page is.
public struct Layout: Hashable, Sendable {
  /// Below this the dashboard says so instead of drawing.
  public static let minimumWidth = 50
  public static let minimumHeight = 14

  public var size: TerminalSize
  public var header: Rect
  /// The area the panes (or an overlay) cover.
  public var body: Rect
  public var panes: [PaneID: Rect]
  public var events: Rect
  public var footer: Rect

  public var isTooSmall: Bool { size.width < Self.minimumWidth || size.height < Self.minimumHeight }

  public init(size: TerminalSize, zoomed: PaneID? = nil) {
    self.size = size
    let width = size.width
    let height = size.height
    header = Rect(x: 0, y: 0, width: width, height: 1)
    footer = Rect(x: 0, y: height - 1, width: width, height: 1)
    let eventLines = height < 30 ? 3 : height < 50 ? 5 : 7
    events = Rect(x: 0, y: height - 1 - (eventLines + 2), width: width, height: eventLines + 2)
    body = Rect(x: 0, y: 1, width: width, height: events.y - 1)
    if let zoomed {
      panes = [zoomed: body]
      return
    }
    let leftWidth = width * 9 / 20
    let rightWidth = width - leftWidth
    let nodesHeight = body.height / 2
    let podsHeight = body.height * 3 / 5
    panes = [
      .nodes: Rect(x: 0, y: body.y, width: leftWidth, height: nodesHeight),
      .deployments: Rect(x: 0, y: body.y + nodesHeight, width: leftWidth, height: body.height - nodesHeight),
      .pods: Rect(x: leftWidth, y: body.y, width: rightWidth, height: podsHeight),
      .services: Rect(x: leftWidth, y: body.y + podsHeight, width: rightWidth, height: body.height - podsHeight),
    ]
  }

  /// Rows of data a pane shows: its frame and column header take three.
  public func visibleRows(_ pane: PaneID) -> Int { max(1, (panes[pane]?.height ?? 3) - 3) }

  /// The pane beside `pane` in a direction, for h/l and the arrows.
  public static func neighbour(of pane: PaneID, _ direction: Action) -> PaneID {
    switch (pane, direction) {
    case (.nodes, .right): return .pods
    case (.deployments, .right): return .services
    case (.pods, .left): return .nodes
    case (.services, .left): return .deployments
    default: return pane
    }
  }
}
