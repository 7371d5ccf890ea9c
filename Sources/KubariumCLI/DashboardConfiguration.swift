import ArgumentParser
import Dashboard
import Foundation

/// Where the dashboard's files are: themes and keys under the XDG config directory, the log under the XDG state
/// directory.
struct DashboardConfiguration {
  var environment: [String: String]

  var configDirectory: String {
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/kubarium" }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/kubarium"
  }

  var logFile: String {
    if let path = environment["KUBARIUM_LOG"], !path.isEmpty { return path }
    if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty { return xdg + "/kubarium/dashboard.log" }
    return (environment["HOME"] ?? NSTemporaryDirectory()) + "/.local/state/kubarium/dashboard.log"
  }

  /// The key map: the standard one, changed by `keys.yaml` when there is one.
  func keyMap() throws -> KeyMap {
    let path = configDirectory + "/keys.yaml"
    guard let data = FileManager.default.contents(atPath: path) else { return .standard }
    do {
      return try KeyMap.standard(overriddenBy: String(decoding: data, as: UTF8.self), file: path)
    } catch {
      throw ValidationError(error.description)
    }
  }

  /// The built-in themes, the user's (`themes/*.yaml` in the config directory), and the one asked for: a name
  /// among those, or a theme or k9s skin file.
  func themes(selecting requested: String?) throws -> (all: [Theme], selected: String) {
    var all = BuiltInThemes.all
    let directory = configDirectory + "/themes"
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for file in files.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
      if let theme = try? load(directory + "/" + file) {
        all.removeAll { $0.name == theme.name }
        all.append(theme)
      }
    }
    guard let requested, !requested.isEmpty else { return (all, "default") }
    if all.contains(where: { $0.name == requested }) { return (all, requested) }
    let path = (requested as NSString).expandingTildeInPath
    guard FileManager.default.fileExists(atPath: path) else {
      throw ValidationError(
        "unknown theme \"\(requested)\": use one of \(all.map(\.name).joined(separator: ", ")), or a file")
    }
    let theme = try load(path)
    all.removeAll { $0.name == theme.name }
    all.append(theme)
    return (all, theme.name)
  }

  private func load(_ path: String) throws -> Theme {
    guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
    do {
      return try ThemeParser.parse(String(decoding: data, as: UTF8.self), file: path)
    } catch {
      throw ValidationError(error.description)
    }
  }
}
