/// How a cell looks, by meaning rather than by colour: the theme turns roles into colours and attributes in the
/// terminal adapter, so the same screen draws in every theme and tests compare roles, not escape codes.
public struct CellStyle: Hashable, Sendable {
  public var role: StyleRole
  /// Part of a row that changed a moment ago ("briefly marked").
  public var isMarked: Bool

  public init(_ role: StyleRole, marked: Bool = false) {
    self.role = role
    self.isMarked = marked
  }
}
