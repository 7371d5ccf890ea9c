import KubeModel

/// kubectl's describe `prefixWriter` (`pkg/describe/describe.go`) writing into a `text/tabwriter` with padding 2
/// (`tabbedString`).
///
/// ``write(_:_:)`` is upstream's `Write(level, format, ...)`: it prefixes two spaces per level to the text (only the
/// first line of a multi-line text gets the prefix) and escapes terminal control characters (`printers.WriteEscaped`
/// turns ESC into `^[` and a carriage return into `\r`). ``flush()`` is the tabwriter's `Flush`: what was written so
/// far is aligned on its own, as `DescribeEvents` does before the events table. ``rendered`` is the aligned page;
/// ``unaligned`` is the same text with literal tabs, for output kubectl writes without a tabwriter
/// (`rollout history --revision`).
public struct DescribeWriter: Sendable {
  /// Text written so far, split where the tabwriter was flushed.
  private var segments: [String] = [""]
  /// Levels added to every write, as upstream's `nestedPrefixWriter` does (it indents `WriteLine` text too).
  var nesting = 0

  public init() {}

  /// `Write(level, text)`: the text as is after `level` two-space indents.
  public mutating func write(_ level: Int, _ text: String) {
    segments[segments.count - 1] += Self.escaped(String(repeating: "  ", count: level + nesting) + text)
  }

  /// One line of cells joined by tabs: `line(0, "Name:", "web")` is `Write(LEVEL_0, "Name:\t%s\n", "web")`.
  public mutating func line(_ level: Int, _ cells: String...) {
    write(level, cells.joined(separator: "\t") + "\n")
  }

  /// `WriteLine(text)`: the text and a newline, without indent.
  public mutating func writeLine(_ text: String = "") {
    write(0, text + "\n")
  }

  /// The tabwriter's `Flush`: later text is aligned separately from what was written before.
  public mutating func flush() {
    segments.append("")
  }

  /// The page as kubectl prints it, aligned by the tabwriter.
  public var rendered: String { segments.map { TabWriter.describe.format($0) }.joined() }

  /// The page with its tabs left as they are (a prefix writer without a tabwriter).
  public var unaligned: String { segments.joined() }

  /// `printers.EscapeTerminal`: ESC becomes `^[` and a carriage return becomes `\r`.
  static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "\u{1B}" || $0 == "\r" }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{1B}": result.append(contentsOf: "^[".unicodeScalars)
      case "\r": result.append(contentsOf: "\\r".unicodeScalars)
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}

// MARK: - Multi-line fields

extension DescribeWriter {
  /// The four lines many of kubectl's describers open with: Name, Namespace, Labels and Annotations.
  public mutating func nameNamespaceLabelsAnnotations(_ metadata: ObjectMeta) {
    line(0, "Name:", metadata.name)
    line(0, "Namespace:", metadata.namespace)
    labels("Labels", metadata.labels)
    annotations("Annotations", metadata.annotations)
  }

  /// `printLabelsMultilineWithIndent`: `Labels:⇥app=web`, later keys on lines of their own after `initialIndent` and
  /// `innerIndent`, keys sorted; `<none>` when there are none.
  public mutating func labels(
    _ title: String, _ labels: [String: String], initialIndent: String = "", innerIndent: String = "\t"
  ) {
    write(0, "\(initialIndent)\(title):\(innerIndent)")
    guard !labels.isEmpty else {
      writeLine("<none>")
      return
    }
    for (index, key) in labels.keys.sorted(by: GoSort.less).enumerated() {
      if index != 0 {
        write(0, initialIndent)
        write(0, innerIndent)
      }
      write(0, "\(key)=\(labels[key]!)\n")
    }
  }

  /// `printAnnotationsMultiline`: like labels as `key: value`, without the last-applied configuration; a value
  /// that is multi-line or would make the line longer than 140 characters goes on its own indented lines, each
  /// cut at 138 bytes.
  public mutating func annotations(_ title: String, _ annotations: [String: String]) {
    write(0, "\(title):\t")
    let keys = annotations.keys.filter { $0 != "kubectl.kubernetes.io/last-applied-configuration" }
      .sorted(by: GoSort.less)
    guard !keys.isEmpty else {
      writeLine("<none>")
      return
    }
    for (index, key) in keys.enumerated() {
      if index != 0 { write(0, "\t") }
      var value = annotations[key]!
      if value.hasSuffix("\n") { value.removeLast() }
      if value.utf8.count + key.utf8.count + 2 > 140 || value.contains("\n") {
        write(0, "\(key):\n")
        for part in value.split(separator: "\n", omittingEmptySubsequences: false) {
          write(0, "\t  \(Self.shorten(String(part), 138))\n")
        }
      } else {
        write(0, "\(key): \(value)\n")
      }
    }
  }

  /// Upstream `shorten`: the first `length` bytes and `...` when the text is longer.
  static func shorten(_ text: String, _ length: Int) -> String {
    guard text.utf8.count > length else { return text }
    return String(decoding: Array(text.utf8.prefix(length)), as: UTF8.self) + "..."
  }

  /// `printTaintsMultilineWithIndent`: taints ordered by `effect,key` (`Taint.ToString` each).
  public mutating func taints(_ title: String, _ taints: [Taint]) {
    write(0, "\(title):\t")
    guard !taints.isEmpty else {
      writeLine("<none>")
      return
    }
    let sorted = GoSort.sorted(taints) { GoSort.less($0.effect + "," + $0.key, $1.effect + "," + $1.key) }
    for (index, taint) in sorted.enumerated() {
      if index != 0 { write(0, "\t") }
      write(0, DescribeText.taint(taint) + "\n")
    }
  }

  /// `printTolerationsMultilineWithIndent`: `key=value:Effect op=Exists for 300s`, ordered by key.
  public mutating func tolerations(_ title: String, _ tolerations: [Toleration]) {
    write(0, "\(title):\t")
    guard !tolerations.isEmpty else {
      writeLine("<none>")
      return
    }
    for (index, toleration) in GoSort.sorted(tolerations, by: { GoSort.less($0.key, $1.key) }).enumerated() {
      if index != 0 { write(0, "\t") }
      var text = toleration.key
      if !toleration.value.isEmpty { text += "=" + toleration.value }
      if !toleration.effect.isEmpty { text += ":" + toleration.effect }
      if toleration.operator == "Exists" && toleration.value.isEmpty {
        text += toleration.key.isEmpty && toleration.effect.isEmpty ? "op=Exists" : " op=Exists"
      }
      if let seconds = toleration.tolerationSeconds { text += " for \(seconds)s" }
      write(0, text + "\n")
    }
  }

  /// `printPodsMultilineWithIndent` (`Used By` of a claim): pod names, sorted.
  public mutating func podNames(_ title: String, _ names: [String]) {
    write(0, "\(title):\t")
    guard !names.isEmpty else {
      writeLine("<none>")
      return
    }
    for (index, name) in GoSort.sorted(names, by: GoSort.less).enumerated() {
      if index != 0 { write(0, "\t") }
      write(0, name + "\n")
    }
  }

  /// `describeResources`: `Limits:` and `Requests:` with one `name:⇥quantity` line per resource, sorted.
  mutating func resources(_ resources: ResourceRequirements, level: Int) {
    for (title, list) in [("Limits:", resources.limits), ("Requests:", resources.requests)] where !list.isEmpty {
      write(level, title + "\n")
      for name in list.keys.sorted(by: GoSort.less) {
        line(level + 1, "\(name):", list[name]!.description)
      }
    }
  }
}
