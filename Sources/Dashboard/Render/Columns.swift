/// A column of a pane: how wide it likes to be, how narrow it may get, and how soon it is dropped when space is
/// short (lower priority numbers stay longest). The flexible column (the name) takes what is left over.
struct Column: Sendable {
  var title: String
  var preferred: Int
  var minimum: Int
  /// How wide it may grow when space is left over.
  var maximum: Int
  var priority: Int
  var flexible = false
  var alignRight = false

  init(
    _ title: String, _ preferred: Int, min minimum: Int? = nil, max maximum: Int? = nil, priority: Int,
    flexible: Bool = false, right: Bool = false
  ) {
    self.title = title
    self.preferred = preferred
    self.minimum = minimum ?? preferred
    self.maximum = maximum ?? preferred
    self.priority = priority
    self.flexible = flexible
    self.alignRight = right
  }
}
