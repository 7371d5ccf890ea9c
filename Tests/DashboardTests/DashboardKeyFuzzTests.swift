import ClusterSim
import Dashboard
import Foundation
import KubeModel
import Testing

/// Random keys, typed commands, resizes and clock ticks on the dashboard over the sample cluster, with a frame
/// rendered as the loop would: ten thousand seeded inputs (`KUBARIUM_FUZZ_CASES` for more), none may crash or hang.
/// Quitting starts a fresh session. The figures join the reliability summary of `ClusterSimTests` through the
/// environment (`KUBARIUM_RELIABILITY_FUZZ_DASHBOARD`), the two test modules sharing no code.
@Suite struct DashboardKeyFuzzTests {
  static let characters = Array("qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM0123456789:/?+-=<>. []{}'\"\\é😀\t")
  static let specialKeys: [Key] = [
    .tab, .backTab, .enter, .escape, .backspace, .delete, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
  ]
  static let commands = [
    "scale deploy/web --replicas=5", "set image deploy/web web=nginx:1.28", "rollout undo deploy/web",
    "delete pod --all", "node fail worker-1", "node recover worker-1", "advance 30s", "get pods", "describe node",
    "cordon worker-2", "drain worker-2 --ignore-daemonsets --force", "uncordon worker-2", "frobnicate", "get 'pods",
    "set image deploy/web web=nginx:1.161", "scale deploy/web --replicas=0", "logs deploy/web",
  ]

  static var cases: Int {
    ProcessInfo.processInfo.environment["KUBARIUM_FUZZ_CASES"].flatMap { Int($0) }.map { max(1, $0) } ?? 10_000
  }

  @Test func randomKeysNeverCrashOrHangTheDashboard() throws {
    let folder = NSTemporaryDirectory() + "kubarium-dashboard-fuzz-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var (simulation, _) = Simulation.defaultCluster()
    simulation.cluster.advance(by: .seconds(30))
    // A typed `save` writes here, not into the checkout.
    simulation.workingDirectory = folder
    var base = DashboardSession(simulation: simulation)
    base.handle(.resize(TerminalSize(width: 120, height: 40)))
    let watchdog = FuzzWatchdog(limit: 120)
    let seed: UInt64 = 0x6461_7368_626F_6172
    var random = FuzzGenerator(seed: seed)
    var session = base
    var quits = 0
    var frames = 0
    let cases = Self.cases
    for index in 0..<cases {
      let input = Self.input(using: &random)
      watchdog.tick("input \(index) (seed \(seed)): \(input)")
      var running = true
      switch input {
      case .key(let key): running = session.handle(.key(key), wallTime: Double(index))
      case .resize(let width, let height):
        running = session.handle(.resize(TerminalSize(width: width, height: height)), wallTime: Double(index))
      case .command(let line):
        running = session.handle(.key(.character(":")), wallTime: Double(index))
        session.type(line, wallTime: Double(index))
        running = running && session.handle(.key(.enter), wallTime: Double(index))
      case .tick(let seconds): session.advanceClock(wallSeconds: seconds, wallTime: Double(index))
      }
      if !running {
        quits += 1
        session = base
        continue
      }
      if index % 4 == 0 || input.isResize {
        _ = session.render()
        frames += 1
      }
    }
    watchdog.stop()
    let line = "cases=\(cases) crashes=0 hangs=0 invariant-violations=0"
    print("reliability: fuzz-dashboard \(line) (\(frames) frames, \(quits) quits)")
    ReliabilityPost.add("KUBARIUM_RELIABILITY_FUZZ_DASHBOARD", cases: cases)
    fflush(nil)
  }

  enum Input: CustomStringConvertible {
    case key(Key)
    case resize(Int, Int)
    case command(String)
    case tick(Double)

    var isResize: Bool {
      if case .resize = self { return true }
      return false
    }

    var description: String {
      switch self {
      case .key(let key): return "key \(key.name)"
      case .resize(let width, let height): return "resize \(width)x\(height)"
      case .command(let line): return ":\(line)"
      case .tick(let seconds): return "tick \(seconds)s"
      }
    }
  }

  static func input(using random: inout FuzzGenerator) -> Input {
    switch random.below(100) {
    case 0..<62: return .key(.character(characters[random.below(characters.count)]))
    case 62..<74: return .key(specialKeys[random.below(specialKeys.count)])
    case 74..<78: return .key(.control(characters[random.below(26)]))
    case 78..<80: return .key(.function(1 + random.below(24)))
    case 80..<84: return .resize(1 + random.below(300), 1 + random.below(100))
    case 84..<90: return .command(commands[random.below(commands.count)])
    default: return .tick(Double(random.below(40)) / 10)
    }
  }
}

/// SplitMix64, so a failing input replays from the seed printed with it.
struct FuzzGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// Stops the process, naming the input under way, when no input finishes for `limit` seconds: a hang fails the run
/// instead of holding CI until its time runs out.
final class FuzzWatchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var ticks = 0
  private var current = ""
  private var stopped = false

  init(limit: Double) {
    Thread { [weak self] in
      var last = -1
      var quietSince = Date()
      while let self {
        Thread.sleep(forTimeInterval: 1)
        self.lock.lock()
        let (ticks, stopped, current) = (self.ticks, self.stopped, self.current)
        self.lock.unlock()
        if stopped { return }
        if ticks != last {
          last = ticks
          quietSince = Date()
        } else if Date().timeIntervalSince(quietSince) > limit {
          FileHandle.standardError.write(Data("reliability: fuzz-dashboard hung in \(current)\n".utf8))
          exit(EXIT_FAILURE)
        }
      }
    }.start()
  }

  func tick(_ description: String) {
    lock.lock()
    ticks += 1
    current = description
    lock.unlock()
  }

  func stop() {
    lock.lock()
    stopped = true
    lock.unlock()
  }
}
