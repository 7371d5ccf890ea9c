/// A key press as the dashboard understands it, independent of curses: tests feed these directly.
public enum Key: Hashable, Sendable {
  case character(Character)
  /// Control plus a letter (`ctrl-d`), lowercase.
  case control(Character)
  case tab, backTab, enter, escape, backspace, delete
  case up, down, left, right, pageUp, pageDown, home, end
  case function(Int)

  /// The name help and key files use: `a`, `A`, `space`, `ctrl-d`, `shift-tab`, `pgdn`.
  public var name: String {
    switch self {
    case .character(" "): return "space"
    case .character(let character): return String(character)
    case .control(let character): return "ctrl-\(character)"
    case .tab: return "tab"
    case .backTab: return "shift-tab"
    case .enter: return "enter"
    case .escape: return "esc"
    case .backspace: return "backspace"
    case .delete: return "delete"
    case .up: return "up"
    case .down: return "down"
    case .left: return "left"
    case .right: return "right"
    case .pageUp: return "pgup"
    case .pageDown: return "pgdn"
    case .home: return "home"
    case .end: return "end"
    case .function(let number): return "f\(number)"
    }
  }

  /// Reads a key name as ``name`` writes it (and a few aliases: `return`, `escape`, `ctrl+d`, `C-d`).
  public init?(name raw: String) {
    let name = raw.count == 1 ? raw : raw.lowercased()
    if name.count == 1, let character = name.first {
      self = .character(character)
      return
    }
    for prefix in ["ctrl-", "ctrl+", "c-", "^"] where name.hasPrefix(prefix) && name.count == prefix.count + 1 {
      self = .control(name.last!)
      return
    }
    if name.hasPrefix("f"), let number = Int(name.dropFirst()), (1...24).contains(number) {
      self = .function(number)
      return
    }
    let named: [String: Key] = [
      "space": .character(" "), "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "enter": .enter,
      "return": .enter, "esc": .escape, "escape": .escape, "backspace": .backspace, "delete": .delete,
      "del": .delete, "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
      "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
    ]
    guard let key = named[name] else { return nil }
    self = key
  }
}
