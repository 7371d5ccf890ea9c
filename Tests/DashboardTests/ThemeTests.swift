import Dashboard
import Foundation
import Testing

/// Themes: the built-in files parse, are embedded as they are in `Themes/`, style every role, and degrade to what
/// the terminal has; k9s skins import; NO_COLOR turns colour off.
@Suite struct ThemeTests {
  static let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Themes")

  @Test func builtInThemesAreTheFilesInThemes() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory.path).filter {
      $0.hasSuffix(".yaml")
    }
    #expect(Set(files) == Set(BuiltInThemeFiles.files.map(\.file)), "run scripts/embed-themes.sh")
    for (file, text) in BuiltInThemeFiles.files {
      let onDisk = try String(contentsOf: Self.themesDirectory.appendingPathComponent(file), encoding: .utf8)
      let normalized = onDisk.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }.joined(separator: "\n")
      #expect(
        normalized.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines),
        "\(file) drifted: run scripts/embed-themes.sh")
    }
  }

  @Test func theFiveThemesParseAndStyleEveryRole() throws {
    #expect(BuiltInThemes.all.map(\.name) == ["default", "light", "high-contrast", "monochrome", "solarized"])
    for (file, text) in BuiltInThemeFiles.files {
      let theme = try ThemeParser.parse(text, file: file)
      for role in StyleRole.allCases {
        // Every role resolves to something (explicitly or through its fallback).
        _ = theme.style(for: role)
      }
      #expect(theme.styles[.selection] != nil, "\(theme.name) has no selection style")
    }
    #expect(BuiltInThemes.named("monochrome")?.isMonochrome == true)
    #expect(BuiltInThemes.named("default")?.isMonochrome == false)
  }

  @Test(arguments: ["default", "light", "high-contrast", "monochrome", "solarized"])
  func everyThemeRenders(name: String) {
    var session = Fixtures.session(width: 120, height: 40)
    session.state.themeName = name
    #expect(session.theme.name == name)
    let screen = session.render()
    for depth in [ColorDepth.none, .ansi8, .ansi16, .indexed256, .trueColor] {
      for cell in screen.cells {
        let style = session.theme.style(for: cell.style).degraded(to: depth)
        if depth == .none { #expect(style.foreground == nil && style.background == nil) }
      }
    }
  }

  @Test func colorsDegrade() {
    let solarizedBlue = ThemeColor(parsing: "#268bd2")!
    #expect(solarizedBlue == .rgb(0x26, 0x8b, 0xd2))
    #expect(solarizedBlue.degraded(to: .trueColor) == solarizedBlue)
    #expect(solarizedBlue.degraded(to: .indexed256) == .indexed(32))
    if case .ansi(let index)? = solarizedBlue.degraded(to: .ansi16) {
      #expect(index < 16)
    } else {
      Issue.record("no ANSI colour")
    }
    if case .ansi(let index)? = solarizedBlue.degraded(to: .ansi8) {
      #expect(index < 8)
    } else {
      Issue.record("no ANSI colour")
    }
    #expect(ThemeColor(parsing: "bright-red")?.degraded(to: .ansi8) == .ansi(1))
    #expect(ThemeColor(parsing: "color245") == .indexed(245))
    #expect(ThemeColor(parsing: "dodgerblue") == .rgb(30, 144, 255))
    #expect(ThemeColor(parsing: "default") == .terminalDefault)
    #expect(ThemeColor(parsing: "nonsense") == nil)
    // Without colour, a style that stood out by its background is reversed instead.
    let selection = ThemeStyle(foreground: .ansi(0), background: .ansi(6)).degraded(to: .none)
    #expect(selection.attributes.contains(.reverse))
  }

  @Test func colorDepthDetection() {
    #expect(ColorDepth.detect(colors: 256, environment: ["NO_COLOR": "1"]) == .none)
    #expect(ColorDepth.detect(colors: 256, environment: [:]) == .indexed256)
    #expect(ColorDepth.detect(colors: 256, environment: ["COLORTERM": "truecolor"]) == .indexed256)
    #expect(ColorDepth.detect(colors: 16_777_216, environment: ["COLORTERM": "truecolor"]) == .trueColor)
    #expect(ColorDepth.detect(colors: 8, environment: [:]) == .ansi8)
    #expect(ColorDepth.detect(colors: 16, environment: [:]) == .ansi16)
    #expect(ColorDepth.detect(colors: 0, environment: [:]) == .none)
  }

  @Test func importsAK9sSkin() throws {
    let skin = """
      foreground: &fg "#f8f8f2"
      k9s:
        body:
          fgColor: *fg
          bgColor: "#282a36"
          logoColor: "#bd93f9"
        frame:
          border:
            fgColor: "#44475a"
            focusColor: "#6272a4"
          status:
            newColor: "#8be9fd"
            modifyColor: "#bd93f9"
            addColor: "#50fa7b"
            errorColor: "#ff5555"
            highlightcolor: "#ffb86c"
            killColor: "#6272a4"
            completedColor: "#6272a4"
        views:
          table:
            cursorBgColor: "#44475a"
            header:
              fgColor: "#f8f8f2"
      """
    let theme = try ThemeParser.parse(skin, file: "/home/me/.config/k9s/skins/dracula.yaml")
    #expect(theme.name == "dracula")
    #expect(theme.style(for: .text).foreground == .rgb(0xf8, 0xf8, 0xf2))
    #expect(theme.style(for: .running).foreground == .rgb(0x50, 0xfa, 0x7b))
    #expect(theme.style(for: .failed).foreground == .rgb(0xff, 0x55, 0x55))
    #expect(theme.style(for: .changed).foreground == .rgb(0xff, 0xb8, 0x6c))
    #expect(theme.style(for: .selection).background == .rgb(0x44, 0x47, 0x5a))
  }

  @Test func badThemesSayWhere() {
    #expect(throws: ThemeParser.Problem.self) { try ThemeParser.parse("styles:\n  bogus: {}\n", file: "t.yaml") }
    #expect(throws: ThemeParser.Problem.self) {
      try ThemeParser.parse("styles:\n  text: {fg: mauve-ish}\n", file: "t.yaml")
    }
  }
}
