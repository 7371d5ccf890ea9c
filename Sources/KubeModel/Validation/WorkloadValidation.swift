/// Rules of the workload kinds (`pkg/apis/apps/validation`, `pkg/apis/batch/validation`).
enum TemplateValidation {
  /// The selector must be set, non-empty and select the template's labels (`ValidatePodTemplateSpecForReplicaSet`
  /// and friends).
  static func selector(
    _ selector: LabelSelector?, template: PodTemplateSpec, path: String, kind: String
  )
    -> [FieldError]
  {
    guard let selector else { return [.required("\(path).selector")] }
    var errors = SelectorValidation.validate(selector, path: "\(path).selector")
    if selector.isEmpty {
      errors.append(
        .invalid("\(path).selector", .rendered(jsonSelectorLiteral(selector)), "empty selector is invalid for \(kind)"))
    } else if (try? selector.asSelector()) == nil {
      errors.append(.invalid("\(path).selector", .rendered(jsonSelectorLiteral(selector)), "invalid label selector"))
    } else if !selector.matches(template.metadata.labels) {
      errors.append(
        .invalid(
          "\(path).template.metadata.labels", .rendered(jsonMapLiteral(template.metadata.labels)),
          "`selector` does not match template `labels`"))
    }
    return errors
  }

  static func template(_ template: PodTemplateSpec, path: String, restartPolicies: [String]) -> [FieldError] {
    MetadataValidation.validateLabels(template.metadata.labels, path: "\(path).metadata.labels")
      + template.spec.validate(path: "\(path).spec", restartPolicies: restartPolicies)
  }

  static func immutableSelector(_ new: LabelSelector?, _ old: LabelSelector?, path: String) -> [FieldError] {
    guard let new, let old, new != old else { return [] }
    return [.invalid(path, .rendered(jsonSelectorLiteral(new)), "field is immutable")]
  }
}

extension Deployment: Validatable {
  public func validate(old: Deployment?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    errors += Check.nonNegative(spec.replicas, "spec.replicas") + Check.int32(spec.replicas, "spec.replicas")
    errors += TemplateValidation.selector(spec.selector, template: spec.template, path: "spec", kind: "deployment")
    errors += TemplateValidation.template(spec.template, path: "spec.template", restartPolicies: ["Always"])
    errors += Check.supported(spec.strategy.type, ["Recreate", "RollingUpdate"], "spec.strategy.type")
    if spec.strategy.type == "Recreate" && spec.strategy.rollingUpdate != nil {
      errors.append(
        .forbidden("spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'"))
    }
    if let rolling = spec.strategy.rollingUpdate, spec.strategy.type == "RollingUpdate" {
      errors += RollingUpdateValidation.validate(
        maxUnavailable: rolling.maxUnavailable, maxSurge: rolling.maxSurge, path: "spec.strategy.rollingUpdate")
    }
    errors += Check.nonNegative(spec.minReadySeconds, "spec.minReadySeconds")
    errors += Check.nonNegative(spec.revisionHistoryLimit, "spec.revisionHistoryLimit")
    if let deadline = spec.progressDeadlineSeconds {
      errors += Check.nonNegative(deadline, "spec.progressDeadlineSeconds")
      if deadline <= spec.minReadySeconds {
        errors.append(.invalid("spec.progressDeadlineSeconds", .int(deadline), "must be greater than minReadySeconds"))
      }
    }
    errors += TemplateValidation.immutableSelector(spec.selector, old?.spec.selector, path: "spec.selector")
    return errors
  }
}

/// maxSurge and maxUnavailable: non-negative integers or percentages up to 100%, not both zero
/// (`ValidateRollingUpdateDeployment`).
enum RollingUpdateValidation {
  static func validate(maxUnavailable: IntOrString?, maxSurge: IntOrString?, path: String) -> [FieldError] {
    var errors: [FieldError] = []
    errors += validate(maxUnavailable, path: "\(path).maxUnavailable")
    errors += validate(maxSurge, path: "\(path).maxSurge")
    if isZero(maxUnavailable) && isZero(maxSurge) {
      errors.append(
        .invalid(
          "\(path).maxUnavailable", .rendered(maxUnavailable?.description ?? "0"), "may not be 0 when `maxSurge` is 0"))
    }
    if case .string(let text) = maxUnavailable, let percent = percentValue(text), percent > 100 {
      errors.append(.invalid("\(path).maxUnavailable", .string(text), "must not be greater than 100%"))
    }
    return errors
  }

  static func validate(_ value: IntOrString?, path: String) -> [FieldError] {
    switch value {
    case .int(let number)?:
      return number < 0 ? [.invalid(path, .int(number), "must be greater than or equal to 0")] : []
    case .string(let text)?:
      guard let percent = percentValue(text) else {
        return [
          .invalid(
            path, .string(text),
            "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"
          )
        ]
      }
      return percent < 0 ? [.invalid(path, .string(text), "must be greater than or equal to 0")] : []
    case nil:
      return []
    }
  }

  static func percentValue(_ text: String) -> Int? {
    guard text.hasSuffix("%"), text.count > 1 else { return nil }
    let digits = text.dropLast()
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(digits)
  }

  static func isZero(_ value: IntOrString?) -> Bool {
    switch value {
    case .int(let number)?: return number == 0
    case .string(let text)?: return percentValue(text) == 0
    case nil: return true
    }
  }
}

extension ReplicaSet: Validatable {
  public func validate(old: ReplicaSet?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    errors += Check.nonNegative(spec.replicas, "spec.replicas") + Check.int32(spec.replicas, "spec.replicas")
    errors += Check.nonNegative(spec.minReadySeconds, "spec.minReadySeconds")
    errors += TemplateValidation.selector(spec.selector, template: spec.template, path: "spec", kind: "replicaset")
    errors += TemplateValidation.template(spec.template, path: "spec.template", restartPolicies: ["Always"])
    errors += TemplateValidation.immutableSelector(spec.selector, old?.spec.selector, path: "spec.selector")
    return errors
  }
}

extension ReplicationController: Validatable {
  public func validate(old: ReplicationController?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    errors += Check.nonNegative(spec.replicas, "spec.replicas") + Check.int32(spec.replicas, "spec.replicas")
    if spec.selector.isEmpty { errors.append(.required("spec.selector")) }
    guard let template = spec.template else { return errors + [.required("spec.template")] }
    if !spec.selector.isEmpty && !spec.selector.allSatisfy({ template.metadata.labels[$0.key] == $0.value }) {
      errors.append(
        .invalid(
          "spec.template.metadata.labels", .rendered(jsonMapLiteral(template.metadata.labels)),
          "`selector` does not match template `labels`"))
    }
    errors += TemplateValidation.template(template, path: "spec.template", restartPolicies: ["Always"])
    return errors
  }
}

extension DaemonSet: Validatable {
  public func validate(old: DaemonSet?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    errors += TemplateValidation.selector(spec.selector, template: spec.template, path: "spec", kind: "daemonset")
    errors += TemplateValidation.template(spec.template, path: "spec.template", restartPolicies: ["Always"])
    errors += Check.supported(spec.updateStrategy.type, ["OnDelete", "RollingUpdate"], "spec.updateStrategy.type")
    if let rolling = spec.updateStrategy.rollingUpdate, spec.updateStrategy.type == "RollingUpdate" {
      errors += RollingUpdateValidation.validate(
        maxUnavailable: rolling.maxUnavailable, maxSurge: rolling.maxSurge, path: "spec.updateStrategy.rollingUpdate")
    }
    errors += TemplateValidation.immutableSelector(spec.selector, old?.spec.selector, path: "spec.selector")
    return errors
  }
}

extension StatefulSet: Validatable {
  public func validate(old: StatefulSet?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    errors += Check.nonNegative(spec.replicas, "spec.replicas") + Check.int32(spec.replicas, "spec.replicas")
    errors += TemplateValidation.selector(spec.selector, template: spec.template, path: "spec", kind: "statefulset")
    // Containers may mount the volume claim templates: they become the pods' volumes.
    var template = spec.template
    for claim in spec.volumeClaimTemplates
    where !template.spec.volumes.contains(where: { $0.name == claim.metadata.name }) {
      var volume = Volume(name: claim.metadata.name)
      volume.persistentVolumeClaim = PersistentVolumeClaimVolumeSource(claimName: claim.metadata.name)
      template.spec.volumes.append(volume)
    }
    errors += TemplateValidation.template(template, path: "spec.template", restartPolicies: ["Always"])
    errors += Check.supported(spec.podManagementPolicy, ["OrderedReady", "Parallel"], "spec.podManagementPolicy")
    errors += Check.supported(spec.updateStrategy.type, ["OnDelete", "RollingUpdate"], "spec.updateStrategy.type")
    errors += Check.nonNegative(
      spec.updateStrategy.rollingUpdate?.partition, "spec.updateStrategy.rollingUpdate.partition")
    for (index, claim) in spec.volumeClaimTemplates.enumerated() {
      if claim.metadata.name.isEmpty { errors.append(.required("spec.volumeClaimTemplates[\(index)].metadata.name")) }
    }
    if let old {
      errors += TemplateValidation.immutableSelector(spec.selector, old.spec.selector, path: "spec.selector")
      if old.spec.serviceName != spec.serviceName || old.spec.volumeClaimTemplates != spec.volumeClaimTemplates
        || old.spec.podManagementPolicy != spec.podManagementPolicy
      {
        errors.append(
          .forbidden(
            "spec",
            "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"
          ))
      }
    }
    return errors
  }
}

extension Job: Validatable {
  public func validate(old: Job?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    errors += spec.validate(path: "spec")
    return errors
  }
}

extension JobSpec {
  func validate(path: String) -> [FieldError] {
    var errors: [FieldError] = []
    errors += Check.nonNegative(parallelism, "\(path).parallelism")
    errors += Check.nonNegative(completions, "\(path).completions")
    errors += Check.nonNegative(backoffLimit, "\(path).backoffLimit")
    if let deadline = activeDeadlineSeconds, deadline <= 0 {
      errors.append(.invalid("\(path).activeDeadlineSeconds", .int(deadline), "must be greater than or equal to 1"))
    }
    errors += Check.nonNegative(ttlSecondsAfterFinished, "\(path).ttlSecondsAfterFinished")
    if let mode = completionMode {
      errors += Check.supported(mode, ["NonIndexed", "Indexed"], "\(path).completionMode")
      if mode == "Indexed" && completions == nil {
        errors.append(.required("\(path).completions", "when completion mode is Indexed"))
      }
    }
    if template.spec.restartPolicy != "OnFailure" && template.spec.restartPolicy != "Never" {
      errors.append(
        FieldError(
          .notSupported, "\(path).template.spec.restartPolicy", value: .string(template.spec.restartPolicy),
          "supported values: \"OnFailure\", \"Never\""))
    }
    errors += MetadataValidation.validateLabels(template.metadata.labels, path: "\(path).template.metadata.labels")
    errors += template.spec.validate(path: "\(path).template.spec", restartPolicies: ["OnFailure", "Never"])
      .filter { $0.field != "\(path).template.spec.restartPolicy" }
    return errors
  }
}

extension CronJob: Validatable {
  /// `ValidateCronJobCreate`/`ValidateCronJobUpdate`: metadata, then the spec in upstream's order (schedule,
  /// startingDeadlineSeconds, timeZone, concurrencyPolicy, jobTemplate, history limits), then, on create only, the
  /// 52-character name limit (the controller appends an 11-character suffix to Job names). Whether a valid-looking
  /// time zone exists is checked at admission, where the time zone database is at hand.
  public func validate(old: CronJob?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    if spec.schedule.isEmpty {
      errors.append(.required("spec.schedule"))
    } else {
      errors += CronJobValidation.schedule(
        spec.schedule, allowTZ: old?.spec.schedule.contains("TZ") ?? false, timeZone: spec.timeZone)
    }
    errors += Check.nonNegative(spec.startingDeadlineSeconds, "spec.startingDeadlineSeconds")
    if old == nil || old?.spec.timeZone != spec.timeZone {
      errors += CronJobValidation.timeZoneSyntax(spec.timeZone)
    }
    errors += Check.supported(spec.concurrencyPolicy, ["Allow", "Forbid", "Replace"], "spec.concurrencyPolicy")
    errors += spec.jobTemplate.spec.validate(path: "spec.jobTemplate.spec")
    if let selector = spec.jobTemplate.spec.selector {
      errors.append(
        .invalid(
          "spec.jobTemplate.spec.selector", .rendered(jsonSelectorLiteral(selector)),
          "`selector` will be auto-generated"))
    }
    errors += Check.nonNegative(spec.successfulJobsHistoryLimit, "spec.successfulJobsHistoryLimit")
    errors += Check.nonNegative(spec.failedJobsHistoryLimit, "spec.failedJobsHistoryLimit")
    if old == nil && metadata.name.count > 52 {
      errors.append(.invalid("metadata.name", .string(metadata.name), "must be no more than 52 characters"))
    }
    return errors
  }
}

/// The CronJob rules of `pkg/apis/batch/validation`: `validateScheduleFormat` and `validateTimeZone`.
public enum CronJobValidation {
  /// The schedule must parse; `TZ=` and `CRON_TZ=` are refused (allowed only on CronJobs that already had them,
  /// and then never together with `timeZone`).
  static func schedule(_ schedule: String, allowTZ: Bool, timeZone: String?) -> [FieldError] {
    var errors: [FieldError] = []
    do {
      _ = try CronSchedule.parse(schedule)
    } catch {
      errors.append(.invalid("spec.schedule", .string(schedule), error.description))
    }
    if allowTZ && schedule.contains("TZ") && timeZone != nil {
      errors.append(
        .invalid("spec.schedule", .string(schedule), "cannot use both timeZone field and TZ or CRON_TZ in schedule"))
    } else if !allowTZ && schedule.contains("TZ") {
      errors.append(
        .invalid(
          "spec.schedule", .string(schedule), "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"))
    }
    return errors
  }

  /// The IANA naming rules (each `/`-separated part 1–14 of `A-Za-z.-_0-9+`, not `.`, `..` or starting with `-`),
  /// and no `Local`.
  public static func timeZoneSyntax(_ timeZone: String?) -> [FieldError] {
    guard let timeZone else { return [] }
    guard !timeZone.isEmpty else {
      return [.invalid("spec.timeZone", .string(timeZone), "timeZone must be nil or non-empty string")]
    }
    for part in timeZone.split(separator: "/", omittingEmptySubsequences: false) {
      let allowed = part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_+".contains($0)) }
      if part == "." || part == ".." || part.hasPrefix("-") || part.isEmpty || part.count > 14 || !allowed {
        return [.invalid("spec.timeZone", .string(timeZone), "unknown time zone \(timeZone)")]
      }
    }
    if timeZone.lowercased() == "local" {
      return [
        .invalid(
          "spec.timeZone", .string(timeZone),
          "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones")
      ]
    }
    return []
  }
}
