import KubeModel

/// `-o` values the command language prints.
public enum OutputFormat: Sendable, Equatable {
  case table
  case wide
  case yaml
  case json
  case name

  init(_ text: String?) throws(CommandError) {
    switch text {
    case nil, "": self = .table
    case "wide": self = .wide
    case "yaml": self = .yaml
    case "json": self = .json
    case "name": self = .name
    case let other?:
      throw CommandError(
        "unable to match a printer suitable for the output format \"\(other)\", allowed formats are: "
          + "json,name,wide,yaml")
    }
  }
}

/// Printing objects as `-o yaml`, `-o json` and `-o name` do.
enum ObjectOutput {
  /// Several objects become a `v1 List`, as kubectl prints them.
  static func document(_ objects: [JSONValue], singleObject: Bool) -> JSONValue {
    if singleObject, let only = objects.first, objects.count == 1 { return only }
    return .object([
      "apiVersion": .string("v1"), "kind": .string("List"), "items": .array(objects),
      "metadata": .object(["resourceVersion": .string("")]),
    ])
  }

  static func yaml(_ objects: [JSONValue], singleObject: Bool) -> String {
    YAMLWriter.write(document(objects, singleObject: singleObject))
  }

  static func json(_ objects: [JSONValue], singleObject: Bool) -> String {
    JSONWriter.write(document(objects, singleObject: singleObject))
  }

  /// `deployment.apps/web`
  static func name(_ resource: ResourceKind, _ name: String) -> String { "\(resource.qualifiedSingular)/\(name)" }
}
