/// Where a pane's cursor is and what it shows.
public struct PaneState: Hashable, Sendable {
  /// The row the cursor is on.
  public var cursor = 0
  /// The first row shown.
  public var scroll = 0
  /// The object under the cursor: the cursor follows it when rows above it come and go.
  public var selected: RowRef?
  public var filter: PaneFilter?

  public init() {}
}
