import Foundation

/// Posts this module's reliability figures where `ClusterSimTests`' summary reads them at exit: the environment
/// (`KUBARIUM_RELIABILITY_SECRETS="cases violations"`), the two test modules sharing no code. Tests run in
/// parallel, so the running totals are kept under a lock.
enum ReliabilityPost {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var totals: [String: (cases: Int, violations: Int)] = [:]

  static func add(_ name: String, cases: Int, violations: Int = 0) {
    lock.lock()
    defer { lock.unlock() }
    let total = totals[name, default: (0, 0)]
    let sum = (cases: total.cases + cases, violations: total.violations + violations)
    totals[name] = sum
    setenv(name, "\(sum.cases) \(sum.violations)", 1)
  }
}
