import ClusterSim
import Foundation

/// The sample clusters `kubarium demo` plays: the `SampleClusters` folder of the checkout, found from the working
/// directory or from the binary's own location (`.build/debug/kubarium` sits inside the checkout), or named by
/// `KUBARIUM_SAMPLES`.
struct SampleLibrary {
  /// The folder holding one folder per sample.
  var folder: String

  /// Where scenario scripts resolve their relative paths (`apply -f SampleClusters/eks-book/steps/...`): the folder
  /// that holds `SampleClusters`, as when a script runs from the checkout's root.
  var root: String { (folder as NSString).deletingLastPathComponent }

  static let folderName = "SampleClusters"

  /// The first `SampleClusters` found: `KUBARIUM_SAMPLES`, then the working directory and its parents, then the
  /// executable's folder and its parents.
  static func locate(environment: [String: String], currentDirectory: String, executable: String) -> SampleLibrary? {
    if let named = environment["KUBARIUM_SAMPLES"], !named.isEmpty {
      return isDirectory(named) ? SampleLibrary(folder: absolute(named, from: currentDirectory)) : nil
    }
    let executableDirectory = (absolute(executable, from: currentDirectory) as NSString).deletingLastPathComponent
    for start in [currentDirectory, executableDirectory] {
      var directory = start
      while true {
        let candidate = directory + "/" + folderName
        if isDirectory(candidate) { return SampleLibrary(folder: candidate) }
        let parent = (directory as NSString).deletingLastPathComponent
        if parent == directory || parent.isEmpty { break }
        directory = parent
      }
    }
    return nil
  }

  /// The samples that have a scenario, by name.
  func samples() -> [Sample] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().compactMap { sample(named: $0) }
  }

  /// A sample by name, or by the path of its folder.
  func sample(named name: String) -> Sample? {
    let path = name.contains("/") ? name : folder + "/" + name
    return Sample(folder: path)
  }

  static func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
  }

  static func absolute(_ path: String, from directory: String) -> String {
    path.hasPrefix("/") ? path : (directory + "/" + path as NSString).standardizingPath
  }
}

/// One sample: its folder and its scenario, read as a demo.
struct Sample {
  static let scenarioFile = "scenario.kub"

  var name: String
  var folder: String
  var script: DemoScript

  init?(folder: String) {
    let file = folder + "/" + Self.scenarioFile
    guard let data = FileManager.default.contents(atPath: file) else { return nil }
    self.folder = folder
    self.name = (folder as NSString).lastPathComponent
    self.script = DemoScript.parse(String(decoding: data, as: UTF8.self))
  }
}
