/// Pod and pod template rules (`ValidatePodSpec`, `ValidateContainers`, ...), with the API server's messages.
extension PodSpec {
  public func validate(path: String, restartPolicies: [String] = ["Always", "OnFailure", "Never"]) -> [FieldError] {
    var errors: [FieldError] = []
    var volumeNames: Set<String> = []
    for (index, volume) in volumes.enumerated() {
      let volumePath = "\(path).volumes[\(index)]"
      if volume.name.isEmpty {
        errors.append(.required("\(volumePath).name"))
      } else if !volumeNames.insert(volume.name).inserted {
        errors.append(.duplicate("\(volumePath).name", .string(volume.name)))
      } else {
        errors += NameValidation.dns1123Label(volume.name).map {
          .invalid("\(volumePath).name", .string(volume.name), $0)
        }
      }
    }
    if containers.isEmpty { errors.append(.required("\(path).containers")) }
    var containerNames: Set<String> = []
    for (index, container) in initContainers.enumerated() {
      errors += container.validate(path: "\(path).initContainers[\(index)]", volumes: volumeNames)
      if !container.name.isEmpty && !containerNames.insert(container.name).inserted {
        errors.append(.duplicate("\(path).initContainers[\(index)].name", .string(container.name)))
      }
    }
    for (index, container) in containers.enumerated() {
      errors += container.validate(path: "\(path).containers[\(index)]", volumes: volumeNames)
      if !container.name.isEmpty && !containerNames.insert(container.name).inserted {
        errors.append(.duplicate("\(path).containers[\(index)].name", .string(container.name)))
      }
    }
    errors += Check.supported(restartPolicy, restartPolicies, "\(path).restartPolicy")
    errors += Check.supported(
      dnsPolicy, ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"], "\(path).dnsPolicy")
    errors += Check.nonNegative(terminationGracePeriodSeconds, "\(path).terminationGracePeriodSeconds")
    if let deadline = activeDeadlineSeconds, deadline <= 0 {
      errors.append(
        .invalid("\(path).activeDeadlineSeconds", .int(deadline), "must be between 1 and 2147483647, inclusive"))
    }
    errors += MetadataValidation.validateLabels(nodeSelector, path: "\(path).nodeSelector")
    for (index, toleration) in tolerations.enumerated() {
      errors += toleration.validate(path: "\(path).tolerations[\(index)]")
    }
    return errors
  }
}

extension Container {
  func validate(path: String, volumes: Set<String>) -> [FieldError] {
    var errors: [FieldError] = []
    if name.isEmpty {
      errors.append(.required("\(path).name"))
    } else {
      errors += NameValidation.dns1123Label(name).map { .invalid("\(path).name", .string(name), $0) }
    }
    if image.first?.isWhitespace == true || image.last?.isWhitespace == true {
      errors.append(.invalid("\(path).image", .string(image), "must not have leading or trailing whitespace"))
    }
    if image.isEmpty { errors.append(.required("\(path).image")) }
    var portNames: Set<String> = []
    for (index, port) in ports.enumerated() {
      let portPath = "\(path).ports[\(index)]"
      errors += Check.port(port.containerPort, "\(portPath).containerPort")
      if port.hostPort != 0 { errors += Check.port(port.hostPort, "\(portPath).hostPort") }
      errors += Check.supported(port.protocol, ["SCTP", "TCP", "UDP"], "\(portPath).protocol")
      if !port.name.isEmpty {
        if !portNames.insert(port.name).inserted {
          errors.append(.duplicate("\(portPath).name", .string(port.name)))
        }
        errors += ServicePortName.problems(port.name).map { .invalid("\(portPath).name", .string(port.name), $0) }
      }
    }
    for (index, variable) in env.enumerated() where variable.name.isEmpty {
      errors.append(.required("\(path).env[\(index)].name"))
    }
    for (index, mount) in volumeMounts.enumerated() {
      if mount.name.isEmpty {
        errors.append(.required("\(path).volumeMounts[\(index)].name"))
      } else if !volumes.contains(mount.name) {
        errors.append(FieldError(.notFound, "\(path).volumeMounts[\(index)].name", value: .string(mount.name)))
      }
      if mount.mountPath.isEmpty { errors.append(.required("\(path).volumeMounts[\(index)].mountPath")) }
    }
    errors += resources.validate(path: "\(path).resources")
    for (probe, field) in [
      (livenessProbe, "livenessProbe"), (readinessProbe, "readinessProbe"), (startupProbe, "startupProbe"),
    ] {
      if let probe { errors += probe.validate(path: "\(path).\(field)") }
    }
    if let restartPolicy = self.restartPolicy, restartPolicy != "Always" {
      errors.append(.notSupported("\(path).restartPolicy", restartPolicy, supported: ["Always"]))
    }
    errors += Check.supported(imagePullPolicy, ["Always", "IfNotPresent", "Never"], "\(path).imagePullPolicy")
    return errors
  }
}

extension ResourceRequirements {
  /// Requests must not exceed limits (`ValidateResourceRequirements`); quantities must not be negative.
  func validate(path: String) -> [FieldError] {
    var errors: [FieldError] = []
    for name in limits.keys.sorted() where limits[name]! < .zero {
      errors.append(
        .invalid("\(path).limits[\(name)]", .string(limits[name]!.description), "must be greater than or equal to 0"))
    }
    for name in requests.keys.sorted() {
      let request = requests[name]!
      if request < .zero {
        errors.append(
          .invalid("\(path).requests[\(name)]", .string(request.description), "must be greater than or equal to 0"))
      }
      if let limit = limits[name], request > limit {
        errors.append(
          .invalid(
            "\(path).requests", .string(request.description), "must be less than or equal to \(name) limit of \(limit)")
        )
      }
    }
    return errors
  }
}

extension Probe {
  func validate(path: String) -> [FieldError] {
    var errors: [FieldError] = []
    let handlers = [exec != nil, httpGet != nil, tcpSocket != nil, grpc != nil].filter { $0 }.count
    if handlers == 0 {
      errors.append(.required(path, "must specify a handler type"))
    } else if handlers > 1 {
      errors.append(.forbidden(path, "may not specify more than 1 handler type"))
    }
    errors += Check.nonNegative(initialDelaySeconds, "\(path).initialDelaySeconds")
    for (value, field) in [
      (timeoutSeconds, "timeoutSeconds"), (periodSeconds, "periodSeconds"),
      (successThreshold, "successThreshold"), (failureThreshold, "failureThreshold"),
    ] where value < 1 {
      errors.append(.invalid("\(path).\(field)", .int(value), "must be greater than or equal to 1"))
    }
    if let port = httpGet?.port { errors += ServicePortName.validate(port, path: "\(path).httpGet.port") }
    if let port = tcpSocket?.port { errors += ServicePortName.validate(port, path: "\(path).tcpSocket.port") }
    return errors
  }
}

extension Toleration {
  func validate(path: String) -> [FieldError] {
    var errors: [FieldError] = []
    if !key.isEmpty {
      errors += LabelValidation.validateKey(key).map { .invalid("\(path).key", .string(key), $0) }
    }
    if key.isEmpty && self.operator != "Exists" {
      errors.append(
        .invalid(
          "\(path).operator", .string(self.operator),
          "operator must be Exists when `key` is empty, which means \"match all values and all keys\""))
    }
    if tolerationSeconds != nil && effect != "NoExecute" {
      errors.append(
        .invalid("\(path).effect", .string(effect), "effect must be 'NoExecute' when `tolerationSeconds` is set"))
    }
    if self.operator == "Exists" && !value.isEmpty {
      errors.append(.invalid("\(path).operator", .string(value), "value must be empty when `operator` is 'Exists'"))
    }
    errors += Check.supported(self.operator, ["Equal", "Exists"], "\(path).operator", required: false)
    errors += Check.supported(
      effect, ["NoSchedule", "PreferNoSchedule", "NoExecute"], "\(path).effect", required: false)
    return errors
  }
}

extension Pod: Validatable {
  public func validate(old: Pod?) -> [FieldError] { validate(old: old, specKnownValid: false) }

  /// `specKnownValid` skips the spec's checks, for a spec that passed them before (pods share their template's).
  public func validate(old: Pod?, specKnownValid: Bool) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    if !specKnownValid { errors += spec.validate(path: "spec") }
    if let old, old.spec.containers.map(\.name) != spec.containers.map(\.name) {
      errors.append(
        .forbidden(
          "spec",
          "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"
        ))
    }
    return errors
  }
}

/// Port names: IANA service names (`ValidatePortName`), and ports given as a number or a name.
enum ServicePortName {
  static func problems(_ name: String) -> [String] {
    var problems: [String] = []
    if name.count > 15 { problems.append("must be no more than 15 characters") }
    let allowed = name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    if !allowed { problems.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)") }
    if name.contains("--") { problems.append("must not contain consecutive hyphens") }
    if !name.contains(where: { $0.isLetter }) { problems.append("must contain at least one letter (a-z)") }
    if name.hasPrefix("-") || name.hasSuffix("-") { problems.append("must not begin or end with a hyphen") }
    return problems
  }

  static func validate(_ port: IntOrString, path: String) -> [FieldError] {
    switch port {
    case .int(let number): return Check.port(number, path)
    case .string(let name): return problems(name).map { .invalid(path, .string(name), $0) }
    }
  }
}
