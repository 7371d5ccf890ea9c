/// What an update asks the session to do with the world beyond the state.
public enum Effect: Hashable, Sendable {
  /// Run a line of the command language. `shown` is how the events strip writes it (`kubectl scale ...`); nil for
  /// commands the user did not ask for (fetching logs).
  case run(line: String, shown: String?)
  case quit
}
