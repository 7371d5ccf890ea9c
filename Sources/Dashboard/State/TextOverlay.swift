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
