import ClusterSim
import Foundation
import KubeModel

/// Keys while a prompt is open: line editing (arrows, Home/End, ctrl-a/e/u/w, Backspace), history with Up/Down,
/// Tab completion, Enter to run, Esc to cancel. A filter applies as it is typed.
enum PromptKeys {
  static func handle(_ key: Key, _ state: inout DashboardState, world: DashboardWorld) -> [Effect] {
    guard var prompt = state.prompt else { return [] }
    var characters = Array(prompt.text)
    prompt.completions = []
    switch key {
    case .escape:
      if case .filter(let pane) = prompt.purpose { state[pane].filter = nil }
      state.prompt = nil
      return []
    case .enter:
      state.prompt = nil
      return submit(prompt, &state, world: world)
    case .character(let character):
      characters.insert(character, at: prompt.cursor)
      prompt.cursor += 1
    case .backspace:
      if prompt.cursor > 0 {
        characters.remove(at: prompt.cursor - 1)
        prompt.cursor -= 1
      }
    case .delete, .control("d"):
      if prompt.cursor < characters.count { characters.remove(at: prompt.cursor) }
    case .left, .control("b"): prompt.cursor = max(0, prompt.cursor - 1)
    case .right, .control("f"): prompt.cursor = min(characters.count, prompt.cursor + 1)
    case .home, .control("a"): prompt.cursor = 0
    case .end, .control("e"): prompt.cursor = characters.count
    case .control("u"):
      characters.removeFirst(prompt.cursor)
      prompt.cursor = 0
    case .control("k"):
      characters.removeLast(characters.count - prompt.cursor)
    case .control("w"):
      var start = prompt.cursor
      while start > 0 && characters[start - 1] == " " { start -= 1 }
      while start > 0 && characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<prompt.cursor)
      prompt.cursor = start
    case .up, .down:
      guard prompt.purpose == .command, !state.commandHistory.isEmpty else { break }
      let history = state.commandHistory
      var index = prompt.historyIndex ?? history.count
      index = key == .up ? max(0, index - 1) : min(history.count, index + 1)
      prompt.historyIndex = index
      characters = index < history.count ? Array(history[index]) : []
      prompt.cursor = characters.count
    case .tab:
      guard prompt.purpose == .command else { break }
      let namespace = state.namespace ?? world.cluster.currentNamespace
      let before = String(characters[..<prompt.cursor])
      let completion = CommandCompletion.complete(before, cluster: world.cluster, namespace: namespace)
      characters = Array(completion.text) + characters[prompt.cursor...]
      prompt.cursor = completion.text.count
      prompt.completions = completion.candidates.count > 1 ? completion.candidates : []
    default:
      break
    }
    prompt.text = String(characters)
    state.prompt = prompt
    if case .filter(let pane) = prompt.purpose {
      state[pane].filter = PaneFilter(prompt.text)
      state[pane].cursor = 0
      state[pane].scroll = 0
      state[pane].selected = nil
    }
    return []
  }

  static func submit(_ prompt: Prompt, _ state: inout DashboardState, world: DashboardWorld) -> [Effect] {
    let text = prompt.text.trimmingCharacters(in: .whitespaces)
    switch prompt.purpose {
    case .filter(let pane):
      state[pane].filter = PaneFilter(text)
      return []
    case .command:
      guard !text.isEmpty else { return [] }
      if state.commandHistory.last != text { state.commandHistory.append(text) }
      if ["q", "q!", "quit", "exit"].contains(text) {
        state.shouldQuit = true
        return [.quit]
      }
      let line = text.hasPrefix("kubectl ") ? String(text.dropFirst("kubectl ".count)) : text
      if let target = ViewCommands.describeTarget(line, cluster: world.cluster) {
        state.overlay = .text(TextOverlay(kind: .describe, target: target))
        return []
      }
      return [.run(line: line, shown: CommandEcho.shown(line))]
    case .scale(let row):
      guard let replicas = Int(text), replicas >= 0 else {
        state.message = StatusMessage("scale: \"\(text)\" is not a replica count", isError: true)
        return []
      }
      let line = CommandLines.scale(row, to: replicas, cluster: world.cluster)
      return [.run(line: line, shown: CommandEcho.shown(line))]
    case .advance:
      guard !text.isEmpty else { return [] }
      let line = "advance \(text)"
      return [.run(line: line, shown: line)]
    }
  }
}
