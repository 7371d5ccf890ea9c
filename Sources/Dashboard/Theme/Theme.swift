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
