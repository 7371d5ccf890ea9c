import KubeModel

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
