import KubeModel

/// kubectl's generic describer (`genericDescriber.Describe`), used for kinds without a layout of their own: name,
/// namespace, labels and annotations, then every other field with its name split into words
/// (`printUnstructuredContent`, `smartLabelFor`), then the events.
public enum GenericDescriber {
  public static func describe(
    metadata: ObjectMeta, encoded: JSONValue, events: EventLog, now: Timestamp, showEvents: Bool = true
  ) -> String {
    var writer = DescribeWriter()
    writer.nameNamespaceLabelsAnnotations(metadata)
    let skipped: Set<String> = [
      ".metadata.managedFields", ".metadata.name", ".metadata.namespace", ".metadata.labels", ".metadata.annotations",
    ]
    if case .object(let members) = encoded {
      write(members, level: 0, path: "", skipped: skipped, into: &writer)
    }
    if showEvents {
      let found = events.events(forObjectUID: metadata.uid).sorted { GoSort.less($0.metadata.name, $1.metadata.name) }
      writer.events(found, now: now)
    }
    return writer.rendered
  }

  private static func write(
    _ members: [String: JSONValue], level: Int, path: String, skipped: Set<String>, into writer: inout DescribeWriter
  ) {
    for key in members.keys.sorted(by: GoSort.less) {
      let fieldPath = path + "." + key
      guard !skipped.contains(fieldPath) else { continue }
      switch members[key]! {
      case .object(let nested):
        writer.write(level, smartLabel(key) + ":\n")
        write(nested, level: level + 1, path: fieldPath, skipped: skipped, into: &writer)
      case .array(let items):
        writer.write(level, smartLabel(key) + ":\n")
        for item in items {
          if case .object(let nested) = item {
            write(nested, level: level + 1, path: fieldPath, skipped: skipped, into: &writer)
          } else {
            writer.write(level + 1, scalar(item) + "\n")
          }
        }
      case let value:
        writer.line(level, smartLabel(key) + ":", scalar(value))
      }
    }
  }

  /// Go's `%v` of a decoded JSON value.
  private static func scalar(_ value: JSONValue) -> String {
    switch value {
    case .null: return "<nil>"
    case .bool(let flag): return String(flag)
    case .int(let number): return String(number)
    case .double(let number): return String(number)
    case .string(let text): return text
    case .array(let items): return "[" + items.map(scalar).joined(separator: " ") + "]"
    case .object(let members):
      return "map["
        + members.keys.sorted(by: GoSort.less).map { "\($0):\(scalar(members[$0]!))" }
        .joined(separator: " ") + "]"
    }
  }

  /// `smartLabelFor`: `creationTimestamp` → `Creation Timestamp`, `uid` → `UID`, `podCIDR` → `Pod CIDR`;
  /// names with characters other than letters and `-` are printed as they are.
  static func smartLabel(_ field: String) -> String {
    guard field.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return field }
    let parts = camelCaseSplit(field)
    var merged: [String] = []
    var index = 0
    while index < parts.count {
      let part = parts[index]
      if index < parts.count - 1, part.unicodeScalars.count >= 2,
        part.unicodeScalars.allSatisfy({ !$0.properties.isAlphabetic || $0.properties.isUppercase }),
        parts[index + 1].unicodeScalars.first?.properties.isUppercase == true
      {
        merged.append(part + parts[index + 1])
        index += 2
        continue
      }
      merged.append(part)
      index += 1
    }
    let acronyms: Set<String> = ["API", "URL", "UID", "GUID"]
    return merged.filter { $0 != "_" }.map { part in
      if acronyms.contains(part.uppercased()) { return part.uppercased() }
      if part.lowercased() == part { return part.prefix(1).uppercased() + part.dropFirst() }
      return part
    }.joined(separator: " ")
  }

  /// `camelcase.Split`: runs of lower-case letters, upper-case letters, digits and other characters, with the last
  /// capital of a run moved to a following lower-case run (`PDFLoader` → `PDF`, `Loader`).
  static func camelCaseSplit(_ text: String) -> [String] {
    func characterClass(_ scalar: Unicode.Scalar) -> Int {
      if scalar.properties.isLowercase { return 1 }
      if scalar.properties.isUppercase { return 2 }
      if scalar.properties.numericType == .decimal { return 3 }
      return 4
    }
    var runs: [[Unicode.Scalar]] = []
    var lastClass = 0
    for scalar in text.unicodeScalars {
      let currentClass = characterClass(scalar)
      if currentClass == lastClass {
        runs[runs.count - 1].append(scalar)
      } else {
        runs.append([scalar])
      }
      lastClass = currentClass
    }
    var index = 0
    while index < runs.count - 1 {
      if let first = runs[index].first, first.properties.isUppercase,
        runs[index + 1].first?.properties.isLowercase == true
      {
        runs[index + 1].insert(runs[index].removeLast(), at: 0)
      }
      index += 1
    }
    return runs.filter { !$0.isEmpty }.map { String(String.UnicodeScalarView($0)) }
  }
}
