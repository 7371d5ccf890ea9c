import KubeModel

/// How a Job ends, decided during a sync before the terminal condition is written (upstream's
/// `finishedCondition`).
enum JobOutcome: Hashable, Sendable {
  /// Failed: BackoffLimitExceeded, DeadlineExceeded, or a FailureTarget already recorded.
  case failed(reason: String, message: String)
  /// Succeeded: enough completions (CompletionsReached), or SuccessCriteriaMet already recorded.
  case completed(reason: String, message: String)

  static let backoffLimitExceeded = JobOutcome.failed(
    reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit")
  static let deadlineExceeded = JobOutcome.failed(
    reason: "DeadlineExceeded", message: "Job was active longer than specified deadline")
  static let completionsReached = JobOutcome.completed(
    reason: "CompletionsReached", message: "Reached expected number of succeeded pods")

  var isFailure: Bool {
    if case .failed = self { return true }
    return false
  }

  /// The interim condition written first (FailureTarget or SuccessCriteriaMet), then the terminal one (Failed or
  /// Complete) once no pod is terminating (`delayTerminalCondition`, on since JobPodReplacementPolicy and
  /// JobManagedBy are on by default).
  var interimType: String { isFailure ? "FailureTarget" : "SuccessCriteriaMet" }
  var terminalType: String { isFailure ? "Failed" : "Complete" }

  var reason: String {
    switch self {
    case .failed(let reason, _), .completed(let reason, _): return reason
    }
  }

  var message: String {
    switch self {
    case .failed(_, let message), .completed(_, let message): return message
    }
  }
}

extension Job {
  /// Upstream `IsJobFinished`: a Complete or Failed condition is True.
  var isFinished: Bool {
    status.conditions.contains { ($0.type == "Complete" || $0.type == "Failed") && $0.status == "True" }
  }

  /// When the Job finished (the terminal condition's transition), for `ttlSecondsAfterFinished`.
  var finishedAt: Timestamp? {
    status.conditions.first { ($0.type == "Complete" || $0.type == "Failed") && $0.status == "True" }?
      .lastTransitionTime
  }

  var isSuspended: Bool { spec.suspend == true }
  var isIndexed: Bool { spec.completionMode == "Indexed" }
}

enum JobConditions {
  /// A Job condition as upstream's `newCondition` makes it: probe and transition time now.
  static func make(_ type: String, _ status: String, reason: String, message: String, now: Timestamp) -> Condition {
    var condition = Condition(type: type, status: status, reason: reason, message: message)
    condition.lastProbeTime = now
    condition.lastTransitionTime = now
    return condition
  }

  /// `ensureJobConditionStatus`: updates the condition of that type when its status, reason or message differ,
  /// or appends it unless it would be appended as False. Returns whether anything changed.
  @discardableResult
  static func ensure(
    _ conditions: inout [Condition], _ type: String, _ status: String, reason: String, message: String,
    now: Timestamp
  ) -> Bool {
    if let index = conditions.firstIndex(where: { $0.type == type }) {
      let current = conditions[index]
      guard current.status != status || current.reason != reason || current.message != message else { return false }
      conditions[index] = make(type, status, reason: reason, message: message, now: now)
      return true
    }
    guard status != "False" else { return false }
    conditions.append(make(type, status, reason: reason, message: message, now: now))
    return true
  }
}
