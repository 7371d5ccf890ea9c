import Foundation
import KubeModel

/// Loading a whole cluster at start: the built-in sample, or a folder or file of manifests.
extension Simulation {
  /// A simulation of the built-in default cluster.
  public static func defaultCluster(
    seed: UInt64 = ClusterState.defaultSeed, start: Timestamp = ClusterState.defaultStart,
    warmUp: SimDuration = Simulation.defaultWarmUp
  ) -> (Simulation, CommandResult) {
    var simulation = Simulation(seed: seed, start: start, warmUp: warmUp)
    var load = ManifestLoad()
    for (file, text) in DefaultCluster.manifests {
      load.append(ManifestLoader.load(text: text, file: "default/\(file)", variables: { _ in nil }))
    }
    let result = simulation.applyLoaded(load, namespace: nil, mode: .apply, quiet: true)
    simulation.finishWarmUp()
    return (simulation, result)
  }

  /// Loads a cluster from a file or folder (recursively), as `kubectl apply -R -f` would. A cluster without Node
  /// objects gets the default cluster's nodes, so tutorial manifests have somewhere to run. With `strict`, any
  /// warning or error — from reading the files or from the API server refusing an object — refuses the whole
  /// cluster: the load is tried on a copy, which is kept only if nothing went wrong. A folder's `variables.env`
  /// gives its templates default values and its `steps` folder is left for scenarios to apply (see
  /// ``ClusterFolder``).
  public mutating func loadCluster(at path: String, strict: Bool = false) -> CommandResult {
    var trial = self
    var result = trial.loadClusterLeniently(at: path)
    if strict && (!result.errors.isEmpty || !result.warnings.isEmpty) {
      result.output = ""
      result.notices = []
      result.errors.append("error: --strict: nothing was loaded because of the problems above")
      return result
    }
    self = trial
    return result
  }

  /// Loads what can be loaded and reports the rest.
  private mutating func loadClusterLeniently(at path: String) -> CommandResult {
    var variablesIssue: LoadIssue?
    switch ClusterFolder.variables(near: path, workingDirectory: workingDirectory) {
    case .success(let values): templateDefaults.merge(values) { _, new in new }
    case .failure(let issue): variablesIssue = issue
    case nil: break
    }
    var load = readManifests(ClusterFolder.loadPaths(path, workingDirectory: workingDirectory), recursive: true)
    if let variablesIssue { load.errors.insert(variablesIssue, at: 0) }
    ManifestDuplicates.remove(from: &load, currentNamespace: cluster.currentNamespace)
    // Nodes first, so the scheduler does not see the pods of a cluster without nodes ("no nodes available").
    let addsDefaultNodes = cluster.store.nodes.isEmpty && !load.objects.contains { $0.resource.kind == "Node" }
    if addsDefaultNodes {
      var nodes = ManifestLoad()
      for (file, text) in DefaultCluster.manifests where file == "nodes.yaml" {
        nodes.append(ManifestLoader.load(text: text, file: "default/\(file)", variables: { _ in nil }))
      }
      _ = applyLoaded(nodes, namespace: nil, mode: .apply, quiet: true)
    }
    // The catalog before the objects: the kubelet settles the loaded pods' image behaviours as soon as it starts
    // them.
    var catalogIssue: LoadIssue?
    if let catalog = ImageCatalogFile.load(near: path) {
      switch catalog {
      case .success(let parsed): cluster.imageCatalog = parsed
      case .failure(let issue): catalogIssue = issue
      }
    }
    let createdNamespaces = createUndefinedNamespaces(of: load)
    var result = applyLoaded(load, namespace: nil, mode: .apply, quiet: true)
    if let catalogIssue { result.errors.append("error: \(catalogIssue)") }
    if !createdNamespaces.isEmpty {
      let names = createdNamespaces.map { "\"\($0)\"" }.joined(separator: ", ")
      result.notices.append(
        "\(path) uses namespace(s) it does not define: created \(names), as `kubectl create namespace` would")
    }
    if addsDefaultNodes {
      result.notices.append(
        "\(path) defines no nodes: added the default cluster's control-plane node and three workers")
    }
    finishWarmUp()
    return result
  }

  /// A cluster is loaded whole, so the namespaces its objects live in are part of it even where a tutorial creates
  /// them with `kubectl create namespace` instead of a manifest. (`apply -f` keeps kubectl's NotFound.)
  private mutating func createUndefinedNamespaces(of load: ManifestLoad) -> [String] {
    let defined = Set(load.objects.filter { $0.resource.kind == "Namespace" }.map(\.name))
    let used = Set(load.objects.filter { $0.resource.isNamespaced }.map(\.namespace))
    var created: [String] = []
    for name in used.subtracting(defined).sorted()
    where !name.isEmpty && cluster.store.namespaces["", name] == nil {
      var namespace = Namespace()
      namespace.metadata.name = name
      if (try? cluster.create(namespace)) != nil { created.append(name) }
    }
    return created
  }

  /// Runs the cluster up to T+0 if it was created with a warm-up.
  public mutating func finishWarmUp() {
    if cluster.now < cluster.startTime { cluster.advance(to: cluster.startTime) }
    cluster.settle()
  }

  /// Applies loaded objects; `quiet` leaves out the per-object lines (a cluster load reports only problems).
  mutating func applyLoaded(
    _ load: ManifestLoad, namespace: String?, mode: ApplyMode, quiet: Bool = false
  )
    -> CommandResult
  {
    var result = CommandResult()
    result.warnings = load.warnings.map(\.description)
    result.errors = load.errors.map { "error: \($0)" }
    for object in ManifestOrder.sorted(load.objects) {
      switch ObjectApplier.apply(object, namespace: namespace, mode: mode, in: &cluster) {
      case .success(let line): if !quiet { result.line(line) }
      case .failure(let error): result.errors.append(error.text)
      }
    }
    cluster.settle()
    return result
  }
}

/// The image catalog of a cluster folder: `catalog.kubarium` (YAML), beside the manifests.
enum ImageCatalogFile {
  static let name = "catalog.kubarium"

  static func load(near path: String) -> Result<ImageCatalog, LoadIssue>? {
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    let folder = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
    let file = folder + "/" + name
    guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
      return nil
    }
    do {
      guard let document = try ManifestReader.documents(in: text, file: file).first else {
        return .success(ImageCatalog())
      }
      let decoded = try ManifestDecoder().decode(ImageCatalog.self, from: document.node, file: file)
      if let unknown = decoded.unknownFields.first {
        return .failure(LoadIssue(file: file, line: unknown.line, message: "unknown field \"\(unknown.path)\""))
      }
      if let problem = decoded.value.problems().first {
        return .failure(LoadIssue(file: file, line: nil, message: problem))
      }
      return .success(decoded.value)
    } catch {
      return .failure(
        LoadIssue(
          file: file, line: error.line, message: error.fieldPath.map { "\($0): \(error.message)" } ?? error.message))
    }
  }
}
