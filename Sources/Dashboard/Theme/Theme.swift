/// Text attributes a theme may ask for; the only styling a monochrome theme or `NO_COLOR` keeps.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1)
  public static let dim = TextAttributes(rawValue: 2)
  public static let underline = TextAttributes(rawValue: 4)
  public static let reverse = TextAttributes(rawValue: 8)
  public static let italic = TextAttributes(rawValue: 16)

  /// Names as theme files spell them.
  public static let names: [(String, TextAttributes)] = [
    ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic),
  ]
}

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

/// A named set of styles for every ``StyleRole``, read from a YAML file in `Themes/` or from a k9s skin.
public struct Theme: Hashable, Sendable {
  public var name: String
  public var description: String
  public var styles: [StyleRole: ThemeStyle]
  /// Whether the theme uses only attributes (the monochrome theme): colour depth does not matter to it.
  public var isMonochrome: Bool { styles.values.allSatisfy { $0.foreground == nil && $0.background == nil } }

  public init(name: String, description: String = "", styles: [StyleRole: ThemeStyle]) {
    self.name = name
    self.description = description
    self.styles = styles
  }

  /// The style of a role, following fallbacks to `text` when the theme leaves it out; marked (changed) cells add
  /// the `changed` role's attributes and foreground.
  public func style(for style: CellStyle) -> ThemeStyle {
    var resolved = self.style(for: style.role)
    if style.isMarked {
      let changed = self.style(for: .changed)
      resolved.attributes.formUnion(changed.attributes)
      if let foreground = changed.foreground, style.role != .selection { resolved.foreground = foreground }
    }
    return resolved
  }

  public func style(for role: StyleRole) -> ThemeStyle {
    var current: StyleRole? = role
    while let candidate = current {
      if let style = styles[candidate] { return style }
      current = candidate.fallback
    }
    return ThemeStyle()
  }
}
