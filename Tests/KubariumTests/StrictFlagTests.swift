import ArgumentParser
import Foundation
import KubariumCLI
import Testing

/// `--strict` on the command line: a cluster folder with any problem is refused with exit code 1 before a single
/// command runs; without it the valid objects load and the commands run.
@Suite struct StrictFlagTests {
  /// A folder with one valid ConfigMap and one Deployment the API server refuses.
  static func folder() throws -> String {
    let path = NSTemporaryDirectory() + "kubarium-strict-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n".write(
      toFile: path + "/fine.yaml", atomically: true, encoding: .utf8)
    try "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bad\nspec:\n  replicas: -1\n".write(
      toFile: path + "/bad.yaml", atomically: true, encoding: .utf8)
    return path
  }

  static func exitCode(_ arguments: [String]) -> Int32 {
    do {
      var command = try KubariumCommand.parseAsRoot(arguments)
      try command.run()
      return 0
    } catch let exit as ExitCode {
      return exit.rawValue
    } catch {
      return KubariumCommand.exitCode(for: error).rawValue
    }
  }

  @Test func strictRefusesAFolderWithAnyProblem() throws {
    let path = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(Self.exitCode(["run", "--cluster", path, "--strict", "-e", "get configmap fine"]) == 1)
  }

  @Test func withoutStrictTheValidObjectsLoadAndCommandsRun() throws {
    let path = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(Self.exitCode(["run", "--cluster", path, "-e", "get configmap fine"]) == 0)
    #expect(Self.exitCode(["run", "--cluster", path, "-e", "get deployment bad"]) == 1)
  }
}
