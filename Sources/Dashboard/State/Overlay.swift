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
