import KubeModel

/// A view that covers the panes: text about an object, the rollout picture, or help.
public enum Overlay: Hashable, Sendable {
  case text(TextOverlay)
  case rollout(deployment: ObjectKey, scroll: Int)
  case help(scroll: Int)

  public var scroll: Int {
    get {
      switch self {
      case .text(let text): return text.scroll
      case .rollout(_, let scroll), .help(let scroll): return scroll
      }
    }
    set {
      switch self {
      case .text(var text):
        text.scroll = max(0, newValue)
        text.follow = false
        self = .text(text)
      case .rollout(let deployment, _): self = .rollout(deployment: deployment, scroll: max(0, newValue))
      case .help: self = .help(scroll: max(0, newValue))
      }
    }
  }
}

/// `d`, `y`, `e` and `l`: text about one object, recomputed every frame so it stays live.
public struct TextOverlay: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case describe, yaml, events, logs
  }

  public var kind: Kind
  public var target: RowRef
  public var scroll = 0
  /// Logs follow the end as lines arrive, until the user scrolls up.
  public var follow: Bool

  public init(kind: Kind, target: RowRef) {
    self.kind = kind
    self.target = target
    self.follow = kind == .logs
  }
}

/// A list to choose from: the namespace, a revision to roll back to, a theme.
public struct Picker: Hashable, Sendable {
  public enum Purpose: Hashable, Sendable {
    case namespace
    case undo(deployment: ObjectKey)
    case theme
  }

  public struct Option: Hashable, Sendable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
      self.label = label
      self.value = value
    }
  }

  public var purpose: Purpose
  public var title: String
  public var options: [Option]
  public var cursor: Int

  public init(purpose: Purpose, title: String, options: [Option], cursor: Int = 0) {
    self.purpose = purpose
    self.title = title
    self.options = options
    self.cursor = cursor
  }
}
