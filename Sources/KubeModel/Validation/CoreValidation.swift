/// Rules of the core, networking, storage and policy kinds (`pkg/apis/core/validation`, `networking/validation`).
extension Service: Validatable {
  public func validate(old: Service?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata, nameRule: .dns1035Label)
    errors += Check.supported(spec.type, ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"], "spec.type")
    let isHeadless = spec.clusterIP == "None"
    if spec.type == "ExternalName" {
      if spec.externalName.isEmpty { errors.append(.required("spec.externalName")) }
    } else if spec.ports.isEmpty && !isHeadless {
      errors.append(.required("spec.ports"))
    }
    var names: Set<String> = []
    for (index, port) in spec.ports.enumerated() {
      let path = "spec.ports[\(index)]"
      if spec.ports.count > 1 && port.name.isEmpty {
        errors.append(.required("\(path).name"))
      } else if !port.name.isEmpty {
        errors += NameValidation.dns1123Label(port.name).map { .invalid("\(path).name", .string(port.name), $0) }
        if !names.insert(port.name).inserted { errors.append(.duplicate("\(path).name", .string(port.name))) }
      }
      errors += Check.port(port.port, "\(path).port")
      errors += Check.supported(port.protocol, ["SCTP", "TCP", "UDP"], "\(path).protocol")
      if let target = port.targetPort { errors += ServicePortName.validate(target, path: "\(path).targetPort") }
      if port.nodePort != 0 && (spec.type == "ClusterIP" || spec.type == "ExternalName") {
        errors.append(.forbidden("\(path).nodePort", "may not be used when `type` is '\(spec.type)'"))
      }
    }
    errors += MetadataValidation.validateLabels(spec.selector, path: "spec.selector")
    errors += Check.supported(spec.sessionAffinity, ["ClientIP", "None"], "spec.sessionAffinity")
    if let old, !old.spec.clusterIP.isEmpty, old.spec.clusterIP != spec.clusterIP, spec.type != "ExternalName",
      old.spec.type != "ExternalName"
    {
      errors.append(.invalid("spec.clusterIPs[0]", .rendered(goQuoted(spec.clusterIP)), "may not change once set"))
    }
    return errors
  }
}

extension Namespace: Validatable {
  public func validate(old: Namespace?) -> [FieldError] {
    MetadataValidation.validate(metadata, nameRule: .dns1123Label)
  }
}

extension Node: Validatable {
  public func validate(old: Node?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    for (index, taint) in spec.taints.enumerated() {
      errors += LabelValidation.validateKey(taint.key).map {
        .invalid("spec.taints[\(index)].key", .string(taint.key), $0)
      }
      errors += Check.supported(
        taint.effect, ["NoSchedule", "PreferNoSchedule", "NoExecute"], "spec.taints[\(index)].effect")
    }
    return errors
  }
}

/// Keys of ConfigMaps and Secrets (`IsConfigMapKey`).
enum ConfigKey {
  static let message =
    "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  "
    + "or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"

  static func validate(_ keys: [String], path: String) -> [FieldError] {
    keys.sorted().flatMap { key -> [FieldError] in
      var errors: [FieldError] = []
      if key.isEmpty || !key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }) {
        errors.append(.invalid("\(path)[\(key)]", .string(key), message))
      }
      if key == "." || key == ".." || key.hasPrefix("..") {
        errors.append(.invalid("\(path)[\(key)]", .string(key), "must not be '.' or '..'"))
      }
      return errors
    }
  }
}

extension ConfigMap: Validatable {
  public func validate(old: ConfigMap?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    errors +=
      ConfigKey.validate(Array(data.keys), path: "data")
      + ConfigKey.validate(Array(binaryData.keys), path: "binaryData")
    for key in Set(data.keys).intersection(binaryData.keys).sorted() {
      errors.append(.invalid("data[\(key)]", .string(key), "duplicate of key present in binaryData"))
    }
    if old?.immutable == true && (old?.data != data || old?.binaryData != binaryData) {
      errors.append(.forbidden("data", "field is immutable when `immutable` is set"))
    }
    // `MaxSecretSize` over keys and values; the error names the whole object, a root path Go prints as `[]`.
    let size =
      data.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count }
      + binaryData.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count * 3 / 4 }
    if size > ConfigMap.maximumSize { errors.append(.tooLong("[]", bytes: ConfigMap.maximumSize)) }
    return errors
  }

  /// `MaxSecretSize` (1 MiB), which also bounds ConfigMaps.
  public static let maximumSize = 1024 * 1024
}

extension Secret: Validatable {
  public func validate(old: Secret?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    errors += ConfigKey.validate(Array(data.keys), path: "data")
    for key in data.keys.sorted() where Base64.decode(data[key]!) == nil {
      errors.append(.invalid("data[\(key)]", .string(data[key]!), "illegal base64 data"))
    }
    if let old, old.type != type { errors.append(.invalid("type", .string(type), "field is immutable")) }
    if old?.immutable == true && old?.data != data {
      errors.append(.forbidden("data", "field is immutable when `immutable` is set"))
    }
    return errors
  }
}

extension Endpoints: Validatable {
  public func validate(old: Endpoints?) -> [FieldError] { MetadataValidation.validate(metadata) }
}

extension EndpointSlice: Validatable {
  public func validate(old: EndpointSlice?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    errors += Check.supported(addressType, ["IPv4", "IPv6", "FQDN"], "addressType")
    return errors
  }
}

extension Ingress: Validatable {
  public func validate(old: Ingress?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    if spec.rules.isEmpty && spec.defaultBackend == nil {
      errors.append(.invalid("spec.rules", .rendered("[]"), "either `defaultBackend` or `rules` must be specified"))
    }
    for (ruleIndex, rule) in spec.rules.enumerated() {
      for (pathIndex, route) in (rule.http?.paths ?? []).enumerated() {
        let path = "spec.rules[\(ruleIndex)].http.paths[\(pathIndex)]"
        guard let pathType = route.pathType else {
          errors.append(.required("\(path).pathType", "pathType must be specified"))
          continue
        }
        errors += Check.supported(pathType, ["Exact", "ImplementationSpecific", "Prefix"], "\(path).pathType")
        if (pathType == "Exact" || pathType == "Prefix") && !route.path.hasPrefix("/") {
          errors.append(.invalid("\(path).path", .string(route.path), "must be an absolute path"))
        }
        if route.backend.service == nil && route.backend.resource == nil {
          errors.append(.invalid("\(path).backend", .rendered("{}"), "must specify a service or a resource"))
        }
      }
    }
    return errors
  }
}

extension IngressClass: Validatable {
  public func validate(old: IngressClass?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    if spec.controller.isEmpty { errors.append(.required("spec.controller")) }
    return errors
  }
}

extension PersistentVolume: Validatable {
  public func validate(old: PersistentVolume?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    if spec.capacity["storage"] == nil { errors.append(.required("spec.capacity")) }
    if spec.accessModes.isEmpty { errors.append(.required("spec.accessModes")) }
    for (index, mode) in spec.accessModes.enumerated() {
      errors += Check.supported(
        mode, ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"], "spec.accessModes[\(index)]")
    }
    errors += Check.supported(
      spec.persistentVolumeReclaimPolicy, ["Delete", "Recycle", "Retain"], "spec.persistentVolumeReclaimPolicy")
    return errors
  }
}

extension PersistentVolumeClaim: Validatable {
  public func validate(old: PersistentVolumeClaim?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    if spec.accessModes.isEmpty { errors.append(.required("spec.accessModes", "at least 1 access mode is required")) }
    if spec.resources.requests["storage"] == nil { errors.append(.required("spec.resources[storage]")) }
    return errors
  }
}

extension StorageClass: Validatable {
  public func validate(old: StorageClass?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    if provisioner.isEmpty { errors.append(.required("provisioner")) }
    if let policy = reclaimPolicy { errors += Check.supported(policy, ["Delete", "Retain"], "reclaimPolicy") }
    if let mode = volumeBindingMode {
      errors += Check.supported(mode, ["Immediate", "WaitForFirstConsumer"], "volumeBindingMode")
    }
    return errors
  }
}

extension ResourceQuota: Validatable {
  public func validate(old: ResourceQuota?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    for name in spec.hard.keys.sorted() where spec.hard[name]! < .zero {
      errors.append(
        .invalid("spec.hard[\(name)]", .string(spec.hard[name]!.description), "must be greater than or equal to 0"))
    }
    return errors
  }
}

extension LimitRange: Validatable {
  public func validate(old: LimitRange?) -> [FieldError] {
    var errors = MetadataValidation.validate(metadata)
    for (index, item) in spec.limits.enumerated() {
      let path = "spec.limits[\(index)]"
      errors += Check.supported(item.type, ["Container", "Pod", "PersistentVolumeClaim"], "\(path).type")
      for (resource, minimum) in item.min {
        if let maximum = item.max[resource], minimum > maximum {
          errors.append(
            .invalid(
              "\(path).min[\(resource)]", .string(minimum.description),
              "min value \(minimum) is greater than max value \(maximum)"))
        }
      }
      for (resource, value) in item.default {
        if let maximum = item.max[resource], value > maximum {
          errors.append(
            .invalid(
              "\(path).default[\(resource)]", .string(value.description),
              "default value \(value) is greater than max value \(maximum)"))
        }
      }
    }
    return errors
  }
}

extension Event: Validatable {
  public func validate(old: Event?) -> [FieldError] {
    MetadataValidation.validate(metadata, nameRule: .pathSegment)
  }
}
