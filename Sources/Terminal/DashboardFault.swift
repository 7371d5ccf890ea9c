/// A deliberate internal error, a test hook: the terminal-safety tests need the real binary to fail in its loop and
/// must see the terminal restored afterwards. It is read from the environment, not from a flag, so the command line
/// people use stays clean:
///
/// - `KUBARIUM_FAULT=throw`: the first key throws ``Thrown`` out of the dashboard loop (the session ends, the error
///   is printed to standard error, the exit status is 1).
/// - `KUBARIUM_FAULT=trap`: the first key stops the process with a Swift runtime trap (`fatalError`), as a bug
///   would; ``CrashSignals`` restores the terminal.
///
/// It fires on a key rather than at start so a test can first see the dashboard own the terminal.
public enum DashboardFault: String, Sendable {
  case `throw`, trap

  /// The error `KUBARIUM_FAULT=throw` throws.
  public struct Thrown: Error, CustomStringConvertible {
    public var description: String { "internal error in the dashboard loop (KUBARIUM_FAULT=throw, a test hook)" }
  }

  /// The fault `KUBARIUM_FAULT` asks for; nil when it is unset or names none (the dashboard then runs normally).
  public init?(environment: [String: String]) {
    guard let value = environment["KUBARIUM_FAULT"], let fault = DashboardFault(rawValue: value) else { return nil }
    self = fault
  }

  func fire() throws {
    switch self {
    case .throw: throw Thrown()
    case .trap: fatalError("KUBARIUM_FAULT=trap: a deliberate crash (a test hook)")
    }
  }
}
