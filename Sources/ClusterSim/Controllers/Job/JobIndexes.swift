import KubeModel

/// Completion indexes of an Indexed Job (upstream `indexed_job_utils.go`): the annotation and label that carry a
/// pod's index, and the `status.completedIndexes` text, `1,3-5,7`.
enum JobIndexes {
  /// `batch.kubernetes.io/job-completion-index`, the annotation (and, since PodIndexLabel, label) with the index.
  static let annotation = "batch.kubernetes.io/job-completion-index"
  /// The variable every container of an Indexed Job's pod gets (`addCompletionIndexEnvVariables`).
  static let environmentVariable = "JOB_COMPLETION_INDEX"

  /// `getCompletionIndex`: the pod's index, or nil when the annotation is missing or not a number.
  static func index(of pod: Pod) -> Int? {
    guard let text = pod.metadata.annotations[annotation], let value = Int(text), value >= 0 else { return nil }
    return value
  }

  /// `parseIndexesFromString`: the indexes below `completions` named by a `1,3-5` list.
  static func parse(_ text: String, completions: Int) -> Set<Int> {
    var result = Set<Int>()
    for part in text.split(separator: ",") {
      let bounds = part.split(separator: "-", maxSplits: 1)
      guard let first = bounds.first.flatMap({ Int($0) }) else { continue }
      let last = bounds.count > 1 ? Int(bounds[1]) ?? first : first
      guard first <= last else { continue }
      for index in first...last where index < completions { result.insert(index) }
    }
    return result
  }

  /// `orderedIntervals.String()`: consecutive indexes become ranges, `0-2,4`.
  static func format(_ indexes: Set<Int>) -> String {
    var parts: [String] = []
    var runStart: Int?
    var previous: Int?
    for index in indexes.sorted() {
      if let last = previous, index == last + 1 {
        previous = index
        continue
      }
      if let start = runStart, let last = previous { parts.append(start == last ? "\(start)" : "\(start)-\(last)") }
      runStart = index
      previous = index
    }
    if let start = runStart, let last = previous { parts.append(start == last ? "\(start)" : "\(start)-\(last)") }
    return parts.joined(separator: ",")
  }

  /// `firstPendingIndexes`: the lowest indexes that neither succeeded nor have an active pod.
  static func firstPending(count: Int, completions: Int, succeeded: Set<Int>, active: [Pod]) -> [Int] {
    let running = Set(active.compactMap(index(of:)))
    var result: [Int] = []
    var index = 0
    while result.count < count && index < completions {
      if !succeeded.contains(index) && !running.contains(index) { result.append(index) }
      index += 1
    }
    return result
  }

  /// `appendDuplicatedIndexPodsForRemoval`: active pods without a valid index, or repeating another's index.
  static func duplicates(_ active: [Pod], completions: Int) -> [Pod] {
    var seen = Set<Int>()
    var extra: [Pod] = []
    let zero = Timestamp(milliseconds: 0)
    let ordered = active.sorted {
      ($0.metadata.creationTimestamp ?? zero, $0.metadata.name) < (
        $1.metadata.creationTimestamp ?? zero, $1.metadata.name
      )
    }
    for pod in ordered {
      guard let index = index(of: pod), index < completions, seen.insert(index).inserted else {
        extra.append(pod)
        continue
      }
    }
    return extra
  }
}
