/// A line being typed at the bottom of the screen.
public struct Prompt: Hashable, Sendable {
  public enum Purpose: Hashable, Sendable {
    /// `/`: the focused pane's filter, applied as it is typed.
    case filter(PaneID)
    /// `:`: a line of the command language.
    case command
    /// `s`: the replica count of a Deployment or ReplicaSet.
    case scale(RowRef)
    /// `t`: how far to advance the clock.
    case advance
  }

  public var purpose: Purpose
  public var text: String
  /// The insertion point, in characters.
  public var cursor: Int
  /// Where Up/Down are in the command history (nil: the line being typed).
  public var historyIndex: Int?
  /// What Tab offered last, shown under the prompt.
  public var completions: [String] = []

  public init(purpose: Purpose, text: String = "") {
    self.purpose = purpose
    self.text = text
    self.cursor = text.count
  }

  public var label: String {
    switch purpose {
    case .filter: return "/"
    case .command: return ":"
    case .scale(let row): return "scale \(row.slashName) --replicas="
    case .advance: return "advance by (e.g. 30s, 5m): "
    }
  }
}
