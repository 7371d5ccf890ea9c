import Foundation
import Testing

/// The terminal is given back as it was however the dashboard ends: SIGTERM (`kill`), SIGHUP (the window or the
/// connection closed), an error thrown in its loop, a crash. Each test first checks that the running dashboard
/// really changed the terminal's settings (so an unchanged `stty -g` afterwards means restored, not untouched),
/// then that `stty -g` after equals `stty -g` before, and that tmux sees the normal screen, a visible cursor and
/// keypad mode off again. ctrl-c and `q` are in ``DashboardEndToEndTests``.
@Suite struct TerminalSafetyEndToEndTests {
  @Test(arguments: [(SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")])
  func signalRestoresTheTerminal(_ signalNumber: Int32, _ name: String) throws {
    guard let run = try TerminalRun(name: "signal-\(name)") else { return }
    defer { run.finish() }
    let screen = try run.start()
    try #require(screen != nil, "the dashboard did not start")
    try expectDashboardOwnsTheTerminal(run)
    #expect(kill(try run.pid(), signalNumber) == 0)
    let exited = try #require(run.waitForExit(), "kubarium did not end on \(name)")
    #expect(exited.contains("status=\(128 + signalNumber)"), "\(exited)")
    try expectRestored(run)
  }

  /// `KUBARIUM_FAULT=throw`: the error ends the session, is printed once the terminal is back, status 1.
  @Test func thrownErrorRestoresTheTerminal() throws {
    guard let run = try TerminalRun(name: "throw") else { return }
    defer { run.finish() }
    try #require(try run.start(environment: "KUBARIUM_FAULT=throw") != nil, "the dashboard did not start")
    try expectDashboardOwnsTheTerminal(run)
    _ = run.tmux.run(["send-keys", "-t", run.session, "j"])
    let exited = try #require(run.waitForExit(), "kubarium did not end on the thrown error")
    #expect(exited.contains("Error: internal error in the dashboard loop"), "\(exited)")
    #expect(exited.contains("status=1"), "\(exited)")
    try expectRestored(run)
  }

  /// `KUBARIUM_FAULT=trap`: a Swift runtime trap kills the process by a signal; the handler restores the terminal
  /// first and says where the log is.
  @Test func crashRestoresTheTerminal() throws {
    guard let run = try TerminalRun(name: "trap") else { return }
    defer { run.finish() }
    try #require(try run.start(environment: "KUBARIUM_FAULT=trap") != nil, "the dashboard did not start")
    try expectDashboardOwnsTheTerminal(run)
    _ = run.tmux.run(["send-keys", "-t", run.session, "j"])
    let exited = try #require(run.waitForExit(timeout: 30), "kubarium did not end on the trap")
    let status = exited.split(separator: "\n").first { $0.hasPrefix("status=") }.flatMap { Int($0.dropFirst(7)) }
    // Killed by SIGILL (x86-64) or SIGTRAP (arm64): the shell reports 128 + the signal.
    #expect([128 + Int(SIGILL), 128 + Int(SIGTRAP)].contains(status ?? 0), "\(exited)")
    // The notice may wrap at 80 columns.
    let unwrapped = exited.replacingOccurrences(of: "\n", with: "")
    #expect(unwrapped.contains("kubarium: stopped by a crash; the terminal was restored; see \(run.logFile)"))
    #expect(run.log().contains("KUBARIUM_FAULT=trap: a deliberate crash"), "the log lacks the crash:\n\(run.log())")
    try expectRestored(run)
  }

  private func expectDashboardOwnsTheTerminal(_ run: TerminalRun) throws {
    let before = try String(contentsOfFile: run.directory.appendingPathComponent("before").path, encoding: .utf8)
    let during = run.currentSettings()
    #expect(
      !during.isEmpty && during != before.trimmingCharacters(in: .whitespacesAndNewlines),
      "the running dashboard did not change the terminal's settings, so the test could not fail")
    #expect(run.screenModes() == "alternate=1 cursor=0 keypad=1")
  }

  private func expectRestored(_ run: TerminalRun) throws {
    let (before, after) = try run.settingsBeforeAndAfter()
    let modes = run.screenModes()
    #expect(modes == "alternate=0 cursor=1 keypad=0", "the screen was not given back: \(modes)")
    #expect(before == after, "the terminal's settings changed:\nbefore \(before)after  \(after)")
    let restored = before == after && modes == "alternate=0 cursor=1 keypad=0"
    ReliabilityPost.add("KUBARIUM_RELIABILITY_TERMINAL_SAFETY", cases: 1, violations: restored ? 0 : 1)
  }
}
