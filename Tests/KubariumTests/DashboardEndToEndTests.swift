import Foundation
import Testing

/// Drives the real `kubarium` binary in tmux, as a person would: start at 160x48, see the panes and the clock,
/// press `+` on the Deployment and see a pod appear, run a `:` command, quit with `q`, and find the terminal
/// restored (the same `stty -g` before and after).
@Suite(.serialized) struct DashboardEndToEndTests {
  @Test func scaleRunACommandAndQuit() throws {
    guard let tmux = Tmux.find() else {
      print("SKIPPED: tmux is not installed; the end-to-end dashboard test needs it (apt-get install tmux)")
      return
    }
    let binary = try #require(Tmux.kubariumBinary(), "kubarium binary not found next to the tests")
    let session = "kubarium-e2e-\(getpid())"
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(session)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer {
      tmux.killServer()
      try? FileManager.default.removeItem(at: directory)
    }
    let before = directory.appendingPathComponent("before").path
    let after = directory.appendingPathComponent("after").path
    let script = """
      stty -g > \(before); KUBARIUM_LOG=\(directory.path)/log \(binary) --speed 1; stty -g > \(after); \
      echo KUBARIUM-EXITED; sleep 15
      """
    #expect(tmux.run(["new-session", "-d", "-s", session, "-x", "160", "-y", "48", script]) == 0)
    let first = try #require(tmux.waitFor(session, timeout: 20) { $0.contains("T+00:00:0") && $0.contains("Events") })
    for title in ["Nodes", "Deployments", "Pods", "Services", "Events", "kubarium"] {
      #expect(first.contains(title), "\(title) is not on screen")
    }
    let podsBefore = Tmux.podRows(first)
    #expect(podsBefore == 3, "expected the 3 web pods:\n\(first)")
    // Focus the Deployments pane and scale up.
    _ = tmux.run(["send-keys", "-t", session, "Tab"])
    _ = tmux.run(["send-keys", "-t", session, "+"])
    let scaled = tmux.waitFor(session, timeout: 3) { Tmux.podRows($0) == 4 }
    #expect(scaled != nil, "no fourth pod within 3 seconds")
    #expect(scaled?.contains("kubectl scale deployment/web --replicas=4") == true)
    _ = tmux.run(["send-keys", "-t", session, ":"])
    _ = tmux.run(["send-keys", "-t", session, "-l", "scale deploy/web --replicas=1"])
    _ = tmux.run(["send-keys", "-t", session, "Enter"])
    let one = tmux.waitFor(session, timeout: 5) { Tmux.podRows($0) == 1 && !$0.contains("Terminating") }
    #expect(one != nil, "scale to 1 did not take effect")
    _ = tmux.run(["send-keys", "-t", session, "q"])
    let exited = tmux.waitFor(session, timeout: 5) { $0.contains("KUBARIUM-EXITED") }
    #expect(exited != nil, "kubarium did not quit on q")
    let sttyBefore = try String(contentsOfFile: before, encoding: .utf8)
    let sttyAfter = try String(contentsOfFile: after, encoding: .utf8)
    #expect(sttyBefore == sttyAfter, "the terminal's settings changed")
    ReliabilityPost.add("KUBARIUM_RELIABILITY_TERMINAL_SAFETY", cases: 1, violations: sttyBefore == sttyAfter ? 0 : 1)
  }
}

extension DashboardEndToEndTests {
  /// ctrl-c raises SIGINT: the dashboard gives the terminal back before it exits.
  @Test func interruptRestoresTheTerminal() throws {
    guard let tmux = Tmux.find() else {
      print("SKIPPED: tmux is not installed; the end-to-end dashboard test needs it (apt-get install tmux)")
      return
    }
    let binary = try #require(Tmux.kubariumBinary(), "kubarium binary not found next to the tests")
    let session = "kubarium-e2e-int-\(getpid())"
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(session)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer {
      tmux.killServer()
      try? FileManager.default.removeItem(at: directory)
    }
    let before = directory.appendingPathComponent("before").path
    let after = directory.appendingPathComponent("after").path
    let script = """
      stty -g > \(before); KUBARIUM_LOG=\(directory.path)/log \(binary) --paused; echo "status=$?"; \
      stty -g > \(after); echo KUBARIUM-EXITED; sleep 15
      """
    #expect(tmux.run(["new-session", "-d", "-s", session, "-x", "80", "-y", "24", script]) == 0)
    let screen = tmux.waitFor(session, timeout: 20) { $0.contains("PAUSED") && $0.contains("Events") }
    #expect(screen != nil, "the dashboard did not start at 80x24")
    _ = tmux.run(["send-keys", "-t", session, "C-c"])
    let exited = try #require(tmux.waitFor(session, timeout: 5) { $0.contains("KUBARIUM-EXITED") })
    #expect(exited.contains("status=130"))
    let sttyBefore = try String(contentsOfFile: before, encoding: .utf8)
    let sttyAfter = try String(contentsOfFile: after, encoding: .utf8)
    #expect(sttyBefore == sttyAfter, "the terminal's settings changed")
    ReliabilityPost.add("KUBARIUM_RELIABILITY_TERMINAL_SAFETY", cases: 1, violations: sttyBefore == sttyAfter ? 0 : 1)
  }
}

/// Just enough tmux, on a private server (`-L`), so the tests never touch anyone else's sessions. Commands are
/// started with posix_spawn and reaped with waitpid: the first command starts the tmux server, a daemon that must
/// not keep the test waiting.
struct Tmux {
  var path: String
  var socket = "kubarium-e2e-\(getpid())"

  static func find() -> Tmux? {
    for directory in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin"]
    where FileManager.default.isExecutableFile(atPath: directory + "/tmux") {
      return Tmux(path: directory + "/tmux")
    }
    return nil
  }

  /// The built binary: beside the test bundle (`.build/debug`), else built by `swift build`.
  static func kubariumBinary() -> String? {
    var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = directory.appendingPathComponent("kubarium").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let built = packageRoot.appendingPathComponent(".build/debug/kubarium").path
    return FileManager.default.isExecutableFile(atPath: built) ? built : nil
  }

  /// Runs tmux with `arguments`, standard output to `output` (or /dev/null); returns its exit status.
  @discardableResult
  func run(_ arguments: [String], output: String = "/dev/null") -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let words = [path, "-L", socket] + arguments
    let argv = words.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return status
  }

  func capture(_ session: String) -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-capture.txt").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    guard run(["capture-pane", "-p", "-t", session], output: file) == 0 else { return "" }
    return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
  }

  /// Ends the private server and everything in it.
  func killServer() { run(["kill-server"]) }

  /// Polls the screen until `condition` holds; the screen, or nil after `timeout` seconds.
  func waitFor(_ session: String, timeout: Double, _ condition: (String) -> Bool) -> String? {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
      let screen = capture(session)
      if condition(screen) { return screen }
      usleep(100_000)
    } while Date() < deadline
    return nil
  }

  /// The web pods listed in the Pods pane.
  static func podRows(_ screen: String) -> Int {
    screen.split(separator: "\n").filter { $0.contains("web-") && ($0.contains("/1 ") || $0.contains("/1  ")) }
      .filter { line in line.range(of: #"web-[0-9a-z]+-[0-9a-z]{5}"#, options: .regularExpression) != nil }.count
  }
}
