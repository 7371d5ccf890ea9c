import KubeModel

/// Reads a k9s skin (`k9s: {body, frame, views, ...}`) as a theme, so users keep the look they chose for k9s.
///
/// k9s colours rows by their state with `frame.status` (addColor for healthy rows, modifyColor for rows on their
/// way, errorColor, killColor, completedColor, highlightColor for changes); those map onto the status roles. Keys
/// are matched without regard to case (skins in the wild write both `highlightColor` and `highlightcolor`).
enum K9sSkin {
  static func theme(from root: ManifestNode, name: String) throws(ThemeParser.Problem) -> Theme {
    let skin = Lookup(root["k9s"])
    var styles: [StyleRole: ThemeStyle] = [:]
    func color(_ path: String...) -> ThemeColor? {
      skin.text(path).flatMap { ThemeColor(parsing: $0) }
    }
    func set(
      _ role: StyleRole, _ foreground: ThemeColor?, _ background: ThemeColor? = nil, _ attributes: TextAttributes = []
    ) {
      guard foreground != nil || background != nil || !attributes.isEmpty else { return }
      styles[role] = ThemeStyle(foreground: foreground, background: background, attributes: attributes)
    }
    let bodyFg = color("body", "fgColor")
    let bodyBg = color("body", "bgColor")
    set(.text, bodyFg, bodyBg)
    set(.dim, color("frame", "menu", "fgColor") ?? bodyFg, bodyBg, [.dim])
    set(.header, color("info", "fgColor") ?? bodyFg, bodyBg, [.bold])
    set(.headerAccent, color("info", "sectionColor") ?? color("body", "logoColor"), bodyBg, [.bold])
    set(.paused, color("frame", "status", "errorColor"), bodyBg, [.bold, .reverse])
    set(.border, color("frame", "border", "fgColor"), bodyBg)
    set(.borderFocused, color("frame", "border", "focusColor"), bodyBg, [.bold])
    set(.title, color("frame", "title", "fgColor"), color("frame", "title", "bgColor") ?? bodyBg)
    set(.titleFocused, color("frame", "title", "highlightColor"), color("frame", "title", "bgColor") ?? bodyBg, [.bold])
    set(
      .columnHeader, color("views", "table", "header", "fgColor"), color("views", "table", "header", "bgColor"), [.bold]
    )
    let cursorBg = color("views", "table", "cursorBgColor") ?? color("views", "table", "cursorColor")
    set(
      .selection, color("views", "table", "cursorFgColor") ?? bodyBg ?? .ansi(0), cursorBg,
      cursorBg == nil ? [.reverse] : [])
    set(.changed, color("frame", "status", "highlightColor"), nil, [.bold])
    set(.running, color("frame", "status", "addColor") ?? color("views", "table", "fgColor"), bodyBg)
    set(.pending, color("frame", "status", "modifyColor"), bodyBg)
    set(.terminating, color("frame", "status", "killColor"), bodyBg)
    set(.failed, color("frame", "status", "errorColor"), bodyBg)
    set(.notReady, color("frame", "status", "errorColor"), bodyBg)
    set(.completed, color("frame", "status", "completedColor"), bodyBg)
    set(.eventWarning, color("frame", "status", "modifyColor"), bodyBg)
    set(.command, color("frame", "crumbs", "fgColor") ?? color("info", "sectionColor"), bodyBg, [.bold])
    set(.footer, color("frame", "menu", "fgColor"), bodyBg)
    set(.footerKey, color("frame", "menu", "keyColor"), bodyBg, [.bold])
    set(.prompt, color("prompt", "fgColor") ?? bodyFg, color("prompt", "bgColor") ?? bodyBg)
    set(.yamlKey, color("views", "yaml", "keyColor"), bodyBg)
    set(.yamlValue, color("views", "yaml", "valueColor"), bodyBg)
    set(.error, color("frame", "status", "errorColor"), bodyBg, [.bold])
    set(.barEmpty, color("frame", "border", "fgColor"), bodyBg)
    guard !styles.isEmpty else {
      throw ThemeParser.Problem(description: "\(name): the k9s skin sets no colours this dashboard uses")
    }
    return Theme(name: name, description: "Imported k9s skin", styles: styles)
  }

  /// Case-insensitive paths into the skin's mappings.
  struct Lookup {
    var node: ManifestNode?
    init(_ node: ManifestNode?) { self.node = node }

    func text(_ path: [String]) -> String? {
      var current = node
      for key in path {
        current = current?.entries?.first { $0.key.lowercased() == key.lowercased() }?.value
      }
      return current?.scalar?.text
    }
  }
}
