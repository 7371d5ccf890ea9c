import KubeModel

extension ControllerRevision: StoredObject {
  public static let resource = ResourceRegistry.controllerRevision
  public static var table: WritableKeyPath<Store, ObjectTable<ControllerRevision>> { \.controllerRevisions }
}

extension ControllerRevision: TablePrintable {
  public static func columns(wide: Bool) -> [String] { ["NAME", "CONTROLLER", "REVISION", "AGE"] }

  /// `printControllerRevision`: CONTROLLER is `<kind>.<group>/<name>` of the controlling owner, or `<none>`.
  public static func row(_ revision: ControllerRevision, in cluster: ClusterState, wide: Bool) -> [String] {
    var controller = "<none>"
    if let owner = revision.metadata.controllerReference {
      let group = owner.apiVersion.contains("/") ? String(owner.apiVersion.split(separator: "/")[0]) : ""
      controller = "\(owner.kind.lowercased())\(group.isEmpty ? "" : ".\(group)")/\(owner.name)"
    }
    return [revision.metadata.name, controller, String(revision.revision), Cells.age(revision.metadata, cluster)]
  }
}
