/// The colours and attributes of one role.
public struct ThemeStyle: Hashable, Sendable {
  public var foreground: ThemeColor?
  public var background: ThemeColor?
  public var attributes: TextAttributes

  public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil, attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The style on a terminal of `depth`: colours degraded, attributes kept. Without colour, a style that relied on
  /// a background to stand out (the selection bar, the header) is drawn reversed instead.
  public func degraded(to depth: ColorDepth) -> ThemeStyle {
    var style = ThemeStyle(
      foreground: foreground?.degraded(to: depth), background: background?.degraded(to: depth),
      attributes: attributes)
    if depth == .none, let background, background != .terminalDefault { style.attributes.insert(.reverse) }
    return style
  }
}
