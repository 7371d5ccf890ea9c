import Foundation
import KubeModel

/// Loading manifests into the simulation: whole cluster folders at start, and `apply -f` / `create -f` / `delete -f`.
extension Simulation {
  public enum ApplyMode: Sendable {
    case apply
    case create
  }

  /// Reads files and folders (recursively with `recursive`, sorted; `.yaml`, `.yml`, `.json`) into objects.
  func readManifests(_ paths: [String], recursive: Bool) -> ManifestLoad {
    var load = ManifestLoad()
    for path in paths {
      if path == "-" {
        load.errors.append(
          LoadIssue(file: "-", line: nil, message: "reading manifests from standard input is not supported here"))
        continue
      }
      let resolved = path.hasPrefix("/") ? path : workingDirectory + "/" + path
      let files: [String]
      do {
        files = try ManifestFiles.list(resolved, recursive: recursive)
      } catch {
        load.errors.append(LoadIssue(file: "", line: nil, message: error.message))
        continue
      }
      for file in files {
        let display = file.hasPrefix(workingDirectory + "/") ? String(file.dropFirst(workingDirectory.count + 1)) : file
        guard let data = FileManager.default.contents(atPath: file) else {
          load.errors.append(LoadIssue(file: display, line: nil, message: "the file cannot be read"))
          continue
        }
        load.append(
          ManifestLoader.load(
            contents: [UInt8](data), file: display, variables: { variables[$0] },
            environment: { environment[$0] ?? templateDefaults[$0] }))
      }
    }
    return load
  }

  /// `apply -f` / `create -f`: every object in the files, Namespaces and other cluster-scoped objects first so
  /// namespaced objects find their namespace.
  @discardableResult
  public mutating func applyFiles(
    _ paths: [String], recursive: Bool, namespace: String?, mode: ApplyMode
  )
    -> CommandResult
  {
    let load = readManifests(paths, recursive: recursive)
    var result = CommandResult()
    result.warnings = load.warnings.map(\.description)
    result.errors = load.errors.map { "error: \($0)" }
    for object in ManifestOrder.sorted(load.objects) {
      switch ObjectApplier.apply(object, namespace: namespace, mode: mode, in: &cluster) {
      case .success(let line): result.line(line)
      case .failure(let error): result.errors.append(error.text)
      }
    }
    return result
  }

  /// Objects named in manifests, for `delete -f`.
  func loadManifests(_ paths: [String], recursive: Bool, namespace: String) -> LoadedManifests {
    let load = readManifests(paths, recursive: recursive)
    var loaded = LoadedManifests()
    loaded.result.warnings = load.warnings.map(\.description)
    loaded.result.errors = load.errors.map { "error: \($0)" }
    loaded.objects = load.objects.map { object in
      LoadedManifests.Named(
        resource: object.resource, namespace: object.namespace.isEmpty ? namespace : object.namespace,
        name: object.name)
    }
    return loaded
  }

  mutating func createGenerated(_ object: any APIObject) -> CommandResult {
    func create<Object: StoredObject>(_ typed: Object) -> CommandResult {
      do {
        let created = try cluster.create(typed)
        return CommandResult(output: "\(ObjectOutput.name(Object.resource, created.metadata.name)) created\n")
      } catch {
        return CommandResult(error: error.description)
      }
    }
    guard let stored = object as? any StoredObject else {
      return CommandResult(error: "error: cannot create this kind")
    }
    return create(stored)
  }
}

/// Lists manifest files as `kubectl apply -f` does: a file as given, or a folder's `.yaml`, `.yml` and `.json`
/// files in sorted order (descending into subfolders with `-R`; hidden files are skipped).
enum ManifestFiles {
  struct Failure: Error {
    var message: String
  }

  static func list(_ path: String, recursive: Bool) throws(Failure) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(message: "the path \"\(path)\" does not exist")
    }
    guard isDirectory.boolValue else { return [path] }
    var files: [String] = []
    let entries = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    for entry in entries where !entry.hasPrefix(".") {
      let full = path + "/" + entry
      var entryIsDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: full, isDirectory: &entryIsDirectory)
      if entryIsDirectory.boolValue {
        if recursive { files += try list(full, recursive: true) }
      } else if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") || entry.hasSuffix(".json") {
        files.append(full)
      }
    }
    return files
  }
}

/// The order objects are applied in: Namespaces, then other cluster-scoped objects, then the rest as written.
enum ManifestOrder {
  static func sorted(_ objects: [LoadedObject]) -> [LoadedObject] {
    func rank(_ object: LoadedObject) -> Int {
      if object.resource.kind == "Namespace" { return 0 }
      if object.resource.kind == "StorageClass" || object.resource.kind == "PriorityClass" { return 1 }
      if !object.resource.isNamespaced { return 2 }
      if ["ConfigMap", "Secret", "ServiceAccount", "ResourceQuota", "LimitRange", "PersistentVolumeClaim"]
        .contains(object.resource.kind)
      {
        return 3
      }
      return 4
    }
    return objects.enumerated().sorted { left, right in
      let leftRank = rank(left.element)
      let rightRank = rank(right.element)
      return leftRank != rightRank ? leftRank < rightRank : left.offset < right.offset
    }.map(\.element)
  }
}
