import Foundation

/// Locations in the repository, found from this file so tests run from any directory.
enum RepositoryPaths {
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }()

  static func sample(_ name: String) -> String { root + "/SampleClusters/" + name }

  /// The official example manifests the project's study material ships with, when present beside the checkout.
  static let corpus: String? = {
    let candidates = [root + "/../shared/corpus/k8s-examples", root + "/../../shared/corpus/k8s-examples"]
    return candidates.first { FileManager.default.fileExists(atPath: $0) }
  }()
}

/// A scratch folder with the given files, removed when the test ends.
struct TemporaryFolder {
  let path: String

  init(_ files: [String: String]) throws {
    path = NSTemporaryDirectory() + "kubarium-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files {
      let file = path + "/" + name
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: file, atomically: true, encoding: .utf8)
    }
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}
