import ArgumentParser
import ClusterSim
import Dashboard
import Foundation

/// `kubarium` / `kubarium tui`: the live dashboard.
struct TuiCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tui",
    abstract: "Open the live dashboard (the default).",
    discussion: """
      Keys: ? lists them all. Themes: default, light, high-contrast, monochrome, solarized, a theme file, or a k9s \
      skin file (--theme ~/.config/k9s/skins/dracula.yaml); also KUBARIUM_THEME. NO_COLOR is honoured. Keys can be \
      remapped in $XDG_CONFIG_HOME/kubarium/keys.yaml. Logs go to $XDG_STATE_HOME/kubarium/dashboard.log \
      (or KUBARIUM_LOG).
      """
  )

  @OptionGroup var cluster: ClusterOptions

  @Option(help: "The theme: a built-in name, a name in $XDG_CONFIG_HOME/kubarium/themes, or a file.")
  var theme: String?

  @Option(help: "The speed of virtual time: 0.5, 1, 2, 5, 10, 30 or 60.")
  var speed: Double = 1

  @Flag(help: "Draw with ASCII instead of Unicode box drawing.")
  var ascii = false

  @Flag(help: "Start with time paused.")
  var paused = false

  @Flag(help: "Show Secrets' values decoded in the YAML view instead of masked (X toggles it there).")
  var showSecrets = false

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
      throw ValidationError("the dashboard needs a terminal; use `kubarium run` for scripts")
    }
    var state = DashboardState()
    state.paused = paused
    state.clusterName =
      cluster.cluster.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "default"
    let launcher = DashboardLauncher(
      environment: environment, theme: theme, ascii: ascii, speed: speed, showSecrets: showSecrets)
    try launcher.run(try cluster.makeSimulation(), state: state)
  }
}
