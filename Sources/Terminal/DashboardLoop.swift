import Dashboard
import Foundation

/// The dashboard's main loop: wait for a key no longer than the next frame that is due (forever when paused and
/// idle, so an idle dashboard uses no CPU), move the virtual clock by the wall time that passed times the speed,
/// handle the key, draw.
///
/// An error thrown in the loop ends it and goes to the caller, whose `defer` gives the terminal back before the
/// error is printed (the dashboard command exits with status 1). `fault` is the ``DashboardFault`` test hook.
public enum DashboardLoop {
  public static func run(
    _ session: inout DashboardSession, terminal: CursesTerminal, fault: DashboardFault? = nil
  )
    throws
  {
    let start = monotonicSeconds()
    var last = start
    _ = session.handle(.resize(terminal.size), wallTime: 0)
    terminal.draw(session.render(), theme: effectiveTheme(session, terminal))
    while !session.state.shouldQuit {
      let delay = session.nextFrameDelay(wallTime: monotonicSeconds() - start)
      var event = terminal.readEvent(timeout: delay.map { Int(($0 * 1000).rounded(.up)) })
      if event == nil && terminal.inputHungUp { return }
      let now = monotonicSeconds()
      session.advanceClock(wallSeconds: now - last, wallTime: now - start)
      last = now
      // Handle every key already typed before drawing, so held keys and pastes do not lag behind.
      while let current = event {
        switch current {
        case .key(let key):
          try fault?.fire()
          session.handle(.key(key), wallTime: now - start)
        case .resize(let size):
          terminal.invalidate()
          session.handle(.resize(size), wallTime: now - start)
        }
        if session.state.shouldQuit { return }
        event = terminal.pendingEvent()
      }
      terminal.draw(session.render(), theme: effectiveTheme(session, terminal))
    }
  }

  /// Without colour (NO_COLOR, or a terminal that has none) the monochrome theme's attributes stand in, so states
  /// still differ.
  static func effectiveTheme(_ session: DashboardSession, _ terminal: CursesTerminal) -> Theme {
    let theme = session.theme
    guard terminal.colorDepth == .none, !theme.isMonochrome else { return theme }
    return BuiltInThemes.named("monochrome") ?? theme
  }

  static func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
