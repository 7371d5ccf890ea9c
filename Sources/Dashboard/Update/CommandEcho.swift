/// How a command line is shown in the events strip: kubectl's verbs as `kubectl ...`, the simulator's own
/// (`node`, `crash`, `advance`) as typed, so a key teaches what a real cluster would be told.
public enum CommandEcho {
  static let simulatorVerbs: Set<String> = ["node", "crash", "advance"]

  public static func shown(_ line: String) -> String {
    let verb = line.split(separator: " ").first.map(String.init) ?? ""
    return simulatorVerbs.contains(verb) ? line : "kubectl " + line
  }
}
