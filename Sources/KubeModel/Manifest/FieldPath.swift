/// One step of a field path: a mapping key or a list index.
enum PathComponent {
  case key(String)
  case index(Int)
}

/// Field paths as the apiserver writes them: `spec.template.spec.containers[0].image`; keys that are not plain
/// names (`app.kubernetes.io/name`) in brackets: `metadata.labels[app.kubernetes.io/name]`.
enum FieldPath {
  static func appending(_ component: PathComponent, to path: String) -> String {
    switch component {
    case .index(let index):
      return "\(path)[\(index)]"
    case .key(let key):
      if !isPlainName(key) { return "\(path)[\(key)]" }
      return path.isEmpty ? key : "\(path).\(key)"
    }
  }

  static func string(of components: [PathComponent]) -> String {
    components.reduce(into: "") { path, component in path = appending(component, to: path) }
  }

  private static func isPlainName(_ key: String) -> Bool {
    !key.isEmpty
      && key.utf8.allSatisfy { byte in
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
          return true
        default:
          return false
        }
      }
  }
}

/// A `CodingKey` for paths handed to types through `codingPath`.
struct ManifestCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int?

  init(stringValue: String) {
    self.stringValue = stringValue
    intValue = nil
  }

  init(intValue: Int) {
    stringValue = String(intValue)
    self.intValue = intValue
  }
}
