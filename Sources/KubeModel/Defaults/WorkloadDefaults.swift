/// Defaults of the workload kinds, from `pkg/apis/apps/v1/defaults.go` and `pkg/apis/batch/v1/defaults.go`.
extension Deployment: Defaultable {
  public mutating func applyDefaults() {
    if spec.replicas == nil { spec.replicas = 1 }
    if spec.strategy.type.isEmpty { spec.strategy.type = "RollingUpdate" }
    if spec.strategy.type == "RollingUpdate" {
      var rolling = spec.strategy.rollingUpdate ?? RollingUpdateDeployment()
      if rolling.maxUnavailable == nil { rolling.maxUnavailable = .string("25%") }
      if rolling.maxSurge == nil { rolling.maxSurge = .string("25%") }
      spec.strategy.rollingUpdate = rolling
    }
    if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = 10 }
    if spec.progressDeadlineSeconds == nil { spec.progressDeadlineSeconds = 600 }
    spec.template.applyDefaults()
  }
}

extension ReplicaSet: Defaultable {
  public mutating func applyDefaults() {
    if spec.replicas == nil { spec.replicas = 1 }
    spec.template.applyDefaults()
  }
}

extension ReplicationController: Defaultable {
  /// An empty selector selects the template's labels, and empty labels copy them (SetDefaults_ReplicationController).
  public mutating func applyDefaults() {
    if let labels = spec.template?.metadata.labels {
      if spec.selector.isEmpty { spec.selector = labels }
      if metadata.labels.isEmpty { metadata.labels = labels }
    }
    if spec.replicas == nil { spec.replicas = 1 }
    spec.template?.applyDefaults()
  }
}

extension DaemonSet: Defaultable {
  public mutating func applyDefaults() {
    if spec.updateStrategy.type.isEmpty { spec.updateStrategy.type = "RollingUpdate" }
    if spec.updateStrategy.type == "RollingUpdate" {
      var rolling = spec.updateStrategy.rollingUpdate ?? RollingUpdateDaemonSet()
      if rolling.maxUnavailable == nil { rolling.maxUnavailable = .int(1) }
      if rolling.maxSurge == nil { rolling.maxSurge = .int(0) }
      spec.updateStrategy.rollingUpdate = rolling
    }
    if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = 10 }
    spec.template.applyDefaults()
  }
}

extension StatefulSet: Defaultable {
  public mutating func applyDefaults() {
    if spec.replicas == nil { spec.replicas = 1 }
    if spec.podManagementPolicy.isEmpty { spec.podManagementPolicy = "OrderedReady" }
    if spec.updateStrategy.type.isEmpty { spec.updateStrategy.type = "RollingUpdate" }
    if spec.updateStrategy.type == "RollingUpdate" {
      var rolling = spec.updateStrategy.rollingUpdate ?? RollingUpdateStatefulSet()
      if rolling.partition == nil { rolling.partition = 0 }
      spec.updateStrategy.rollingUpdate = rolling
    }
    if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = 10 }
    var retention = spec.persistentVolumeClaimRetentionPolicy ?? PVCRetentionPolicy()
    if retention.whenDeleted.isEmpty { retention.whenDeleted = "Retain" }
    if retention.whenScaled.isEmpty { retention.whenScaled = "Retain" }
    spec.persistentVolumeClaimRetentionPolicy = retention
    for index in spec.volumeClaimTemplates.indices {
      if spec.volumeClaimTemplates[index].spec.volumeMode == nil {
        spec.volumeClaimTemplates[index].spec.volumeMode = "Filesystem"
      }
    }
    spec.template.applyDefaults()
  }
}

extension Job: Defaultable {
  public mutating func applyDefaults() {
    spec.applyDefaults()
  }
}

extension JobSpec {
  /// SetDefaults_Job: completions and parallelism 1 when both unset, backoffLimit 6, NonIndexed, not suspended.
  public mutating func applyDefaults() {
    if completions == nil && parallelism == nil {
      completions = 1
      parallelism = 1
    }
    if parallelism == nil { parallelism = 1 }
    if backoffLimit == nil { backoffLimit = backoffLimitPerIndex == nil ? 6 : Int(Int32.max) }
    if completionMode == nil { completionMode = "NonIndexed" }
    if suspend == nil { suspend = false }
    if podReplacementPolicy == nil && podFailurePolicy == nil { podReplacementPolicy = "TerminatingOrFailed" }
    if podReplacementPolicy == nil { podReplacementPolicy = "Failed" }
    template.applyDefaults()
  }
}

extension CronJob: Defaultable {
  public mutating func applyDefaults() {
    if spec.concurrencyPolicy.isEmpty { spec.concurrencyPolicy = "Allow" }
    if spec.suspend == nil { spec.suspend = false }
    if spec.successfulJobsHistoryLimit == nil { spec.successfulJobsHistoryLimit = 3 }
    if spec.failedJobsHistoryLimit == nil { spec.failedJobsHistoryLimit = 1 }
    spec.jobTemplate.spec.applyDefaults()
  }
}
