import KubeModel

/// Which key does what: one table that dispatches keys, writes the footer and the help screen, and that a
/// `keys.yaml` file can change.
public struct KeyMap: Hashable, Sendable {
  /// One key bound to one action, everywhere or only while one pane has the focus (`l` is "logs" on the Pods
  /// pane and "pane to the right" elsewhere, as in k9s and vi).
  public struct Binding: Hashable, Sendable {
    public var key: Key
    public var action: Action
    public var pane: PaneID?

    public init(_ key: Key, _ action: Action, pane: PaneID? = nil) {
      self.key = key
      self.action = action
      self.pane = pane
    }
  }

  public private(set) var bindings: [Binding]

  public init(_ bindings: [Binding]) {
    self.bindings = bindings
  }

  /// The action of a key with `pane` focused: a binding for that pane wins over a global one.
  public func action(for key: Key, in pane: PaneID? = nil) -> Action? {
    if let pane, let binding = bindings.first(where: { $0.key == key && $0.pane == pane }) { return binding.action }
    return bindings.first { $0.key == key && $0.pane == nil }?.action
  }

  /// The keys of an action, in the order they were bound; pane-specific ones only for that pane.
  public func keys(for action: Action, in pane: PaneID? = nil) -> [Key] {
    let shadowed = Set(bindings.filter { $0.pane != nil && $0.pane == pane }.map(\.key))
    let matching = bindings.filter {
      $0.action == action && ($0.pane == pane || ($0.pane == nil && !shadowed.contains($0.key)))
    }
    return (matching.filter { $0.pane != nil } + matching.filter { $0.pane == nil }).map(\.key)
  }

  /// `+`, `x/ctrl-d`: how help and the footer name an action's keys.
  public func keyNames(for action: Action, in pane: PaneID? = nil) -> String {
    keys(for: action, in: pane).map(\.name).joined(separator: "/")
  }

  public static let standard = KeyMap([
    .init(.character("q"), .quit), .init(.character("?"), .help),
    .init(.tab, .nextPane), .init(.backTab, .previousPane),
    .init(.up, .up), .init(.character("k"), .up), .init(.down, .down), .init(.character("j"), .down),
    .init(.left, .left), .init(.character("h"), .left), .init(.right, .right), .init(.character("l"), .right),
    .init(.pageUp, .pageUp), .init(.control("b"), .pageUp), .init(.pageDown, .pageDown),
    .init(.control("f"), .pageDown),
    .init(.character("g"), .top), .init(.home, .top), .init(.character("G"), .bottom), .init(.end, .bottom),
    .init(.enter, .drillDown), .init(.escape, .back), .init(.character("/"), .filter),
    .init(.character("n"), .namespace),
    .init(.character("z"), .zoom),
    .init(.character("d"), .describe), .init(.character("y"), .yaml), .init(.character("e"), .events),
    .init(.character("L"), .logs), .init(.character("l"), .logs, pane: .pods),
    .init(.character("r"), .rollout),
    // k9s decodes a Secret with `x`; here `x` kills a pod, so the shifted key reveals.
    .init(.character("X"), .revealSecrets),
    .init(.character("+"), .scaleUp), .init(.character("="), .scaleUp), .init(.character("-"), .scaleDown),
    .init(.character("s"), .scaleTo), .init(.character("i"), .setImage), .init(.character("u"), .rolloutUndo),
    .init(.character("R"), .rolloutRestart), .init(.character("p"), .rolloutPause),
    .init(.character("x"), .deletePod), .init(.control("d"), .deletePod), .init(.character("c"), .crashContainer),
    .init(.character("F"), .failNode), .init(.character("N"), .recoverNode), .init(.character("C"), .cordon),
    .init(.character("D"), .drain),
    .init(.character(":"), .command),
    .init(.character(" "), .pauseTime), .init(.character(">"), .faster), .init(.character("<"), .slower),
    .init(.character("."), .step), .init(.character("t"), .advanceTime),
    .init(.character("T"), .nextTheme),
  ])

  /// The standard map changed by a `keys.yaml`: each entry names an action and the key or keys it should have
  /// (`scale-up: [+, "="]`, `logs: l`), replacing that action's standard keys. A key taken from another action
  /// leaves it.
  public static func standard(overriddenBy text: String, file: String) throws(ThemeParser.Problem) -> KeyMap {
    let root: ManifestNode
    do {
      guard let document = try ManifestReader.documents(in: text, file: file).first else { return .standard }
      root = document.node
    } catch {
      throw ThemeParser.Problem(description: "\(file): \(error)")
    }
    var overrides: [Action: [Key]] = [:]
    for entry in root["keys"]?.entries ?? root.entries ?? [] {
      guard let action = Action(rawValue: entry.key) else {
        throw ThemeParser.Problem(description: "\(file):\(entry.keyLine): unknown action \"\(entry.key)\"")
      }
      let names = entry.value.items?.compactMap { $0.scalar?.text } ?? [entry.value.scalar?.text ?? ""]
      var keys: [Key] = []
      for name in names {
        guard let key = Key(name: name) else {
          throw ThemeParser.Problem(description: "\(file):\(entry.keyLine): unknown key \"\(name)\"")
        }
        keys.append(key)
      }
      overrides[action] = keys
    }
    let taken = Set(overrides.values.flatMap { $0 })
    var bindings: [Binding] = []
    for action in Action.allCases {
      if let keys = overrides[action] {
        bindings += keys.map { Binding($0, action) }
      } else {
        bindings += standard.bindings.filter { $0.action == action && !taken.contains($0.key) }
      }
    }
    return KeyMap(bindings)
  }
}
