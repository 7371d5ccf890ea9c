/// Defaults of the core, networking, storage and policy kinds (`pkg/apis/core/v1/defaults.go` and friends).
extension Service: Defaultable {
  public mutating func applyDefaults() {
    if spec.type.isEmpty { spec.type = "ClusterIP" }
    if spec.sessionAffinity.isEmpty { spec.sessionAffinity = "None" }
    if spec.sessionAffinity == "ClientIP" {
      var config = spec.sessionAffinityConfig ?? SessionAffinityConfig()
      var clientIP = config.clientIP ?? ClientIPConfig()
      if clientIP.timeoutSeconds == nil { clientIP.timeoutSeconds = 10_800 }
      config.clientIP = clientIP
      spec.sessionAffinityConfig = config
    }
    for index in spec.ports.indices {
      if spec.ports[index].protocol.isEmpty { spec.ports[index].protocol = "TCP" }
      if spec.ports[index].targetPort == nil { spec.ports[index].targetPort = .int(spec.ports[index].port) }
    }
    if spec.type == "NodePort" || spec.type == "LoadBalancer" {
      if spec.externalTrafficPolicy.isEmpty { spec.externalTrafficPolicy = "Cluster" }
    }
    if spec.type == "LoadBalancer" && spec.allocateLoadBalancerNodePorts == nil {
      spec.allocateLoadBalancerNodePorts = true
    }
    if spec.type != "ExternalName" {
      if spec.internalTrafficPolicy == nil { spec.internalTrafficPolicy = "Cluster" }
      if spec.ipFamilies.isEmpty { spec.ipFamilies = ["IPv4"] }
      if spec.ipFamilyPolicy == nil { spec.ipFamilyPolicy = "SingleStack" }
    }
  }
}

extension Namespace: Defaultable {
  public mutating func applyDefaults() {
    if spec.finalizers.isEmpty { spec.finalizers = ["kubernetes"] }
    if status.phase.isEmpty { status.phase = "Active" }
    metadata.labels["kubernetes.io/metadata.name"] = metadata.name
  }
}

extension Node: Defaultable {
  public mutating func applyDefaults() {
    for (resource, quantity) in status.capacity where status.allocatable[resource] == nil {
      status.allocatable[resource] = quantity
    }
  }
}

extension ConfigMap: Defaultable {
  public mutating func applyDefaults() {}
}

extension Secret: Defaultable {
  /// Type `Opaque` by default; `stringData` is merged into `data` as base64 and dropped, as the API server does.
  public mutating func applyDefaults() {
    if type.isEmpty { type = "Opaque" }
    for (key, value) in stringData { data[key] = Base64.encode(Array(value.utf8)) }
    stringData = [:]
  }
}

extension Endpoints: Defaultable {
  public mutating func applyDefaults() {
    for subset in subsets.indices {
      for port in subsets[subset].ports.indices where subsets[subset].ports[port].protocol.isEmpty {
        subsets[subset].ports[port].protocol = "TCP"
      }
    }
  }
}

extension EndpointSlice: Defaultable {
  public mutating func applyDefaults() {}
}

extension Ingress: Defaultable {
  public mutating func applyDefaults() {}
}

extension IngressClass: Defaultable {
  public mutating func applyDefaults() {}
}

extension PersistentVolume: Defaultable {
  public mutating func applyDefaults() {
    if spec.persistentVolumeReclaimPolicy.isEmpty { spec.persistentVolumeReclaimPolicy = "Retain" }
    if spec.volumeMode == nil { spec.volumeMode = "Filesystem" }
    if status.phase.isEmpty { status.phase = "Pending" }
  }
}

extension PersistentVolumeClaim: Defaultable {
  public mutating func applyDefaults() {
    if spec.volumeMode == nil { spec.volumeMode = "Filesystem" }
    if status.phase.isEmpty { status.phase = "Pending" }
  }
}

extension StorageClass: Defaultable {
  public mutating func applyDefaults() {
    if reclaimPolicy == nil { reclaimPolicy = "Delete" }
    if volumeBindingMode == nil { volumeBindingMode = "Immediate" }
  }
}

extension ResourceQuota: Defaultable {
  public mutating func applyDefaults() {}
}

extension LimitRange: Defaultable {
  /// SetDefaults_LimitRangeItem: for containers, a missing default limit takes the max, a missing default request
  /// takes the default limit, then the min.
  public mutating func applyDefaults() {
    for index in spec.limits.indices where spec.limits[index].type == "Container" {
      var item = spec.limits[index]
      for (resource, value) in item.max where item.default[resource] == nil { item.default[resource] = value }
      for (resource, value) in item.default where item.defaultRequest[resource] == nil {
        item.defaultRequest[resource] = value
      }
      for (resource, value) in item.min where item.defaultRequest[resource] == nil {
        item.defaultRequest[resource] = value
      }
      spec.limits[index] = item
    }
  }
}

extension Event: Defaultable {
  public mutating func applyDefaults() {
    if type.isEmpty { type = "Normal" }
  }
}
