import Foundation
import Testing

/// The figures the reliability suites report: how many cases each tried, and how many crashed, hung or broke an
/// invariant. Each suite prints its own line as it finishes; the totals are printed once when the test process
/// exits, whichever suites ran.
enum ReliabilityFigures {
  enum Suite: String, CaseIterable, Sendable {
    case badInput = "bad-input"
    case badCommands = "bad-commands"
    case fuzzManifests = "fuzz-manifests"
    case fuzzCommands = "fuzz-commands"
    case fuzzDashboard = "fuzz-dashboard"
    case invariants = "invariants"
    /// `KubariumTests`: the dashboard ended by q, ctrl-c, SIGTERM, SIGHUP, a thrown error and a trap, in tmux.
    case terminalSafety = "terminal-safety"
    /// `DashboardTests`: screens of a Secret checked for its values.
    case secrets = "secrets"

    /// Where a suite of another test module posts its figures: `KUBARIUM_RELIABILITY_FUZZ_DASHBOARD="10000 0"`
    /// (cases, then violations).
    var environmentName: String {
      "KUBARIUM_RELIABILITY_" + rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }
  }

  struct Tally: Sendable {
    var cases = 0
    var crashes = 0
    var hangs = 0
    var violations = 0
  }

  private static let lock = NSLock()
  nonisolated(unsafe) private static var tallies: [Suite: Tally] = [:]
  nonisolated(unsafe) private static var summaryRegistered = false

  /// Adds a suite's figures. A crash stops the process, so a finished run always records `crashes=0`; a crash is
  /// reported by ``CrashReporter`` instead. A hang or a violation fails the test recording it, even if the suite
  /// did not already fail on it.
  static func record(_ suite: Suite, cases: Int, hangs: Int = 0, violations: Int = 0) {
    #expect(hangs == 0 && violations == 0, "\(suite.rawValue): \(hangs) hangs, \(violations) invariant violations")
    lock.lock()
    tallies[suite, default: Tally()].cases += cases
    tallies[suite, default: Tally()].hangs += hangs
    tallies[suite, default: Tally()].violations += violations
    let tally = tallies[suite]!
    if !summaryRegistered {
      summaryRegistered = true
      atexit { ReliabilityFigures.printSummary() }
    }
    lock.unlock()
    print(
      "reliability: \(suite.rawValue) cases=\(tally.cases) crashes=\(tally.crashes) hangs=\(tally.hangs) "
        + "invariant-violations=\(tally.violations)")
    // Written out at once, so a process forked later does not print the buffered line a second time.
    fflush(nil)
  }

  static func printSummary() {
    lock.lock()
    defer { lock.unlock() }
    // The dashboard's fuzz, the secrets views and the terminal-safety runs live in other test modules and post
    // their figures in the environment.
    for suite in Suite.allCases where tallies[suite] == nil {
      guard let posted = getenv(suite.environmentName).map({ String(cString: $0) }) else { continue }
      let numbers = posted.split(separator: " ").compactMap { Int($0) }
      guard let cases = numbers.first else { continue }
      tallies[suite] = Tally(cases: cases, violations: numbers.count > 1 ? numbers[1] : 0)
    }
    let total = tallies.values.reduce(into: Tally()) { sum, tally in
      sum.cases += tally.cases
      sum.crashes += tally.crashes
      sum.hangs += tally.hangs
      sum.violations += tally.violations
    }
    let suites = Suite.allCases.compactMap { suite in tallies[suite].map { "\(suite.rawValue)=\($0.cases)" } }
    print(
      "reliability summary: cases=\(total.cases) crashes=\(total.crashes) hangs=\(total.hangs) "
        + "invariant-violations=\(total.violations) (\(suites.joined(separator: " ")))")
    fflush(nil)
  }
}

/// How much the reliability suites try: CI-sized by default, more through the environment.
enum ReliabilityBudget {
  /// `KUBARIUM_FUZZ_CASES`: cases per fuzz suite (default 10,000).
  static var fuzzCases: Int { number("KUBARIUM_FUZZ_CASES") ?? 10_000 }
  /// `KUBARIUM_PROPERTY_SEEDS`: random clusters the invariant suite runs (default 300).
  static var propertySeeds: Int { number("KUBARIUM_PROPERTY_SEEDS") ?? 300 }

  private static func number(_ name: String) -> Int? {
    ProcessInfo.processInfo.environment[name].flatMap { Int($0) }.map { max(1, $0) }
  }
}
