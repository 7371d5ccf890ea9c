import KubeModel

/// The container blocks of pods and pod templates (`describeContainers` and its helpers in kubectl's
/// `pkg/describe/describe.go`).
enum ContainerDescriber {
  /// `describeContainers`: the `Containers:` title (`<space>Containers: <none>` when empty), then per container its
  /// image and ports, command, state from its status (pods only), resources, probes, environment and mounts.
  /// `space` is `""` for pods and `"  "` for templates, which also indents container names by one space.
  static func describe(
    _ label: String, _ containers: [Container], statuses: [ContainerStatus], pod: Pod?, space: String,
    into writer: inout DescribeWriter
  ) {
    var statusByName: [String: ContainerStatus] = [:]
    for status in statuses { statusByName[status.name] = status }
    writer.write(0, "\(space)\(label):\(containers.isEmpty ? " <none>" : "")\n")
    for container in containers {
      let status = statusByName[container.name]
      basicInfo(container, status: status, space: space, into: &writer)
      command(container, into: &writer)
      if let status { state(status, into: &writer) }
      writer.resources(container.resources, level: 2)
      probes(container, into: &writer)
      if !container.envFrom.isEmpty { environmentFrom(container, into: &writer) }
      environment(container, pod: pod, into: &writer)
      mounts(container, into: &writer)
    }
  }

  /// `describeContainerBasicInfo`.
  static func basicInfo(
    _ container: Container, status: ContainerStatus?, space: String, into writer: inout DescribeWriter
  ) {
    writer.write(1, "\(space.isEmpty ? "" : " ")\(container.name):\n")
    if let status { writer.line(2, "Container ID:", status.containerID) }
    writer.line(2, "Image:", container.image)
    if let status { writer.line(2, "Image ID:", status.imageID) }
    let ports = container.ports.map { port in
      "\(port.containerPort)/\(port.protocol)" + (port.name.isEmpty ? "" : " (\(port.name))")
    }.joined(separator: ", ")
    writer.line(2, ports.contains(",") ? "Ports:" : "Port:", ports.isEmpty ? "<none>" : ports)
    let hostPorts = container.ports.map { port in
      "\(port.hostPort)/\(port.protocol)" + (port.name.isEmpty ? "" : " (\(port.name))")
    }.joined(separator: ", ")
    writer.line(2, hostPorts.contains(",") ? "Host Ports:" : "Host Port:", hostPorts.isEmpty ? "<none>" : hostPorts)
    if let profile = container.securityContext?["seccompProfile"] {
      let type = profile.text("type") ?? ""
      writer.line(2, "SeccompProfile:", type)
      if type == "Localhost" { writer.line(3, "LocalhostProfile:", profile.text("localhostProfile") ?? "") }
    }
  }

  /// `describeContainerCommand`: each command word and argument on lines of their own.
  static func command(_ container: Container, into writer: inout DescribeWriter) {
    for (title, words) in [("Command:", container.command), ("Args:", container.args)] where !words.isEmpty {
      writer.write(2, title + "\n")
      for word in words {
        for part in word.split(separator: "\n", omittingEmptySubsequences: false) { writer.write(3, part + "\n") }
      }
    }
  }

  /// `describeContainerState`: state, last terminated state, readiness and restarts.
  static func state(_ status: ContainerStatus, into writer: inout DescribeWriter) {
    describeStatus("State", status.state, into: &writer)
    if status.lastState.terminated != nil { describeStatus("Last State", status.lastState, into: &writer) }
    writer.line(2, "Ready:", DescribeText.bool(status.ready))
    writer.line(2, "Restart Count:", String(status.restartCount))
  }

  /// `describeStatus`: `Running` with its start, `Waiting` with its reason, or `Terminated` with reason, message,
  /// exit code, signal and times.
  static func describeStatus(_ name: String, _ state: ContainerState, into writer: inout DescribeWriter) {
    if let running = state.running {
      writer.line(2, "\(name):", "Running")
      writer.line(3, "Started:", DescribeTime.go(running.startedAt))
    } else if let waiting = state.waiting {
      writer.line(2, "\(name):", "Waiting")
      if !waiting.reason.isEmpty { writer.line(3, "Reason:", waiting.reason) }
    } else if let terminated = state.terminated {
      writer.line(2, "\(name):", "Terminated")
      if !terminated.reason.isEmpty { writer.line(3, "Reason:", terminated.reason) }
      if !terminated.message.isEmpty { writer.line(3, "Message:", terminated.message) }
      writer.line(3, "Exit Code:", String(terminated.exitCode))
      if terminated.signal > 0 { writer.line(3, "Signal:", String(terminated.signal)) }
      writer.line(3, "Started:", DescribeTime.go(terminated.startedAt))
      writer.line(3, "Finished:", DescribeTime.go(terminated.finishedAt))
    } else {
      writer.line(2, "\(name):", "Waiting")
    }
  }

  /// `describeContainerProbe`.
  static func probes(_ container: Container, into writer: inout DescribeWriter) {
    let probes = [
      ("Liveness:", container.livenessProbe), ("Readiness:", container.readinessProbe),
      ("Startup:", container.startupProbe),
    ]
    for (title, probe) in probes {
      if let probe { writer.line(2, title, describeProbe(probe)) }
    }
  }

  /// `DescribeProbe` (kubectl 1.36 wording: `#success=1 #failure=3`).
  static func describeProbe(_ probe: Probe) -> String {
    let attributes =
      "delay=\(probe.initialDelaySeconds)s timeout=\(probe.timeoutSeconds)s period=\(probe.periodSeconds)s "
      + "#success=\(probe.successThreshold) #failure=\(probe.failureThreshold)"
    if let exec = probe.exec { return "exec \(DescribeText.goList(exec.command)) \(attributes)" }
    if let http = probe.httpGet {
      let port = http.port.description
      let host = port.isEmpty ? http.host : DescribeText.joinHostPort(http.host, port)
      // Go's `url.URL.String()` of scheme, host and path.
      let scheme = http.scheme.lowercased()
      var url = scheme.isEmpty ? "" : scheme + ":"
      if !scheme.isEmpty || !host.isEmpty {
        if !host.isEmpty || !http.path.isEmpty { url += "//" }
        url += host
      }
      if !http.path.isEmpty && !http.path.hasPrefix("/") && !host.isEmpty { url += "/" }
      url += http.path
      return "http-get \(url) \(attributes)"
    }
    if let tcp = probe.tcpSocket { return "tcp-socket \(tcp.host):\(tcp.port.description) \(attributes)" }
    if let grpc = probe.grpc { return "grpc <pod>:\(grpc.port) \(grpc.service ?? "") \(attributes)" }
    return "unknown \(attributes)"
  }

  /// `describeContainerEnvFrom`.
  static func environmentFrom(_ container: Container, into writer: inout DescribeWriter) {
    writer.write(2, "Environment Variables from:\n")
    for source in container.envFrom {
      var from = ""
      var name = ""
      var optional = false
      if let reference = source.configMapRef {
        (from, name, optional) = ("ConfigMap", reference.name, reference.optional ?? false)
      } else if let reference = source.secretRef {
        (from, name, optional) = ("Secret", reference.name, reference.optional ?? false)
      }
      let kind = source.prefix.isEmpty ? from : "\(from) with prefix '\(source.prefix)'"
      writer.line(3, name, kind, "Optional: \(optional)")
    }
  }

  /// `describeContainerEnvVars`: values, values from the pod's fields (`(v1:metadata.name)`), from the container's
  /// resources, and references to secret and config map keys (never their values).
  static func environment(_ container: Container, pod: Pod?, into writer: inout DescribeWriter) {
    writer.write(2, "Environment:\(container.env.isEmpty ? "\t<none>" : "")\n")
    for variable in container.env {
      guard let source = variable.valueFrom else {
        for (index, part) in variable.value.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
          if index == 0 {
            writer.line(3, "\(variable.name):", String(part))
          } else {
            writer.write(3, "\t\(part)\n")
          }
        }
        continue
      }
      if let field = source.fieldRef {
        let value = pod.map { fieldValue(field, of: $0) } ?? ""
        writer.line(3, "\(variable.name):", "\(value) (\(field.apiVersion):\(field.fieldPath))")
      } else if let field = source.resourceFieldRef {
        var value = resourceValue(field, of: container)
        if value == "0" && (field.resource == "limits.cpu" || field.resource == "limits.memory") {
          value = "node allocatable"
        }
        writer.line(3, "\(variable.name):", "\(value) (\(field.resource))")
      } else if let key = source.secretKeyRef {
        writer.line(
          3, "\(variable.name):", "<set to the key '\(key.key)' in secret '\(key.name)'>",
          "Optional: \(key.optional ?? false)")
      } else if let key = source.configMapKeyRef {
        writer.line(
          3, "\(variable.name):", "<set to the key '\(key.key)' of config map '\(key.name)'>",
          "Optional: \(key.optional ?? false)")
      }
    }
  }

  /// `EnvValueRetriever`: kubectl's scheme converts only `metadata.name` and `metadata.namespace` field labels, so
  /// every other field path resolves to an empty value.
  static func fieldValue(_ field: ObjectFieldSelector, of pod: Pod) -> String {
    switch field.fieldPath {
    case "metadata.name": return pod.metadata.name
    case "metadata.namespace": return pod.metadata.namespace
    default: return ""
    }
  }

  /// `ExtractContainerResourceValue`: a request or limit of the container divided by the divisor, rounded up.
  static func resourceValue(_ field: ResourceFieldSelector, of container: Container) -> String {
    let divisor = field.divisor.flatMap { $0.isZero ? nil : $0 } ?? Quantity(value: 1, format: .decimalSI)
    let parts = field.resource.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2, parts[0] == "limits" || parts[0] == "requests" else { return "" }
    let list = parts[0] == "limits" ? container.resources.limits : container.resources.requests
    let name = parts[1]
    guard ["cpu", "memory", "ephemeral-storage"].contains(name) || name.hasPrefix("hugepages-") else { return "" }
    let quantity = list[name] ?? .zero
    let value: Double =
      name == "cpu"
      ? Double(quantity.milliValue) / Double(divisor.milliValue) : Double(quantity.value) / Double(divisor.value)
    return String(Int64(value.rounded(.up)))
  }

  /// `describeContainerVolumes`: mounts sorted by path, `(ro)`/`(rw)` and the sub-path.
  static func mounts(_ container: Container, into writer: inout DescribeWriter) {
    writer.write(2, "Mounts:\(container.volumeMounts.isEmpty ? "\t<none>" : "")\n")
    let sorted = GoSort.sorted(container.volumeMounts) { GoSort.less($0.mountPath, $1.mountPath) }
    for mount in sorted {
      var flags = [mount.readOnly == true ? "ro" : "rw"]
      if !mount.subPath.isEmpty { flags.append("path=\"\(mount.subPath)\"") }
      writer.write(3, "\(mount.mountPath) from \(mount.name) (\(flags.joined(separator: ",")))\n")
    }
    if let devices = container.volumeDevices?.arrayValue, !devices.isEmpty {
      writer.write(2, "Devices:\(container.volumeMounts.isEmpty ? "\t<none>" : "")\n")
      let sorted = GoSort.sorted(devices) { GoSort.less($0.text("devicePath") ?? "", $1.text("devicePath") ?? "") }
      for device in sorted {
        writer.write(3, "\(device.text("devicePath") ?? "") from \(device.text("name") ?? "")\n")
      }
    }
  }
}
