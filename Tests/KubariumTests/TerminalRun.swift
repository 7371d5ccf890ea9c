import Foundation
import Testing

/// One run of the real `kubarium` dashboard in a tmux pane of its own private server, for the terminal-safety
/// tests: the pane's shell records `stty -g` before and after, kubarium's pid (it is started with `exec`, so the pid
/// the shell writes is kubarium's) and its exit status, then prints `KUBARIUM-EXITED`.
struct TerminalRun {
  var tmux: Tmux
  var session: String
  var directory: URL

  /// Nil (and a note) when tmux is missing.
  init?(name: String) throws {
    guard var tmux = Tmux.find() else {
      print("SKIPPED: tmux is not installed; the terminal-safety tests need it (apt-get install tmux)")
      return nil
    }
    // A server per test: suites run in parallel, and each test kills its own server at the end.
    tmux.socket = "kubarium-\(name)-\(getpid())"
    self.tmux = tmux
    session = "kubarium-\(name)"
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(tmux.socket)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  var logFile: String { directory.appendingPathComponent("log").path }

  /// Starts the dashboard (paused, at 80x24) with `environment` before it, and waits for its first frame.
  func start(environment: String = "") throws -> String? {
    let binary = try #require(Tmux.kubariumBinary(), "kubarium binary not found next to the tests")
    let path = directory.path
    let script = """
      stty -g > \(path)/before; \
      \(environment) KUBARIUM_LOG=\(logFile) sh -c 'echo $$ > \(path)/pid; exec "$0" --paused' \(binary); \
      echo "status=$?"; stty -g > \(path)/after; echo KUBARIUM-EXITED; sleep 30
      """
    #expect(tmux.run(["new-session", "-d", "-s", session, "-x", "80", "-y", "24", script]) == 0)
    return tmux.waitFor(session, timeout: 20) { $0.contains("PAUSED") && $0.contains("Events") }
  }

  /// kubarium's process id, as the pane's shell wrote it.
  func pid() throws -> pid_t {
    let text = try String(contentsOfFile: directory.appendingPathComponent("pid").path, encoding: .utf8)
    return try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
  }

  /// The pane terminal's settings right now: `stty -g` with the pane's device as its standard input.
  func currentSettings() -> String {
    let file = directory.appendingPathComponent("tty").path
    guard tmux.run(["display-message", "-p", "-t", session, "#{pane_tty}"], output: file) == 0,
      let device = try? String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    else { return "" }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/stty")
    process.arguments = ["-g"]
    guard let input = FileHandle(forReadingAtPath: device) else { return "" }
    process.standardInput = input
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return "" }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// What `stty` does not show, as tmux sees the pane: `alternate=1 cursor=0 keypad=1` while curses runs
  /// (alternate screen, hidden cursor, keypad mode), `alternate=0 cursor=1 keypad=0` once the terminal is back.
  func screenModes() -> String {
    let file = directory.appendingPathComponent("modes").path
    let format = "alternate=#{alternate_on} cursor=#{cursor_flag} keypad=#{keypad_cursor_flag}"
    guard tmux.run(["display-message", "-p", "-t", session, format], output: file) == 0 else { return "" }
    return (try? String(contentsOfFile: file, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
  }

  /// Waits for the pane's shell to go on after kubarium; the screen then.
  func waitForExit(timeout: Double = 10) -> String? {
    tmux.waitFor(session, timeout: timeout) { $0.contains("KUBARIUM-EXITED") }
  }

  /// `stty -g` before kubarium started and after it ended.
  func settingsBeforeAndAfter() throws -> (before: String, after: String) {
    (
      try String(contentsOfFile: directory.appendingPathComponent("before").path, encoding: .utf8),
      try String(contentsOfFile: directory.appendingPathComponent("after").path, encoding: .utf8)
    )
  }

  func log() -> String { (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "" }

  func finish() {
    tmux.killServer()
    try? FileManager.default.removeItem(at: directory)
  }
}
