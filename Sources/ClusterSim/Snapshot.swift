import Foundation
import KubeModel

/// A saved simulation: everything needed to resume a demo exactly where it stood — virtual time, every object,
/// pending wakeups and queued work, the random streams, kubelet and scheduler state, and the `--set` values.
///
/// The file is a one-line header (format, version, byte count and FNV-1a checksum of the body) followed by the body
/// as JSON. It is written to a temporary file and renamed into place, so a crash mid-write never leaves a
/// half-written snapshot; a truncated or altered file fails its check and nothing is loaded.
public enum Snapshot {
  static let format = "kubarium-snapshot"
  static let version = 1

  struct Header: Codable {
    var format: String
    var version: Int
    var bytes: Int
    var checksum: String
  }

  struct Body: Codable {
    var cluster: ClusterState
    var variables: [String: String]
  }

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// The snapshot's bytes.
  public static func encode(_ simulation: Simulation) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.userInfo[.preciseTimestamps] = true
    let body = try encoder.encode(Body(cluster: simulation.cluster, variables: simulation.variables))
    let header = Header(format: format, version: version, bytes: body.count, checksum: checksum(body))
    var data = try JSONEncoder().encode(header)
    data.append(UInt8(ascii: "\n"))
    data.append(body)
    return data
  }

  /// Restores a simulation, or fails with what is wrong with the file.
  public static func decode(_ data: Data, file: String) throws(Failure) -> Simulation {
    guard let newline = data.firstIndex(of: UInt8(ascii: "\n")),
      let header = try? JSONDecoder().decode(Header.self, from: data[data.startIndex..<newline]),
      header.format == format
    else {
      throw Failure(description: "\(file) is not a kubarium snapshot")
    }
    guard header.version == version else {
      throw Failure(
        description: "\(file) is a snapshot of version \(header.version); this kubarium reads version \(version)")
    }
    let body = data[data.index(after: newline)...]
    guard body.count == header.bytes else {
      throw Failure(
        description:
          "\(file) is truncated or damaged: \(body.count) bytes of snapshot where \(header.bytes) were written")
    }
    guard checksum(body) == header.checksum else {
      throw Failure(description: "\(file) is damaged: its checksum does not match its content")
    }
    do {
      let decoded = try JSONDecoder().decode(Body.self, from: body)
      var simulation = Simulation(seed: decoded.cluster.seed, start: decoded.cluster.startTime)
      simulation.cluster = decoded.cluster
      simulation.variables = decoded.variables
      return simulation
    } catch {
      throw Failure(description: "\(file) cannot be read as a snapshot: \(error)")
    }
  }

  /// Writes atomically: a temporary file beside the target, then a rename.
  public static func write(_ simulation: Simulation, to path: String) throws(Failure) {
    let data: Data
    do {
      data = try encode(simulation)
    } catch {
      throw Failure(description: "the simulation could not be encoded: \(error)")
    }
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    guard FileManager.default.createFile(atPath: temporary, contents: data) else {
      throw Failure(description: "cannot write \(path)")
    }
    if rename(temporary, path) != 0 {
      try? FileManager.default.removeItem(atPath: temporary)
      throw Failure(description: "cannot write \(path)")
    }
  }

  public static func read(from path: String) throws(Failure) -> Simulation {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(description: "cannot read \(path)")
    }
    return try decode(data, file: path)
  }

  static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    var hasher = FNV1a()
    for byte in bytes { hasher.feed(byte) }
    return String(hasher.value, radix: 16)
  }
}

/// `save FILE`: writes the whole simulation to a snapshot, to resume later with `--load FILE`.
public struct SaveVerb: Verb {
  public static let name = "save"
  public static let usage = ["save FILE"]
  public static let summary = "Save the whole simulation to a file (resume it with --load FILE)"
  public static let flags: [FlagSpec] = []

  var path: String

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    guard arguments.positionals.count == 1 else { throw CommandError("save takes one file name") }
    path = arguments.positionals[0]
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let target = path.hasPrefix("/") ? path : simulation.workingDirectory + "/" + path
    do {
      try Snapshot.write(simulation, to: target)
      return CommandResult(
        output: "simulation saved to \(path) at T+\(Clock.elapsedText(simulation.cluster.elapsed))\n")
    } catch {
      return CommandResult(error: "error: \(error.description)")
    }
  }
}

/// How the simulation names elapsed virtual time: `00:05:32`, or `1d 02:00:00` past a day.
public enum Clock {
  public static func elapsedText(_ duration: SimDuration) -> String {
    let total = max(0, duration.milliseconds / 1000)
    let days = total / 86_400
    let rest = total % 86_400
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let clock = "\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))"
    return days > 0 ? "\(days)d \(clock)" : clock
  }
}
