import Foundation

/// A crash (a Swift runtime trap, a bad memory access, an abort) must not leave the terminal without echo in the
/// alternate screen. The handler restores the terminal with async-signal-safe calls only (``TerminalRescue``),
/// then sets the default action and raises the signal again, so the process still dies of it and its parent sees
/// which. The default, not the action found at start: on Linux that is the Swift runtime's backtracer, which runs
/// interactively on a terminal (it waits 30 seconds for a key, in front of the class). A Swift trap's message is
/// already in the log (standard error) by then.
enum CrashSignals {
  static let numbers: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]
  /// The actions found at install, indexed by signal number, put back by ``uninstall()``. Written before the
  /// handlers exist, never by them.
  nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 64)

  static func install() {
    for number in numbers {
      var action = sigaction()
      #if os(Linux)
        action.__sigaction_handler.sa_handler = handle
      #else
        action.__sigaction_u.__sa_handler = handle
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(number, &action, previous + Int(number))
    }
  }

  /// Gives the signals back their earlier actions (the dashboard has stopped; a crash now is not ours to handle).
  static func uninstall() {
    for number in numbers { sigaction(number, previous + Int(number), nil) }
  }

  private static let handle: @convention(c) (Int32) -> Void = { number in
    TerminalRescue.restore(withNotice: true)
    signal(number, SIG_DFL)
    // Blocked while this handler runs: delivered as it returns, to the default action. A fault from an
    // instruction would also come back by itself when the instruction runs again; a raised one would not.
    raise(number)
  }
}
