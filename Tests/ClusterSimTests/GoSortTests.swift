import Testing

@testable import ClusterSim

/// The port of Go's unstable `sort.Sort`, which decides the order of equal events in `describe`.
@Suite struct GoSortTests {
  @Test func equalElementsKeepTheirOrderUpToTwelve() {
    let values = Array(0..<12).map { (key: $0 % 3, name: $0) }
    let sorted = GoSort.sorted(values) { $0.key < $1.key }
    #expect(sorted.map(\.name) == [0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11])
  }

  /// Traced by hand through Go's pdqsort: thirteen elements are partitioned once around the middle one, which
  /// moves equal elements about.
  @Test func thirteenElementsArePartitionedAsGoDoes() {
    let names = Array("ABCDEFGHIJKLM").map(String.init)
    let values = names.map { (key: $0 == "M" ? 0 : 1, name: $0) }
    let sorted = GoSort.sorted(values) { $0.key < $1.key }
    #expect(sorted.map(\.name).joined() == "MGCDEFAHIJKLB")
  }

  @Test func sortsEveryInputCompletely() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33)
    }
    for count in [0, 1, 2, 13, 49, 50, 51, 120, 700] {
      for range in [2, 10, 1_000_000] {
        let values = (0..<count).map { (key: next() % range, id: $0) }
        let sorted = GoSort.sorted(values) { $0.key < $1.key }
        #expect(sorted.map(\.id).sorted() == Array(0..<count))
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.key <= $1.key })
      }
      let descending = (0..<count).map { (key: count - $0, id: $0) }
      #expect(GoSort.sorted(descending) { $0.key < $1.key }.map(\.id) == Array((0..<count).reversed()))
    }
  }

  @Test func stringsCompareByteByByte() {
    #expect(GoSort.less("Z", "a"))
    #expect(GoSort.less("e\u{301}", "é"))
    #expect(!GoSort.less("b", "a"))
  }
}
