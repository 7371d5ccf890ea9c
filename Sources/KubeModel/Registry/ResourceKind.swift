/// How the API names one kind of object: its group, version, plural and short names, and scope.
///
/// kubectl resolves `deploy`, `deployments`, `deployment.apps` and `Deployment` to the same resource;
/// the command language does the same through ``ResourceRegistry``.
public struct ResourceKind: Hashable, Sendable, CustomStringConvertible {
  public var kind: String
  public var group: String
  public var version: String
  public var plural: String
  public var singular: String
  public var shortNames: [String]
  public var isNamespaced: Bool
  /// Whether the simulation models objects of this kind (a typed object and controllers), or keeps them as written.
  public var isSimulated: Bool

  public init(
    kind: String, group: String, version: String, plural: String, shortNames: [String] = [],
    isNamespaced: Bool = true, isSimulated: Bool = true
  ) {
    self.kind = kind
    self.group = group
    self.version = version
    self.plural = plural
    self.singular = kind.lowercased()
    self.shortNames = shortNames
    self.isNamespaced = isNamespaced
    self.isSimulated = isSimulated
  }

  /// `apps/v1`, or `v1` for the core group.
  public var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }

  /// `deployments.apps`, or `pods` for the core group: how API errors name a resource.
  public var qualifiedPlural: String { group.isEmpty ? plural : "\(plural).\(group)" }

  /// `deployment.apps`, or `pod`: how kubectl names objects in `TYPE/NAME` output.
  public var qualifiedSingular: String { group.isEmpty ? singular : "\(singular).\(group)" }

  public var description: String { qualifiedPlural }
}
