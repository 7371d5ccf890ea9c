import Foundation

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
  /// reported by ``CrashReporter`` instead.
  static func record(_ suite: Suite, cases: Int, hangs: Int = 0, violations: Int = 0) {
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
    // The dashboard's fuzz lives in another test module and posts its count in the environment.
    if let posted = getenv("KUBARIUM_RELIABILITY_FUZZ_DASHBOARD").flatMap({ Int(String(cString: $0)) }),
      tallies[.fuzzDashboard] == nil
    {
      tallies[.fuzzDashboard] = Tally(cases: posted)
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
