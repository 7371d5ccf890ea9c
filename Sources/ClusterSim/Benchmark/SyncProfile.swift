import Foundation

/// Wall time and syncs per controller, recorded by `settle` when the benchmark asks for it.
public struct SyncProfile: Hashable, Sendable, Codable {
  public var seconds = Array(repeating: 0.0, count: ControllerID.allCases.count)
  public var syncs = Array(repeating: 0, count: ControllerID.allCases.count)

  public init() {}

  public subscript(controller: ControllerID) -> (seconds: Double, syncs: Int) {
    (seconds[controller.rawValue], syncs[controller.rawValue])
  }

  mutating func add(_ controller: ControllerID, since start: Double) {
    seconds[controller.rawValue] += Self.now() - start
    syncs[controller.rawValue] += 1
  }

  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
