import ClusterSim

/// `kubarium demo NAME --headless`: the whole demo as text — the title and introduction, then each step's caption
/// and its commands with what they printed — for a terminal, a file, or a test.
enum DemoHeadless {
  /// Width of wrapped captions.
  static let width = 100

  /// Plays every step, calling `write` with each piece as it is ready; returns false when a command failed that the
  /// script did not allow to (the demo stops there, as `kubarium run` stops).
  @discardableResult
  static func play(
    _ sample: Sample, in simulation: inout Simulation, write: (String) -> Void
  ) -> Bool {
    let script = sample.script
    var heading = "Demo \(sample.name): \(script.title)\n"
    if !script.introduction.isEmpty {
      heading += DemoText.wrap(script.introduction, width: width).joined(separator: "\n") + "\n"
    }
    write(heading + "\n")
    var player = DemoPlayer(script: script)
    while let step = player.playNext(in: &simulation) {
      write(step.transcript(width: width))
      if step.failed { return false }
    }
    return true
  }
}
