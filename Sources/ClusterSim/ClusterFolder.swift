import Foundation
import KubeModel

/// What a cluster folder (`--cluster PATH`, a sample in `SampleClusters/`) holds besides the manifests it loads:
///
/// - `variables.env`: default values for the `${NAME}` templates of its manifests, as `NAME=VALUE` lines (the
///   format of `kubectl create configmap --from-env-file`). The book's manifests are `envsubst` templates
///   (`${ECR_HOST}/k8sbook/backend-app:1.0.0`); keeping them templates keeps them the book's, and the defaults let the
///   folder load with no flag. `--set NAME=VALUE` and the environment come first, as they do for `envsubst`.
/// - `steps/`: manifests a scenario applies later (`apply -f SampleClusters/eks-book/steps/...`). Loading the
///   folder leaves them out, as `kubectl apply -f FOLDER` without `-R` would; everything else loads recursively.
/// - `catalog.kubarium`: the image catalog (see ``ImageCatalogFile``).
public enum ClusterFolder {
  public static let variablesFile = "variables.env"
  public static let stepsFolder = "steps"

  /// The paths to load for `path`: the path itself, or a folder's entries without its `steps` folder.
  static func loadPaths(_ path: String, workingDirectory: String) -> [String] {
    let resolved = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: resolved + "/" + stepsFolder, isDirectory: &isDirectory),
      isDirectory.boolValue, let entries = try? FileManager.default.contentsOfDirectory(atPath: resolved)
    else { return [path] }
    // The same files in the same order as loading the whole folder: `ManifestFiles.list` walks sorted entries and
    // reads only manifests from a folder, while a file named on its own is read whatever its extension.
    return entries.sorted().filter { entry in
      guard !entry.hasPrefix("."), entry != stepsFolder else { return false }
      var entryIsDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: resolved + "/" + entry, isDirectory: &entryIsDirectory)
      return entryIsDirectory.boolValue || [".yaml", ".yml", ".json"].contains { entry.hasSuffix($0) }
    }.map { path + "/" + $0 }
  }

  /// The template defaults of the folder holding `path` (or of `path` itself, a folder), if it has a variables
  /// file; a malformed file is an error naming its line.
  static func variables(near path: String, workingDirectory: String) -> Result<[String: String], LoadIssue>? {
    let resolved = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory)
    let folder = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
    let file = (folder.isEmpty ? "." : folder) + "/" + variablesFile
    let full = file.hasPrefix("/") ? file : workingDirectory + "/" + file
    guard let data = FileManager.default.contents(atPath: full) else { return nil }
    do {
      var values: [String: String] = [:]
      for entry in try EnvFile.parse(String(decoding: data, as: UTF8.self), file: file) {
        values[entry.name] = entry.value
      }
      return .success(values)
    } catch {
      return .failure(LoadIssue(file: error.file, line: error.line, message: error.message))
    }
  }
}
