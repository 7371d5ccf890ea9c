import KubeModel

/// Reads theme files:
///
/// ```yaml
/// name: solarized
/// description: Solarized dark
/// styles:
///   text: { fg: "#839496", bg: "#002b36" }
///   selection: { fg: "#002b36", bg: "#268bd2", bold: true }
/// ```
///
/// A file with a top-level `k9s:` key is read as a k9s skin instead (see ``K9sSkin``).
public enum ThemeParser {
  public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
  }

  public static func parse(_ text: String, file: String) throws(Problem) -> Theme {
    let root: ManifestNode
    do {
      guard let document = try ManifestReader.documents(in: text, file: file).first else {
        throw Problem(description: "\(file): empty theme")
      }
      root = document.node
    } catch let error as Problem {
      throw error
    } catch {
      throw Problem(description: "\(file): \(error)")
    }
    if root["k9s"] != nil { return try K9sSkin.theme(from: root, name: themeName(file)) }
    var theme = Theme(
      name: root["name"]?.scalar?.text ?? themeName(file), description: root["description"]?.scalar?.text ?? "",
      styles: [:])
    for entry in root["styles"]?.entries ?? [] {
      guard let role = StyleRole(rawValue: entry.key) else {
        throw Problem(description: "\(file):\(entry.keyLine): unknown style \"\(entry.key)\"")
      }
      theme.styles[role] = try style(entry.value, file: file)
    }
    return theme
  }

  static func style(_ node: ManifestNode, file: String) throws(Problem) -> ThemeStyle {
    var style = ThemeStyle()
    for entry in node.entries ?? [] {
      let value = entry.value.scalar?.text ?? ""
      switch entry.key {
      case "fg", "foreground":
        style.foreground = try color(value, file: file, line: entry.keyLine)
      case "bg", "background":
        style.background = try color(value, file: file, line: entry.keyLine)
      default:
        guard let attribute = TextAttributes.names.first(where: { $0.0 == entry.key })?.1 else {
          throw Problem(description: "\(file):\(entry.keyLine): unknown style key \"\(entry.key)\"")
        }
        if value == "true" { style.attributes.insert(attribute) }
      }
    }
    return style
  }

  static func color(_ text: String, file: String, line: Int) throws(Problem) -> ThemeColor {
    guard let color = ThemeColor(parsing: text) else {
      throw Problem(description: "\(file):\(line): unknown colour \"\(text)\"")
    }
    return color
  }

  /// `Themes/solarized.yaml` -> `solarized`.
  static func themeName(_ file: String) -> String {
    var name = file.split(separator: "/").last.map(String.init) ?? file
    for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
    return name
  }
}
