import KubeModel

extension Node: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "STATUS", "ROLES", "AGE", "VERSION"]
      + (wide ? ["INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"] : [])
  }

  public static func row(_ node: Node, in cluster: ClusterState, wide: Bool) -> [String] {
    var row = [
      node.metadata.name, node.statusText, node.rolesText, Cells.age(node.metadata, cluster),
      node.status.nodeInfo.kubeletVersion,
    ]
    if wide {
      func address(_ type: String) -> String {
        Cells.orNone(node.status.addresses.first { $0.type == type }?.address ?? "")
      }
      row += [
        address("InternalIP"), address("ExternalIP"), node.status.nodeInfo.osImage,
        node.status.nodeInfo.kernelVersion, node.status.nodeInfo.containerRuntimeVersion,
      ]
    }
    return row
  }
}

extension Node {
  /// `Ready`, or `NotReady` for any other Ready status, `Unknown` without one; `,SchedulingDisabled` when cordoned
  /// (`printNode`).
  public var statusText: String {
    var parts: [String] = []
    if let ready = status.conditions[type: "Ready"] {
      parts.append(ready.status == "True" ? "Ready" : "NotReady")
    } else {
      parts.append("Unknown")
    }
    if spec.unschedulable { parts.append("SchedulingDisabled") }
    return parts.joined(separator: ",")
  }

  /// Roles from `node-role.kubernetes.io/<role>` labels (and `kubernetes.io/role`), sorted; `<none>` without any.
  public var rolesText: String {
    var roles: Set<String> = []
    for (key, value) in metadata.labels {
      if key.hasPrefix("node-role.kubernetes.io/") {
        let role = String(key.dropFirst("node-role.kubernetes.io/".count))
        if !role.isEmpty { roles.insert(role) }
      } else if key == "kubernetes.io/role", !value.isEmpty {
        roles.insert(value)
      }
    }
    return roles.isEmpty ? "<none>" : roles.sorted().joined(separator: ",")
  }
}

extension Namespace: TablePrintable {
  public static func columns(wide: Bool) -> [String] { ["NAME", "STATUS", "AGE"] }

  public static func row(_ namespace: Namespace, in cluster: ClusterState, wide: Bool) -> [String] {
    [namespace.metadata.name, namespace.status.phase, Cells.age(namespace.metadata, cluster)]
  }
}

extension Service: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"] + (wide ? ["SELECTOR"] : [])
  }

  public static func row(_ service: Service, in cluster: ClusterState, wide: Bool) -> [String] {
    var row = [
      service.metadata.name, service.spec.type, Cells.orNone(service.spec.clusterIP), service.externalIPText,
      service.portsText, Cells.age(service.metadata, cluster),
    ]
    if wide { row.append(Cells.labels(service.spec.selector)) }
    return row
  }
}

extension Service {
  /// The EXTERNAL-IP cell (`getServiceExternalIP`): external IPs, load balancer addresses or `<pending>`,
  /// the external name for ExternalName services.
  public var externalIPText: String {
    switch spec.type {
    case "ClusterIP", "NodePort":
      return spec.externalIPs.isEmpty ? "<none>" : spec.externalIPs.joined(separator: ",")
    case "LoadBalancer":
      let addresses = status.loadBalancer.ingress.map { $0.ip.isEmpty ? $0.hostname : $0.ip } + spec.externalIPs
      return addresses.isEmpty ? "<pending>" : addresses.joined(separator: ",")
    case "ExternalName":
      return spec.externalName
    default:
      return "<unknown>"
    }
  }

  /// The PORT(S) cell: `80/TCP`, `80:31045/TCP`, comma separated; `<none>` without ports.
  public var portsText: String {
    guard !spec.ports.isEmpty else { return "<none>" }
    return spec.ports.map { port in
      port.nodePort != 0 ? "\(port.port):\(port.nodePort)/\(port.protocol)" : "\(port.port)/\(port.protocol)"
    }.joined(separator: ",")
  }
}

extension Endpoints: TablePrintable {
  public static func columns(wide: Bool) -> [String] { ["NAME", "ENDPOINTS", "AGE"] }

  public static func row(_ endpoints: Endpoints, in cluster: ClusterState, wide: Bool) -> [String] {
    [endpoints.metadata.name, endpoints.addressesText, Cells.age(endpoints.metadata, cluster)]
  }
}

extension Endpoints {
  /// `10.244.1.5:8080,10.244.2.7:8080 + 1 more...`: at most three, as `formatEndpoints` prints them (ports outer,
  /// ready addresses inner); `<none>` without subsets, an empty cell when no address is ready.
  public var addressesText: String {
    guard !subsets.isEmpty else { return "<none>" }
    var shown: [String] = []
    var total = 0
    for subset in subsets {
      if subset.ports.isEmpty {
        for address in subset.addresses {
          total += 1
          if shown.count < 3 { shown.append(address.ip) }
        }
      }
      for port in subset.ports {
        for address in subset.addresses {
          total += 1
          if shown.count < 3 { shown.append(DescribeText.joinHostPort(address.ip, String(port.port))) }
        }
      }
    }
    let text = shown.joined(separator: ",")
    return total > shown.count ? "\(text) + \(total - shown.count) more..." : text
  }
}

extension EndpointSlice: TablePrintable {
  public static func columns(wide: Bool) -> [String] { ["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"] }

  public static func row(_ slice: EndpointSlice, in cluster: ClusterState, wide: Bool) -> [String] {
    let ports =
      slice.ports.isEmpty ? "<unset>" : slice.ports.map { $0.port.map(String.init) ?? "<unset>" }.joined(separator: ",")
    let addresses = slice.endpoints.flatMap(\.addresses)
    var endpoints = addresses.isEmpty ? "<unset>" : addresses.prefix(3).joined(separator: ",")
    if addresses.count > 3 { endpoints += " + \(addresses.count - 3) more..." }
    return [slice.metadata.name, slice.addressType, ports, endpoints, Cells.age(slice.metadata, cluster)]
  }
}

extension Ingress: TablePrintable {
  public static func columns(wide: Bool) -> [String] { ["NAME", "CLASS", "HOSTS", "ADDRESS", "PORTS", "AGE"] }

  public static func row(_ ingress: Ingress, in cluster: ClusterState, wide: Bool) -> [String] {
    let hosts = ingress.spec.rules.map { $0.host.isEmpty ? "*" : $0.host }
    let addresses = ingress.status.loadBalancer.ingress.map { $0.ip.isEmpty ? $0.hostname : $0.ip }
    return [
      ingress.metadata.name, ingress.spec.ingressClassName ?? "<none>",
      hosts.isEmpty ? "*" : hosts.joined(separator: ","), addresses.joined(separator: ","),
      ingress.spec.tls.isEmpty ? "80" : "80, 443", Cells.age(ingress.metadata, cluster),
    ]
  }
}

extension IngressClass: TablePrintable {
  public static func columns(wide: Bool) -> [String] { ["NAME", "CONTROLLER", "PARAMETERS", "AGE"] }

  public static func row(_ ingressClass: IngressClass, in cluster: ClusterState, wide: Bool) -> [String] {
    var parameters = "<none>"
    if let kind = ingressClass.spec.parameters?["kind"]?.stringValue,
      let name = ingressClass.spec.parameters?["name"]?.stringValue
    {
      let group = ingressClass.spec.parameters?["apiGroup"]?.stringValue ?? ""
      parameters = group.isEmpty ? "\(kind)/\(name)" : "\(kind).\(group)/\(name)"
    }
    let name =
      ingressClass.metadata.annotations["ingressclass.kubernetes.io/is-default-class"] == "true"
      ? "\(ingressClass.metadata.name) (default)" : ingressClass.metadata.name
    return [name, ingressClass.spec.controller, parameters, Cells.age(ingressClass.metadata, cluster)]
  }
}

extension ConfigMap: TablePrintable {
  public static func columns(wide: Bool) -> [String] { ["NAME", "DATA", "AGE"] }

  public static func row(_ configMap: ConfigMap, in cluster: ClusterState, wide: Bool) -> [String] {
    [
      configMap.metadata.name, String(configMap.data.count + configMap.binaryData.count),
      Cells.age(configMap.metadata, cluster),
    ]
  }
}

extension Secret: TablePrintable {
  public static func columns(wide: Bool) -> [String] { ["NAME", "TYPE", "DATA", "AGE"] }

  public static func row(_ secret: Secret, in cluster: ClusterState, wide: Bool) -> [String] {
    [secret.metadata.name, secret.type, String(secret.data.count), Cells.age(secret.metadata, cluster)]
  }
}

/// Access modes as kubectl abbreviates them: `RWO`, `ROX`, `RWX`, `RWOP`.
enum AccessModes {
  /// `GetAccessModesAsString`: each mode once, always in the order RWO, ROX, RWX, RWOP.
  static func text(_ modes: [String]) -> String {
    let order = [
      ("ReadWriteOnce", "RWO"), ("ReadOnlyMany", "ROX"), ("ReadWriteMany", "RWX"), ("ReadWriteOncePod", "RWOP"),
    ]
    return order.filter { modes.contains($0.0) }.map(\.1).joined(separator: ",")
  }
}

extension PersistentVolume: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    [
      "NAME", "CAPACITY", "ACCESS MODES", "RECLAIM POLICY", "STATUS", "CLAIM", "STORAGECLASS",
      "VOLUMEATTRIBUTESCLASS", "REASON", "AGE",
    ] + (wide ? ["VOLUMEMODE"] : [])
  }

  public static func row(_ volume: PersistentVolume, in cluster: ClusterState, wide: Bool) -> [String] {
    let claim = volume.spec.claimRef.map { "\($0.namespace)/\($0.name)" } ?? ""
    var row = [
      volume.metadata.name, volume.spec.capacity["storage"]?.description ?? "",
      AccessModes.text(volume.spec.accessModes),
      volume.spec.persistentVolumeReclaimPolicy, volume.metadata.isBeingDeleted ? "Terminating" : volume.status.phase,
      claim, volume.metadata.annotations["volume.beta.kubernetes.io/storage-class"] ?? volume.spec.storageClassName,
      volume.spec.volumeAttributesClassName ?? "<unset>", volume.status.reason, Cells.age(volume.metadata, cluster),
    ]
    if wide { row.append(volume.spec.volumeMode ?? "Filesystem") }
    return row
  }
}

extension PersistentVolumeClaim: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "STATUS", "VOLUME", "CAPACITY", "ACCESS MODES", "STORAGECLASS", "VOLUMEATTRIBUTESCLASS", "AGE"]
      + (wide ? ["VOLUMEMODE"] : [])
  }

  public static func row(_ claim: PersistentVolumeClaim, in cluster: ClusterState, wide: Bool) -> [String] {
    // CAPACITY and ACCESS MODES are shown once the claim names its volume (`printPersistentVolumeClaim`).
    let bound = !claim.spec.volumeName.isEmpty
    var row = [
      claim.metadata.name, claim.metadata.isBeingDeleted ? "Terminating" : claim.status.phase, claim.spec.volumeName,
      bound ? claim.status.capacity["storage"]?.description ?? "" : "",
      bound ? AccessModes.text(claim.status.accessModes) : "",
      claim.metadata.annotations["volume.beta.kubernetes.io/storage-class"] ?? claim.spec.storageClassName ?? "",
      claim.spec.volumeAttributesClassName ?? "<unset>", Cells.age(claim.metadata, cluster),
    ]
    if wide { row.append(claim.spec.volumeMode ?? "Filesystem") }
    return row
  }
}

extension StorageClass: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["NAME", "PROVISIONER", "RECLAIMPOLICY", "VOLUMEBINDINGMODE", "ALLOWVOLUMEEXPANSION", "AGE"]
  }

  public static func row(_ storageClass: StorageClass, in cluster: ClusterState, wide: Bool) -> [String] {
    let name = storageClass.isDefault ? "\(storageClass.metadata.name) (default)" : storageClass.metadata.name
    return [
      name, storageClass.provisioner, storageClass.reclaimPolicy ?? "Delete",
      storageClass.volumeBindingMode ?? "Immediate", String(storageClass.allowVolumeExpansion ?? false),
      Cells.age(storageClass.metadata, cluster),
    ]
  }
}

extension StorageClass {
  /// Whether this is the cluster's default class (the `storageclass.kubernetes.io/is-default-class` annotation).
  public var isDefault: Bool {
    metadata.annotations["storageclass.kubernetes.io/is-default-class"] == "true"
      || metadata.annotations["storageclass.beta.kubernetes.io/is-default-class"] == "true"
  }
}

extension ResourceQuota: TablePrintable {
  public static func columns(wide: Bool) -> [String] { ["NAME", "AGE", "REQUEST", "LIMIT"] }

  /// `pods: 1/10, requests.cpu: 500m/1` under REQUEST, `limits.*` under LIMIT (`printResourceQuota`).
  public static func row(_ quota: ResourceQuota, in cluster: ClusterState, wide: Bool) -> [String] {
    var requests: [String] = []
    var limits: [String] = []
    for name in quota.status.hard.keys.sorted() {
      let used = quota.status.used[name]?.description ?? "0"
      let text = "\(name): \(used)/\(quota.status.hard[name]!)"
      if name.hasPrefix("limits.") { limits.append(text) } else { requests.append(text) }
    }
    return [
      quota.metadata.name, Cells.age(quota.metadata, cluster), requests.joined(separator: ", "),
      limits.joined(separator: ", "),
    ]
  }
}

extension LimitRange: TablePrintable {
  public static func columns(wide: Bool) -> [String] { ["NAME", "CREATED AT"] }

  public static func row(_ limitRange: LimitRange, in cluster: ClusterState, wide: Bool) -> [String] {
    [limitRange.metadata.name, limitRange.metadata.creationTimestamp?.rfc3339 ?? ""]
  }
}

extension Event: TablePrintable {
  public static func columns(wide: Bool) -> [String] {
    ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]
      + (wide ? ["SUBOBJECT", "SOURCE", "FIRST SEEN", "COUNT", "NAME"] : [])
  }

  public static func row(_ event: Event, in cluster: ClusterState, wide: Bool) -> [String] {
    let lastSeen = HumanDuration.age(since: event.lastTimestamp ?? event.firstTimestamp, now: cluster.now)
    let object = "\(event.involvedObject.kind.lowercased())/\(event.involvedObject.name)"
    var row = [lastSeen, event.type, event.reason, object, event.message]
    if wide {
      let source =
        event.source.host.isEmpty ? event.source.component : "\(event.source.component), \(event.source.host)"
      row += [
        event.involvedObject.fieldPath, source, HumanDuration.age(since: event.firstTimestamp, now: cluster.now),
        String(event.count), event.metadata.name,
      ]
    }
    return row
  }
}
