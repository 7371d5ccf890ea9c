/// The themes shipped in `Themes/`, read from the copies embedded in the binary.
public enum BuiltInThemes {
  /// The order `T` cycles through.
  static let order = ["default", "light", "high-contrast", "monochrome", "solarized"]

  /// Every built-in theme, parsed once. A built-in file that fails to parse is a bug a test catches; the rest
  /// still load.
  public static let all: [Theme] = {
    let themes = BuiltInThemeFiles.files.compactMap { try? ThemeParser.parse($0.text, file: $0.file) }
    return themes.sorted {
      (order.firstIndex(of: $0.name) ?? 99, $0.name) < (order.firstIndex(of: $1.name) ?? 99, $1.name)
    }
  }()

  public static func named(_ name: String) -> Theme? { all.first { $0.name == name } }

  /// Used only if no theme could be read at all: plain text with a reversed selection.
  public static let fallback = Theme(
    name: "fallback",
    styles: [.selection: ThemeStyle(attributes: .reverse), .header: ThemeStyle(attributes: .reverse)])
}
