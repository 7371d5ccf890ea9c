/// A Job (`batch/v1`): runs pods until a number of them complete successfully.
public struct Job: APIObject {
  public static let kind = "Job"
  public static let apiVersion = "batch/v1"

  public var apiVersion: String = Job.apiVersion
  public var kind: String = Job.kind
  public var metadata = ObjectMeta()
  public var spec = JobSpec()
  public var status = JobStatus()

  public init() {}
}

public struct JobSpec: Hashable, Sendable, Codable {
  public var parallelism: Int?
  public var completions: Int?
  public var activeDeadlineSeconds: Int?
  public var podFailurePolicy: JSONValue?
  public var successPolicy: JSONValue?
  public var backoffLimit: Int?
  public var backoffLimitPerIndex: Int?
  public var maxFailedIndexes: Int?
  public var selector: LabelSelector?
  public var manualSelector: Bool?
  public var template = PodTemplateSpec()
  public var ttlSecondsAfterFinished: Int?
  /// `NonIndexed` (the default) or `Indexed`.
  public var completionMode: String?
  public var suspend: Bool?
  public var podReplacementPolicy: String?
  public var managedBy: String?
  public init() {}
}

public struct JobStatus: Hashable, Sendable, Codable {
  public var conditions: [Condition] = []
  public var startTime: Timestamp?
  public var completionTime: Timestamp?
  @OmitZero public var active: Int = 0
  @OmitZero public var succeeded: Int = 0
  @OmitZero public var failed: Int = 0
  public var terminating: Int?
  public var completedIndexes: String = ""
  public var failedIndexes: String?
  public var uncountedTerminatedPods: JSONValue?
  public var ready: Int?
  public init() {}
}

/// A CronJob (`batch/v1`): creates Jobs on a cron schedule.
public struct CronJob: APIObject {
  public static let kind = "CronJob"
  public static let apiVersion = "batch/v1"

  public var apiVersion: String = CronJob.apiVersion
  public var kind: String = CronJob.kind
  public var metadata = ObjectMeta()
  public var spec = CronJobSpec()
  public var status = CronJobStatus()

  public init() {}
}

public struct CronJobSpec: Hashable, Sendable, Codable {
  public var schedule: String = ""
  public var timeZone: String?
  public var startingDeadlineSeconds: Int?
  /// `Allow` (the default), `Forbid` or `Replace`.
  public var concurrencyPolicy: String = ""
  public var suspend: Bool?
  public var jobTemplate = JobTemplateSpec()
  public var successfulJobsHistoryLimit: Int?
  public var failedJobsHistoryLimit: Int?
  public init() {}
}

public struct JobTemplateSpec: Hashable, Sendable, Codable {
  public var metadata = ObjectMeta()
  public var spec = JobSpec()
  public init() {}
}

public struct CronJobStatus: Hashable, Sendable, Codable {
  public var active: [ObjectReference] = []
  public var lastScheduleTime: Timestamp?
  public var lastSuccessfulTime: Timestamp?
  public init() {}
}
