import Foundation
import KubeModel

/// A pane's `/` filter: words to find in the row, or a label selector after `-l`.
public struct PaneFilter: Hashable, Sendable {
  public var text: String
  public var selector: Selector?

  public init?(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    self.text = trimmed
    if trimmed.hasPrefix("-l ") || trimmed.hasPrefix("-l=") {
      let expression = String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces)
      selector = (try? Selector(parsing: expression)) ?? .nothing
    } else {
      selector = nil
    }
  }

  /// Whether every row this filter matches is also matched by `other`: both are text and this one only adds to
  /// it (`web` after `we`), since every word must then appear where the shorter words did.
  public func narrows(_ other: PaneFilter) -> Bool {
    selector == nil && other.selector == nil && text.lowercased().hasPrefix(other.text.lowercased())
  }

  /// Whether a row matches: every word of the text appears in `haystack` (lowercased), or the labels match.
  public func matches(_ haystack: @autoclosure () -> String, labels: [String: String]) -> Bool {
    if let selector { return selector.matches(labels) }
    let text = haystack().lowercased()
    return self.text.lowercased().split(separator: " ").allSatisfy { text.contains($0) }
  }
}
