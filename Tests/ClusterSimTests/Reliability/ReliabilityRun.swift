import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One reliability suite's run: it names the case under way, so a crash or a hang says which case to replay, and a
/// watchdog turns a case that makes no progress into a failure instead of a CI job that never ends.
final class ReliabilityRun: @unchecked Sendable {
  let suite: ReliabilityFigures.Suite
  private let lock = NSLock()
  private var ticks = 0
  private var finished = false
  private var current = ""

  /// `limit`: how long one case may run before the process is stopped as hung.
  init(_ suite: ReliabilityFigures.Suite, limit: Double = 120) {
    self.suite = suite
    CrashReporter.install()
    let thread = Thread { [weak self] in
      var lastTicks = -1
      var quietSince = Date()
      while true {
        Thread.sleep(forTimeInterval: 1)
        guard let self else { return }
        self.lock.lock()
        let (ticks, finished, current) = (self.ticks, self.finished, self.current)
        self.lock.unlock()
        if finished { return }
        if ticks != lastTicks {
          lastTicks = ticks
          quietSince = Date()
        } else if Date().timeIntervalSince(quietSince) > limit {
          FileHandle.standardError.write(
            Data("reliability: \(suite.rawValue) hung for \(Int(limit)) s in \(current)\n".utf8))
          ReliabilityFigures.record(suite, cases: ticks, hangs: 1)
          exit(EXIT_FAILURE)
        }
      }
    }
    thread.start()
  }

  /// Marks the start of a case; `description` is what a crash or hang report prints to replay it.
  func begin(_ description: String) {
    lock.lock()
    ticks += 1
    current = description
    lock.unlock()
    CrashReporter.note(suite, description)
  }

  /// Records the suite's figures and stops the watchdog.
  func finish(cases: Int, violations: Int = 0) {
    lock.lock()
    finished = true
    lock.unlock()
    CrashReporter.note(suite, "")
    ReliabilityFigures.record(suite, cases: cases, violations: violations)
  }
}

/// Prints the cases under way when the process dies of a signal (a Swift runtime trap is SIGILL or SIGTRAP), so a
/// crash in a fuzz loop of ten thousand cases names the one to replay. The handler only copies bytes prepared
/// beforehand and writes them, as a signal handler must.
enum CrashReporter {
  private static let slotSize = 512
  /// Read by the handler, which must not allocate: fixed before the handler is installed.
  private static let slotCount = ReliabilityFigures.Suite.allCases.count
  nonisolated(unsafe) private static let slots: UnsafeMutablePointer<CChar> = {
    let count = slotSize * slotCount
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: count)
    pointer.initialize(repeating: 0, count: count)
    return pointer
  }()
  nonisolated(unsafe) private static var installed = false
  private static let lock = NSLock()

  static func install() {
    lock.lock()
    defer { lock.unlock() }
    guard !installed else { return }
    installed = true
    _ = (slots, slotCount)
    for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = CrashReporter.handle
      #else
        action.__sigaction_u.__sa_handler = CrashReporter.handle
      #endif
      action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
      sigaction(signal, &action, nil)
    }
  }

  static func note(_ suite: ReliabilityFigures.Suite, _ description: String) {
    let index = ReliabilityFigures.Suite.allCases.firstIndex(of: suite)!
    let slot = slots + index * slotSize
    let bytes = Array("reliability: \(suite.rawValue) crashed in \(description)\n".utf8.prefix(slotSize - 2))
    slot[0] = 0
    guard !description.isEmpty else { return }
    for (offset, byte) in bytes.enumerated().dropFirst() { slot[offset] = CChar(bitPattern: byte) }
    slot[bytes.count] = 0
    slot[0] = CChar(bitPattern: bytes[0])
  }

  private static let handle: @convention(c) (Int32) -> Void = { signal in
    for index in 0..<CrashReporter.slotCount {
      let slot = CrashReporter.slots + index * CrashReporter.slotSize
      guard slot[0] != 0 else { continue }
      _ = write(2, slot, strlen(slot))
    }
    raise(signal)
  }
}
