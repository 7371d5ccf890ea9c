import Foundation
import Testing

extension DashboardEndToEndTests {
  /// `kubarium demo recreate` in tmux, as a teacher would: the introduction, space for a step and its output,
  /// space for the cluster, space for the next step, then a key that hands the cluster over, and q.
  @Test func demoStepsThenTakeOver() throws {
    guard let tmux = Tmux.find() else {
      print("SKIPPED: tmux is not installed; the end-to-end demo test needs it (apt-get install tmux)")
      return
    }
    let binary = try #require(Tmux.kubariumBinary(), "kubarium binary not found next to the tests")
    let session = "kubarium-e2e-demo-\(getpid())"
    defer { tmux.killServer() }
    let script = "\(binary) demo recreate; echo KUBARIUM-EXITED; sleep 15"
    #expect(tmux.run(["new-session", "-d", "-s", session, "-x", "160", "-y", "48", script]) == 0)
    let intro = tmux.waitFor(session, timeout: 20) { $0.contains("Demo recreate: introduction") }
    #expect(intro?.contains("The Recreate strategy") == true, "\(intro ?? "no introduction")")
    _ = tmux.run(["send-keys", "-t", session, "Space"])
    // Each wait names what must be on screen, not only a title: a capture can catch a frame half drawn.
    let output = tmux.waitFor(session, timeout: 5) {
      $0.contains("Step 1: what the commands printed") && $0.contains("$ get deployment,replicasets,pods")
    }
    #expect(output != nil, "no output of step 1")
    _ = tmux.run(["send-keys", "-t", session, "Space"])
    let panes = tmux.waitFor(session, timeout: 5) {
      !$0.contains("what the commands printed") && $0.contains("Pods") && $0.contains("Demo recreate: step 1/")
    }
    #expect(panes != nil, "the panes did not come back after step 1")
    _ = tmux.run(["send-keys", "-t", session, "Space"])
    let second = tmux.waitFor(session, timeout: 5) {
      $0.contains("Step 2: what the commands printed") && $0.contains("$ set image deployment/web web=example/shop:v2")
    }
    #expect(second != nil, "no output of step 2")
    _ = tmux.run(["send-keys", "-t", session, "Tab"])
    let over = tmux.waitFor(session, timeout: 5) {
      $0.contains("demo over: the cluster is yours") && $0.contains("web-")
    }
    #expect(over != nil, "no take-over")
    _ = tmux.run(["send-keys", "-t", session, "q"])
    #expect(tmux.waitFor(session, timeout: 5) { $0.contains("KUBARIUM-EXITED") } != nil, "q did not quit")
  }
}
