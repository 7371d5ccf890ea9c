import ClusterSim
import Foundation
import PropertyBased
import Testing

/// Random clusters under random operations — scale, set image, undo, delete pod, crash, node fail, recover and add,
/// cordon, drain, advance — with every invariant checked after every step, convergence after a quiet time, and the
/// same seed always leading to the same cluster. `KUBARIUM_PROPERTY_SEEDS` runs more seeds.
@Suite struct InvariantTests {
  /// Reports a failing scenario with everything needed to replay it.
  static func report(_ seed: UInt64, _ outcome: InvariantScenario.Outcome) -> String {
    "seed \(seed): \(outcome.violations.prefix(3).joined(separator: "\n"))\n" + outcome.log.joined(separator: "\n")
  }

  @Test func invariantsHoldForHundredsOfSeeds() throws {
    let seeds = ReliabilityBudget.propertySeeds
    let run = ReliabilityRun(.invariants, limit: 300)
    var violations = 0
    var checks = 0
    var rolloutChecks = 0
    var converged = 0
    for index in 0..<seeds {
      let seed = 0x696E_7661_7269_616E &+ UInt64(index)
      run.begin("seed \(seed)")
      // Every fifth scenario runs twice: the same seed and commands must give the same cluster.
      let twice = index % 5 == 0
      let outcome = try InvariantScenario(seed: seed, fingerprinted: twice).run()
      checks += outcome.checks
      rolloutChecks += outcome.rolloutChecks
      converged += outcome.convergedWithPods
      violations += outcome.violations.count
      #expect(outcome.violations.isEmpty, "\(Self.report(seed, outcome))")
      if twice {
        let again = try InvariantScenario(seed: seed, fingerprinted: true).run()
        #expect(again.fingerprint == outcome.fingerprint, "seed \(seed) is not deterministic")
        #expect(again.log == outcome.log, "seed \(seed) chose different operations")
      }
    }
    print(
      "reliability: invariants checked \(checks) times over \(seeds) seeds, rollout availability \(rolloutChecks) "
        + "times; \(converged) Deployments with pods converged")
    #expect(rolloutChecks > seeds / 2, "too few clean rollouts to check availability")
    run.finish(cases: seeds, violations: violations)
  }

  /// The same, with seeds the property-testing library draws (it prints the seed of a failure to replay it).
  @Test func invariantsHoldForDrawnSeeds() async throws {
    var cases = 0
    var violations = 0
    await propertyCheck(count: 20, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      let outcome = try InvariantScenario(seed: seed, steps: 20).run()
      cases += 1
      violations += outcome.violations.count
      #expect(outcome.violations.isEmpty, "\(Self.report(seed, outcome))")
    }
    ReliabilityFigures.record(.invariants, cases: cases, violations: violations)
  }
}
