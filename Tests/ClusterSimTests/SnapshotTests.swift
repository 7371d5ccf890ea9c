import ClusterSim
import Foundation
import KubeModel
import Testing

/// A saved demo resumes exactly where it was.
@Suite struct SnapshotTests {
  let before = ["scale deploy/web --replicas=5", "advance 7s", "set image deployment/web web=nginx:1.28", "advance 3s"]
  let after = [
    "advance 20s", "get pods -o wide", "rollout history deployment/web", "node fail worker-2", "advance 6m",
    "get pods -o wide", "get events -A",
  ]

  func transcript(_ sim: inout Simulation, _ lines: [String]) -> String {
    lines.map { sim.run($0).transcript }.joined()
  }

  @Test func aRestoredSimulationContinuesExactlyAsTheOriginal() throws {
    var original = Simulation.defaultSample()
    _ = transcript(&original, before)
    let data = try Snapshot.encode(original)
    var restored = try Snapshot.decode(data, file: "demo.snapshot")
    #expect(restored.cluster.now == original.cluster.now)
    let expected = transcript(&original, after)
    #expect(transcript(&restored, after) == expected)
    #expect(expected.contains("web-"))
  }

  @Test func saveWritesAFileThatLoads() throws {
    let folder = try TemporaryFolder([:])
    defer { folder.remove() }
    var sim = Simulation.defaultSample()
    sim.workingDirectory = folder.path
    #expect(sim.must("save demo.snapshot") == "simulation saved to demo.snapshot at T+00:00:00\n")
    let restored = try Snapshot.read(from: folder.path + "/demo.snapshot")
    #expect(restored.cluster.store.pods.count == sim.cluster.store.pods.count)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["demo.snapshot"], "no temporary file is left behind")
  }

  @Test func damagedSnapshotsAreRefused() throws {
    let data = try Snapshot.encode(Simulation.defaultSample())
    func failure(_ bytes: Data) -> String? {
      do {
        _ = try Snapshot.decode(bytes, file: "demo.snapshot")
        return nil
      } catch {
        return error.description
      }
    }
    #expect(
      failure(data.prefix(data.count / 2)) == "demo.snapshot is truncated or damaged: "
        + "\(data.count / 2 - (data.firstIndex(of: 10)! + 1)) bytes of snapshot where "
        + "\(data.count - (data.firstIndex(of: 10)! + 1)) were written")
    var flipped = data
    flipped[data.count - 10] ^= 0x20
    #expect(failure(flipped) == "demo.snapshot is damaged: its checksum does not match its content")
    #expect(failure(Data("apiVersion: v1\n".utf8)) == "demo.snapshot is not a kubarium snapshot")
    #expect(failure(Data()) == "demo.snapshot is not a kubarium snapshot")
  }
}
