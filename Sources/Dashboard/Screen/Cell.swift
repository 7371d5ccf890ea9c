/// One character cell of the screen: a Unicode scalar (the dashboard draws no double-width text) and its style.
public struct Cell: Hashable, Sendable {
  public var scalar: Unicode.Scalar
  public var style: CellStyle

  public init(_ scalar: Unicode.Scalar, _ style: CellStyle = .init(.text)) {
    self.scalar = scalar
    self.style = style
  }

  public static let blank = Cell(" ")
}
