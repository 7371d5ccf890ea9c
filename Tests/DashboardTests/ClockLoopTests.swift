import ClusterSim
import Dashboard
import Testing

/// The terminal loop's clock, without a terminal: wake when the next frame is due, advance by that much wall time
/// at 1x, draw; over the first virtual minute of the sample cluster.
@Suite struct ClockLoopTests {
  @Test func framesAsTheLoopSchedulesThem() {
    var (simulation, _) = Simulation.defaultCluster()
    simulation.cluster.settle()
    var session = DashboardSession(simulation: simulation)
    session.handle(.resize(TerminalSize(width: 160, height: 48)))
    var wallTime = 0.0
    while session.cluster.elapsed.milliseconds < 60_000 {
      let delay = session.nextFrameDelay(wallTime: wallTime) ?? 0.1
      wallTime += delay
      session.advanceClock(wallSeconds: delay, wallTime: wallTime)
      _ = session.render()
    }
    #expect(session.cluster.elapsed.milliseconds >= 60_000)
  }
}
