import KubeModel

/// A cluster's declared image behaviours (`catalog.kubarium` in a cluster folder, YAML): per image pattern, how
/// pulls, starts, readiness, crashes, completion and memory go. Patterns are globs over the image reference
/// (`nginx:*`, `*/payments:v2`, `broken/*`); the first match wins.
///
/// ```yaml
/// images:
/// - image: "example/api:v2"
///   pullTime: 4s
///   readyAfter: 20s
///   crashAfter: 90s
///   exitCode: 2
/// - image: "example/ghost:*"
///   exists: false
/// ```
public struct ImageCatalog: Hashable, Sendable, Codable {
  public struct Entry: Hashable, Sendable, Codable {
    public var image: String = ""
    public var exists: Bool?
    public var pullTime: String?
    public var startTime: String?
    public var readyAfter: String?
    public var neverReady: Bool?
    public var breaksAfter: String?
    public var crashAfter: String?
    public var completeAfter: String?
    public var exitCode: Int?
    public var memory: String?
    public var memoryGrowthPerSecond: String?
    public var ignoresSigterm: Bool?
    public var logs: [String]?
    public init() {}
  }

  public var images: [Entry] = []

  public init(images: [Entry] = []) { self.images = images }

  /// The first entry whose pattern matches the image.
  func entry(for image: String) -> Entry? {
    images.first { Glob.matches($0.image, image) }
  }

  /// Problems with the catalog's values, each naming the entry and field.
  public func problems() -> [String] {
    var problems: [String] = []
    for (index, entry) in images.enumerated() {
      if entry.image.isEmpty { problems.append("images[\(index)].image: Required value") }
      let durations: [(String, String?)] = [
        ("pullTime", entry.pullTime), ("startTime", entry.startTime), ("readyAfter", entry.readyAfter),
        ("breaksAfter", entry.breaksAfter), ("crashAfter", entry.crashAfter), ("completeAfter", entry.completeAfter),
      ]
      for (field, value) in durations {
        if let value, SimDuration(parsing: value) == nil {
          problems.append("images[\(index)].\(field): Invalid value: \"\(value)\": not a duration such as 30s")
        }
      }
      for (field, value) in [("memory", entry.memory), ("memoryGrowthPerSecond", entry.memoryGrowthPerSecond)] {
        if let value, (try? Quantity(parsing: value)) == nil {
          problems.append("images[\(index)].\(field): Invalid value: \"\(value)\": not a quantity such as 256Mi")
        }
      }
    }
    return problems
  }

  func apply(to behavior: inout ContainerBehavior, image: String) {
    guard let entry = entry(for: image) else { return }
    if let exists = entry.exists { behavior.imageExists = exists }
    if let value = entry.pullTime.flatMap({ SimDuration(parsing: $0) }) { behavior.pullDuration = value }
    if let value = entry.startTime.flatMap({ SimDuration(parsing: $0) }) { behavior.startDuration = value }
    if let value = entry.readyAfter.flatMap({ SimDuration(parsing: $0) }) { behavior.readyAfter = value }
    if entry.neverReady == true { behavior.readyAfter = nil }
    if let value = entry.breaksAfter.flatMap({ SimDuration(parsing: $0) }) { behavior.breaksAfter = value }
    if let value = entry.crashAfter.flatMap({ SimDuration(parsing: $0) }) {
      behavior.exitsAfter = value
      behavior.exitCode = entry.exitCode ?? 1
    }
    if let value = entry.completeAfter.flatMap({ SimDuration(parsing: $0) }) {
      behavior.exitsAfter = value
      behavior.exitCode = entry.exitCode ?? 0
    }
    if let code = entry.exitCode { behavior.exitCode = code }
    if let memory = entry.memory.flatMap({ try? Quantity(parsing: $0) }) { behavior.memoryBytes = memory.value }
    if let growth = entry.memoryGrowthPerSecond.flatMap({ try? Quantity(parsing: $0) }) {
      behavior.memoryGrowthPerSecond = growth.value
    }
    if let ignores = entry.ignoresSigterm { behavior.stopsOnSigterm = !ignores }
    if let logs = entry.logs { behavior.startupOutput = logs }
  }
}

/// Shell-style globs: `*` any run of characters, `?` one character.
enum Glob {
  static func matches(_ pattern: String, _ text: String) -> Bool {
    let pattern = Array(pattern)
    let text = Array(text)
    var p = 0
    var t = 0
    var star = -1
    var mark = 0
    while t < text.count {
      if p < pattern.count && (pattern[p] == "?" || pattern[p] == text[t]) {
        p += 1
        t += 1
      } else if p < pattern.count && pattern[p] == "*" {
        star = p
        mark = t
        p += 1
      } else if star >= 0 {
        p = star + 1
        mark += 1
        t = mark
      } else {
        return false
      }
    }
    while p < pattern.count && pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }
}
