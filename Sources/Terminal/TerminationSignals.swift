import Foundation

/// ctrl-c (SIGINT), `kill` (SIGTERM) and a closed terminal window or ssh connection (SIGHUP) end the dashboard
/// with the terminal restored and the exit status a shell expects (128 + the signal number).
///
/// The signals are received by dispatch sources, on a queue of their own: the handler is ordinary code, but it runs
/// beside the main loop, which may be inside curses at that moment. So it does not call `endwin`; it restores the
/// terminal with ``TerminalRescue`` (write and tcsetattr, which touch no curses data) and leaves with `_exit`:
/// `exit` would flush standard output, whose lock the main loop may hold.
final class TerminationSignals {
  static let numbers: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  private var sources: [DispatchSourceSignal] = []

  func install() {
    for number in Self.numbers {
      // Ignored as a signal (so curses installs no handler of its own), seen by the dispatch source.
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        TerminalRescue.restore(withNotice: false)
        _exit(128 + number)
      }
      source.resume()
      sources.append(source)
    }
  }

  /// The default actions again, once the terminal is back to normal.
  func uninstall() {
    for source in sources { source.cancel() }
    sources = []
    for number in Self.numbers { signal(number, SIG_DFL) }
  }
}
