import KubeModel

/// kubectl's generic describer, used for kinds without a layout of their own: name, namespace, labels and
/// annotations, then every other field with its name split into words (`printUnstructuredContent`).
public enum GenericDescriber {
  public static func describe(metadata: ObjectMeta, encoded: JSONValue, events: EventLog, now: Timestamp) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    if !metadata.namespace.isEmpty { writer.line(0, "Namespace:", metadata.namespace) }
    writer.labels(0, "Labels:", metadata.labels)
    writer.annotations(0, metadata.annotations)
    let skipped: Set<String> = [
      ".metadata.name", ".metadata.namespace", ".metadata.labels", ".metadata.annotations", ".metadata.managedFields",
    ]
    if case .object(let members) = encoded {
      write(members, level: 0, path: "", skipped: skipped, into: &writer)
    }
    writer.events(events.events(forObjectUID: metadata.uid), now: now)
    return writer.rendered
  }

  private static func write(
    _ members: [String: JSONValue], level: Int, path: String, skipped: Set<String>, into writer: inout DescribeWriter
  ) {
    for key in members.keys.sorted() {
      let fieldPath = path + "." + key
      guard !skipped.contains(fieldPath) else { continue }
      let label = smartLabel(key) + ":"
      switch members[key]! {
      case .object(let nested):
        if nested.isEmpty { continue }
        writer.line(level, label)
        write(nested, level: level + 1, path: fieldPath, skipped: skipped, into: &writer)
      case .array(let items):
        if items.isEmpty { continue }
        writer.line(level, label)
        for item in items {
          if case .object(let nested) = item {
            write(nested, level: level + 1, path: fieldPath, skipped: skipped, into: &writer)
          } else {
            writer.line(level + 1, scalar(item))
          }
        }
      default:
        writer.line(level, label, scalar(members[key]!))
      }
    }
  }

  private static func scalar(_ value: JSONValue) -> String {
    switch value {
    case .null: return "<nil>"
    case .bool(let flag): return String(flag)
    case .int(let number): return String(number)
    case .double(let number): return String(number)
    case .string(let text): return text
    default: return ""
    }
  }

  /// `creationTimestamp` → `Creation Timestamp`, `uid` → `UID`; names with characters other than letters and `-`
  /// are printed as they are (`smartLabelFor`).
  static func smartLabel(_ field: String) -> String {
    guard field.allSatisfy({ $0.isLetter || $0 == "-" }) else { return field }
    var parts: [String] = []
    var current = ""
    for character in field {
      if character.isUppercase && !current.isEmpty && !(current.last?.isUppercase ?? false) {
        parts.append(current)
        current = ""
      }
      current.append(character)
    }
    if !current.isEmpty { parts.append(current) }
    let acronyms: Set<String> = ["API", "URL", "UID", "OSB", "GUID"]
    return parts.map { part in
      acronyms.contains(part.uppercased()) ? part.uppercased() : part.prefix(1).uppercased() + part.dropFirst()
    }.joined(separator: " ")
  }
}
