/// The characters frames and bars are drawn with: Unicode box drawing, or plain ASCII for terminals and fonts
/// without it (`--ascii`).
public struct Glyphs: Hashable, Sendable {
  public var horizontal: Unicode.Scalar
  public var vertical: Unicode.Scalar
  public var topLeft: Unicode.Scalar
  public var topRight: Unicode.Scalar
  public var bottomLeft: Unicode.Scalar
  public var bottomRight: Unicode.Scalar
  public var barFull: Unicode.Scalar
  public var barEmpty: Unicode.Scalar
  public var treeBranch: String
  public var treeLast: String
  public var separator: String
  public var ellipsis: Unicode.Scalar
  public var podBox: Unicode.Scalar

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
    barFull: "█", barEmpty: "░", treeBranch: "├ ", treeLast: "└ ", separator: " │ ", ellipsis: "…", podBox: "■")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    barFull: "#", barEmpty: ".", treeBranch: "|-", treeLast: "`-", separator: " | ", ellipsis: "~", podBox: "#")
}
