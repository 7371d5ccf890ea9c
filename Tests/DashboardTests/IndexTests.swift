import ClusterSim
import Dashboard
import KubeModel
import Testing

/// The pane rows follow the cluster's changes incrementally and agree with a listing made from scratch.
@Suite struct IndexTests {
  @Test func sortedKeyListMatchesASortedArray() {
    var generator = SystemRandomNumberGenerator()
    var list = SortedKeyList()
    var reference = Set<ObjectKey>()
    for _ in 0..<5_000 {
      let key = ObjectKey(
        namespace: "ns\(Int.random(in: 0..<5, using: &generator))",
        name: "p\(Int.random(in: 0..<800, using: &generator))")
      if Bool.random(using: &generator) {
        #expect(list.insert(key) == reference.insert(key).inserted)
      } else {
        #expect(list.remove(key) == (reference.remove(key) != nil))
      }
    }
    let sorted = reference.sorted()
    #expect(list.count == sorted.count)
    #expect(list.slice(from: 0, limit: sorted.count) == sorted)
    for (index, key) in sorted.enumerated() where index % 37 == 0 {
      #expect(list[index] == key)
      #expect(list.position(of: key) == index)
    }
    #expect(list.slice(from: 10, limit: 5) == Array(sorted[10..<15]))
  }

  @Test func incrementalRowsEqualAFreshIndex() {
    var session = Fixtures.session()
    let commands = [
      "scale deployment/web --replicas=7", "create deployment api --image=nginx --replicas=2", "create namespace shop",
      "create deployment cart -n shop --image=nginx --replicas=3", "set image deployment/web web=nginx:1.28",
      "delete deployment api", "scale deployment/cart -n shop --replicas=1",
    ]
    for (step, command) in commands.enumerated() {
      session.runQuietly(command)
      session.advanceSimulationOnly(by: .seconds(3))
      session.refresh(wallTime: Double(step))
      var fresh = ClusterIndex()
      fresh.refresh(session.cluster, session.state)
      for pane in PaneID.allCases {
        let incremental = session.index.rows(pane)
        let rebuilt = fresh.rows(pane)
        #expect(incremental.count == rebuilt.count, "\(pane) after \(command)")
        #expect(
          incremental.slice(from: 0, limit: 1_000) == rebuilt.slice(from: 0, limit: 1_000), "\(pane) after \(command)")
      }
    }
  }

  @Test func typingAFilterNarrowsLikeARebuild() {
    var session = Fixtures.session()
    session.focus(.pods)
    session.press(.character("/"))
    for character in "kube-pr" {
      session.type(String(character))
      var fresh = ClusterIndex()
      fresh.refresh(session.cluster, session.state)
      #expect(session.index.rows(.pods).slice(from: 0, limit: 100) == fresh.rows(.pods).slice(from: 0, limit: 100))
    }
    #expect(session.index.rows(.pods).count == 4)
    session.press(.backspace, .backspace, .backspace)
    var fresh = ClusterIndex()
    fresh.refresh(session.cluster, session.state)
    #expect(session.index.rows(.pods).count == fresh.rows(.pods).count)
    #expect(session.index.rows(.pods).count > 4)
  }

  @Test func filteredRowsFollowStatusChanges() {
    var session = Fixtures.session()
    session.focus(.nodes)
    session.press(.character("/"))
    session.type("SchedulingDisabled")
    session.press(.enter)
    #expect(session.index.rows(.nodes).count == 0)
    session.runQuietly("cordon worker-2")
    session.refresh(wallTime: 1)
    #expect(session.index.rows(.nodes).count == 1)
    session.runQuietly("uncordon worker-2")
    session.refresh(wallTime: 2)
    #expect(session.index.rows(.nodes).count == 0)
  }

  @Test func changedRowsAreMarkedBriefly() {
    var session = Fixtures.session()
    session.focus(.deployments)
    session.press(.character("+"), wallTime: 10)
    let row = RowRef(.deployment, ObjectKey(namespace: "default", name: "web"))
    #expect(session.marks.contains(row))
    #expect(session.nextFrameDelay(wallTime: 10) != nil)
    session.refresh(wallTime: 12)
    #expect(!session.marks.contains(row))
  }

  @Test func frameBenchmarkRuns() {
    let result = FrameBenchmark.run(simulation: Fixtures.simulation(), frames: 10, filter: "web")
    #expect(result.frames == 10)
    #expect(result.p99 >= result.p50)
    #expect(result.description.contains("frame_ms_p99="))
  }
}
