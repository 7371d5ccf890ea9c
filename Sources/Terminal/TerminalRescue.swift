import CNcurses
import Foundation

/// What a signal handler needs to give the terminal back when `endwin` cannot be trusted: the terminal's settings
/// as they were before curses started, the bytes that leave curses' screen state (normal attributes, visible
/// cursor, keypad off, the normal screen instead of the alternate one), and a line telling the user where the log
/// is.
///
/// Why not `endwin`: after a crash curses' own data may be half updated, and a signal arriving on another thread
/// would race the main loop inside curses. ``restore()`` only calls `write` and `tcsetattr`, which are
/// async-signal-safe, on memory prepared by ``save(logFile:)`` before any handler can run. The storage is raw
/// memory reached through `let`s, so a handler performs no allocation, no reference counting and no exclusivity
/// check; each `let` is first touched in ``save(logFile:)``, so its one-time initialisation never runs in a handler.
/// They are `nonisolated(unsafe)`: written on the main thread before the handlers are installed (and by
/// ``disarm()`` after), read by the handlers.
enum TerminalRescue {
  nonisolated(unsafe) private static let settings = UnsafeMutablePointer<termios>.allocate(capacity: 1)
  /// 1 while the dashboard owns the terminal: a crash after ``disarm()`` leaves the terminal alone.
  nonisolated(unsafe) private static let armed = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
  private static let resetCapacity = 256
  nonisolated(unsafe) private static let reset = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
  nonisolated(unsafe) private static let resetLength = UnsafeMutablePointer<Int>.allocate(capacity: 1)
  private static let noticeCapacity = 1024
  nonisolated(unsafe) private static let notice = UnsafeMutablePointer<UInt8>.allocate(capacity: noticeCapacity)
  nonisolated(unsafe) private static let noticeLength = UnsafeMutablePointer<Int>.allocate(capacity: 1)
  /// Where the notice goes: the terminal's standard error, kept while standard error is the log file.
  nonisolated(unsafe) private static let noticeDescriptor = UnsafeMutablePointer<Int32>.allocate(capacity: 1)

  /// Keeps the terminal's settings; called before `initscr` changes them. Nothing is armed yet.
  static func save(logFile: String?) {
    armed.pointee = 0
    resetLength.pointee = 0
    noticeDescriptor.pointee = -1
    let text = "kubarium: stopped by a crash; the terminal was restored" + (logFile.map { "; see \($0)" } ?? "") + "\n"
    noticeLength.pointee = copy(Array(text.utf8), into: notice, capacity: noticeCapacity, at: 0)
    guard tcgetattr(STDIN_FILENO, settings) == 0 else { return }
    armed.pointee = 1
  }

  /// Records how this terminal leaves curses' state, from its terminfo entry once `initscr` has loaded it (the
  /// xterm sequences when an entry lacks them).
  static func captureResetSequence() {
    var length = 0
    for (capability, fallback) in [
      ("sgr0", "\u{1B}[0m"), ("cnorm", "\u{1B}[?25h"), ("rmkx", "\u{1B}[?1l\u{1B}>"), ("rmcup", "\u{1B}[?1049l"),
    ] {
      length = copy(
        Array((terminfoString(capability) ?? fallback).utf8), into: reset, capacity: resetCapacity, at: length)
    }
    resetLength.pointee = length
  }

  /// Standard error now goes to the log: a crash notice goes to `descriptor`, the terminal.
  static func setNoticeDescriptor(_ descriptor: Int32) {
    noticeDescriptor.pointee = descriptor
  }

  /// The dashboard gave the terminal back the ordinary way: handlers must not touch it any more.
  static func disarm() {
    armed.pointee = 0
    noticeDescriptor.pointee = -1
  }

  /// Async-signal-safe: leaves curses' screen state and puts the saved settings back. Returns whether it did
  /// (false once disarmed, or when the settings could not be read at start).
  @discardableResult
  static func restore(withNotice: Bool) -> Bool {
    guard armed.pointee == 1 else { return false }
    armed.pointee = 0
    writeAll(STDOUT_FILENO, reset, resetLength.pointee)
    tcsetattr(STDIN_FILENO, TCSADRAIN, settings)
    if withNotice, noticeDescriptor.pointee >= 0 {
      writeAll(noticeDescriptor.pointee, notice, noticeLength.pointee)
    }
    return true
  }

  private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeMutablePointer<UInt8>, _ count: Int) {
    var written = 0
    while written < count {
      let result = write(descriptor, bytes + written, count - written)
      if result > 0 {
        written += result
      } else if result < 0 && errno == EINTR {
        continue
      } else {
        return
      }
    }
  }

  /// A terminfo string capability, or nil when the entry has none (`tigetstr` answers NULL, or -1 when the name
  /// is not a string capability).
  private static func terminfoString(_ name: String) -> String? {
    guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
    return String(cString: value)
  }

  private static func copy(
    _ bytes: [UInt8], into buffer: UnsafeMutablePointer<UInt8>, capacity: Int, at start: Int
  )
    -> Int
  {
    let count = min(bytes.count, capacity - start)
    guard count > 0 else { return start }
    for index in 0..<count { buffer[start + index] = bytes[index] }
    return start + count
  }
}
