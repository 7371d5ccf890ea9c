import CNcurses
import Dashboard
import Foundation

/// The thin ncurses adapter: starts and restores the terminal, draws a ``Screen`` by sending only the cells that
/// changed since the last frame, and turns curses key codes into ``Key`` values.
///
/// One instance at a time, used from the main thread. Signals and crashes restore the terminal without curses:
/// ``TerminationSignals``, ``CrashSignals`` and ``TerminalRescue``.
public final class CursesTerminal {
  public enum Event: Hashable {
    case key(Key)
    case resize(TerminalSize)
  }

  private var lastScreen: Screen?
  private var styleCache: [CellStyle: (attributes: attr_t, pair: Int32)] = [:]
  private var pairs: [PairKey: Int32] = [:]
  private var cachedTheme: Theme?
  private let terminationSignals = TerminationSignals()
  private var savedStandardError: Int32 = -1
  private(set) public var colorDepth: ColorDepth = .none
  private var started = false

  private struct PairKey: Hashable {
    var foreground: Int32
    var background: Int32
  }

  public init() {}

  /// Takes over the terminal: locale for UTF-8, cbreak (so ctrl-c still raises SIGINT), no echo, keypad, hidden
  /// cursor, colours. Standard error goes to `logFile` until ``stop()``, so nothing is printed behind the UI.
  public func start(environment: [String: String], logFile: String?) {
    setlocale(LC_ALL, "")
    TerminalRescue.save(logFile: logFile)
    terminationSignals.install()
    CrashSignals.install()
    // initscr prints why and exits when the terminal type is unknown: standard error still shows it then.
    initscr()
    TerminalRescue.captureResetSequence()
    if let logFile { redirectStandardError(to: logFile) }
    if savedStandardError >= 0 { TerminalRescue.setNoticeDescriptor(savedStandardError) }
    cbreak()
    noecho()
    nonl()
    intrflush(kb_stdscr(), false)
    keypad(kb_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    if has_colors() {
      start_color()
      use_default_colors()
    }
    colorDepth = has_colors() ? ColorDepth.detect(colors: Int(kb_colors()), environment: environment) : .none
    started = true
  }

  /// Gives the terminal back as it was. Safe to call more than once.
  public func stop() {
    guard started else { return }
    started = false
    TerminalRescue.disarm()
    curs_set(1)
    endwin()
    restoreStandardError()
    terminationSignals.uninstall()
    CrashSignals.uninstall()
  }

  public var size: TerminalSize {
    TerminalSize(width: Int(kb_getmaxx(kb_stdscr())), height: Int(kb_getmaxy(kb_stdscr())))
  }

  /// Draws a frame: only cells that differ from the previous frame are sent, then one refresh.
  public func draw(_ screen: Screen, theme: Theme) {
    if cachedTheme != theme {
      cachedTheme = theme
      styleCache = [:]
      lastScreen = nil
    }
    let previous = lastScreen.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
    if previous == nil { erase() }
    var utf8: [CChar] = Array(repeating: 0, count: 8)
    let cells = screen.cells
    let previousCells = previous?.cells
    for index in cells.indices {
      let cell = cells[index]
      if let previousCells, previousCells[index] == cell { continue }
      let (attributes, pair) = resolve(cell.style, theme: theme)
      encode(cell.scalar, into: &utf8)
      _ = kb_put_cell_extended(Int32(index / screen.width), Int32(index % screen.width), utf8, attributes, pair)
    }
    lastScreen = screen
    wnoutrefresh(kb_stdscr())
    doupdate()
  }

  /// Forgets what is on screen, so the next frame is drawn whole (after a resize).
  public func invalidate() {
    lastScreen = nil
    clearok(kb_stdscr(), true)
  }

  /// Waits for a key at most `timeout` milliseconds (forever when nil).
  public func readEvent(timeout: Int?) -> Event? {
    wtimeout(kb_stdscr(), Int32(clamping: timeout ?? -1))
    var code: Int32 = 0
    let result = kb_get_key(&code)
    if result == kb_err() { return nil }
    if result == kb_key_code_yes() {
      if code == kb_key_resize() { return .resize(size) }
      return Self.functionKey(code).map(Event.key)
    }
    return Self.characterKey(code).map(Event.key)
  }

  /// Whether the terminal went away (its window closed, the ssh connection dropped): reads then fail at once
  /// instead of waiting, and the loop must end rather than spin.
  public var inputHungUp: Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) >= 0 else { return true }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }

  /// Reads a key that is already waiting, without blocking.
  public func pendingEvent() -> Event? { readEvent(timeout: 0) }

  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case kb_key_up(): return .up
    case kb_key_down(): return .down
    case kb_key_left(): return .left
    case kb_key_right(): return .right
    case kb_key_ppage(): return .pageUp
    case kb_key_npage(): return .pageDown
    case kb_key_home(): return .home
    case kb_key_end(): return .end
    case kb_key_btab(): return .backTab
    case kb_key_backspace(): return .backspace
    case kb_key_dc(): return .delete
    case kb_key_enter(): return .enter
    default:
      let function = Int(code - kb_key_f0())
      return (1...24).contains(function) ? .function(function) : nil
    }
  }

  static func characterKey(_ code: Int32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
    default:
      guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)), code >= 32 else { return nil }
      return .character(Character(scalar))
    }
  }

  private func encode(_ scalar: Unicode.Scalar, into buffer: inout [CChar]) {
    var count = 0
    for byte in String(scalar).utf8 where count < 7 {
      buffer[count] = CChar(bitPattern: byte)
      count += 1
    }
    buffer[count] = 0
  }

  /// Curses attributes and a colour pair for a style under the theme and the terminal's colour depth.
  private func resolve(_ style: CellStyle, theme: Theme) -> (attr_t, Int32) {
    if let cached = styleCache[style] { return cached }
    let themed = theme.style(for: style).degraded(to: colorDepth)
    var attributes = kb_a_normal()
    if themed.attributes.contains(.bold) { attributes |= kb_a_bold() }
    if themed.attributes.contains(.dim) { attributes |= kb_a_dim() }
    if themed.attributes.contains(.underline) { attributes |= kb_a_underline() }
    if themed.attributes.contains(.reverse) { attributes |= kb_a_reverse() }
    if themed.attributes.contains(.italic) { attributes |= kb_a_italic() }
    var pair: Int32 = 0
    if colorDepth != .none {
      let key = PairKey(foreground: colorNumber(themed.foreground), background: colorNumber(themed.background))
      if key.foreground != -1 || key.background != -1 {
        if let existing = pairs[key] {
          pair = existing
        } else if Int32(pairs.count + 1) < kb_color_pairs() {
          pair = Int32(pairs.count + 1)
          _ = kb_init_pair(pair, key.foreground, key.background)
          pairs[key] = pair
        }
      }
    }
    styleCache[style] = (attributes, pair)
    return (attributes, pair)
  }

  private func colorNumber(_ color: ThemeColor?) -> Int32 {
    switch color {
    case nil, .terminalDefault?: return -1
    case .ansi(let index)?: return Int32(index)
    case .indexed(let index)?: return Int32(index)
    case .rgb(let r, let g, let b)?: return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
    }
  }

  private func redirectStandardError(to path: String) {
    let directory = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    guard descriptor >= 0 else { return }
    savedStandardError = dup(STDERR_FILENO)
    dup2(descriptor, STDERR_FILENO)
    close(descriptor)
  }

  private func restoreStandardError() {
    guard savedStandardError >= 0 else { return }
    dup2(savedStandardError, STDERR_FILENO)
    close(savedStandardError)
    savedStandardError = -1
  }
}
