import KubeModel

/// Amounts of the resources the scheduler accounts for natively: cpu in millicores, memory and ephemeral storage
/// in bytes (upstream `framework.Resource` without its scalar map). A trivial value, so the filter and score loops
/// copy it without reference counting.
struct ResourceAmounts: Hashable, Sendable {
  var milliCPU: Int64 = 0
  var memory: Int64 = 0
  var ephemeralStorage: Int64 = 0

  mutating func add(_ other: ResourceAmounts) {
    milliCPU += other.milliCPU
    memory += other.memory
    ephemeralStorage += other.ephemeralStorage
  }

  mutating func subtract(_ other: ResourceAmounts) {
    milliCPU -= other.milliCPU
    memory -= other.memory
    ephemeralStorage -= other.ephemeralStorage
  }

  /// Upstream `SetMaxResource`: the larger amount of each resource.
  mutating func formMax(_ other: ResourceAmounts) {
    milliCPU = max(milliCPU, other.milliCPU)
    memory = max(memory, other.memory)
    ephemeralStorage = max(ephemeralStorage, other.ephemeralStorage)
  }

  var isZero: Bool { milliCPU == 0 && memory == 0 && ephemeralStorage == 0 }
}

/// A resource list as upstream's scheduler holds it: the native amounts plus extended resources and hugepages
/// (`ScalarResources`), by name.
struct ResourceTotals: Hashable, Sendable {
  var native = ResourceAmounts()
  var scalars: [String: Int64] = [:]

  mutating func add(_ other: ResourceTotals) {
    native.add(other.native)
    for (name, value) in other.scalars { scalars[name, default: 0] += value }
  }

  mutating func formMax(_ other: ResourceTotals) {
    native.formMax(other.native)
    for (name, value) in other.scalars where value > scalars[name, default: 0] { scalars[name] = value }
  }

  /// Upstream `schedutil.IsScalarResourceName`, for the names a simulated manifest can carry: extended resources
  /// (`example.com/gpu`, any name with a domain outside `kubernetes.io`) and `hugepages-*`.
  static func isScalar(_ name: String) -> Bool {
    if name.hasPrefix("hugepages-") { return true }
    guard name.contains("/") else { return false }
    return !name.hasPrefix("kubernetes.io/") && !name.hasPrefix("requests.")
  }

  /// A resource list: a container's requests, a pod's overhead, a node's allocatable.
  init(_ requests: [String: Quantity]) {
    for (name, quantity) in requests { take(name, quantity) }
  }

  /// Takes one entry of a resource list: cpu in millicores, everything else in whole units (upstream
  /// `Resource.Add`).
  mutating func take(_ name: String, _ quantity: Quantity) {
    switch name {
    case "cpu": native.milliCPU = quantity.milliValue
    case "memory": native.memory = quantity.value
    case "ephemeral-storage": native.ephemeralStorage = quantity.value
    default: if Self.isScalar(name) { scalars[name] = quantity.value }
    }
  }

  init() {}
}

/// A host port a container binds (`hostIP`, `protocol`, `hostPort`), sanitized as upstream's `HostPortInfo` does:
/// an empty IP is `0.0.0.0`, an empty protocol `TCP`.
struct HostPort: Hashable, Sendable {
  var ip: String
  var `protocol`: String
  var port: Int

  init(ip: String, protocol: String, port: Int) {
    self.ip = ip.isEmpty ? "0.0.0.0" : ip
    self.protocol = `protocol`.isEmpty ? "TCP" : `protocol`
    self.port = port
  }

  /// Upstream `HostPortInfo.CheckConflict`: the same protocol and port, on the same IP or where either side binds
  /// every address.
  func conflicts(with other: HostPort) -> Bool {
    guard port == other.port && `protocol` == other.protocol else { return false }
    return ip == other.ip || ip == "0.0.0.0" || other.ip == "0.0.0.0"
  }
}

/// What a pod takes from its node: computed once per pod and kept with it in the cache, so binding, finishing and
/// deletion adjust a node's totals without looking at the pod's containers again.
struct PodRequests: Hashable, Sendable {
  /// Upstream `schedutil.DefaultMilliCPURequest`: what a container without a cpu request counts for scoring.
  static let defaultMilliCPURequest: Int64 = 100
  /// Upstream `schedutil.DefaultMemoryRequest` (200Mi).
  static let defaultMemoryRequest: Int64 = 200 * 1024 * 1024

  /// What NodeResourcesFit reserves (upstream `computePodResourceRequest` through `resourcehelper.PodRequests`).
  var requests: ResourceTotals
  /// Cpu and memory with the scoring defaults for containers that request none (upstream `NonZeroRequested`).
  var nonZeroMilliCPU: Int64
  var nonZeroMemory: Int64
  /// The host ports the pod's containers bind (upstream `GetHostPorts`).
  var hostPorts: [HostPort]

  init(_ spec: PodSpec) {
    let plain = Self.aggregate(spec)
    requests = plain.totals
    // With pod-level requests, a container default applies only to a resource nothing in the pod names
    // (upstream `getNonMissingContainerRequests`); without them, to every container that omits it.
    nonZeroMilliCPU = plain.podLevel && plain.namesCPU ? plain.totals.native.milliCPU : plain.defaulted.milliCPU
    nonZeroMemory = plain.podLevel && plain.namesMemory ? plain.totals.native.memory : plain.defaulted.memory
    hostPorts = []
    for container in spec.containers {
      for port in container.ports where port.hostPort > 0 {
        hostPorts.append(HostPort(ip: port.hostIP, protocol: port.protocol, port: port.hostPort))
      }
    }
  }

  /// One container's requests, and its cpu and memory with the scoring defaults for what it leaves out.
  private struct ContainerRequests {
    var totals: ResourceTotals
    var defaulted: ResourceAmounts
    var namesCPU: Bool
    var namesMemory: Bool

    init(_ requests: [String: Quantity]) {
      totals = ResourceTotals()
      namesCPU = false
      namesMemory = false
      for (name, quantity) in requests {
        totals.take(name, quantity)
        if name == "cpu" { namesCPU = true } else if name == "memory" { namesMemory = true }
      }
      defaulted = totals.native
      if !namesCPU { defaulted.milliCPU = PodRequests.defaultMilliCPURequest }
      if !namesMemory { defaulted.memory = PodRequests.defaultMemoryRequest }
    }
  }

  /// Upstream `resourcehelper.PodRequests`: app containers and sidecars (restartable init containers) run together
  /// and add up; each ordinary init container runs alone beside the sidecars started before it; the pod needs the
  /// larger of the two. Pod-level requests replace the containers' cpu and memory; the overhead is added on top.
  /// Computes the plain requests and, alongside, the cpu and memory with the scoring defaults.
  private static func aggregate(
    _ spec: PodSpec
  ) -> (totals: ResourceTotals, defaulted: ResourceAmounts, podLevel: Bool, namesCPU: Bool, namesMemory: Bool) {
    var totals = ResourceTotals()
    var defaulted = ResourceAmounts()
    var namesCPU = false
    var namesMemory = false
    for container in spec.containers {
      let own = ContainerRequests(container.resources.requests)
      totals.add(own.totals)
      defaulted.add(own.defaulted)
      namesCPU = namesCPU || own.namesCPU
      namesMemory = namesMemory || own.namesMemory
    }
    if !spec.initContainers.isEmpty {
      var sidecars = ResourceTotals()
      var sidecarsDefaulted = ResourceAmounts()
      var initPeak = ResourceTotals()
      var initPeakDefaulted = ResourceAmounts()
      for container in spec.initContainers {
        let own = ContainerRequests(container.resources.requests)
        namesCPU = namesCPU || own.namesCPU
        namesMemory = namesMemory || own.namesMemory
        if container.restartPolicy == "Always" {
          totals.add(own.totals)
          defaulted.add(own.defaulted)
          sidecars.add(own.totals)
          sidecarsDefaulted.add(own.defaulted)
          initPeak.formMax(sidecars)
          initPeakDefaulted.formMax(sidecarsDefaulted)
        } else {
          var running = own.totals
          running.add(sidecars)
          initPeak.formMax(running)
          var runningDefaulted = own.defaulted
          runningDefaulted.add(sidecarsDefaulted)
          initPeakDefaulted.formMax(runningDefaulted)
        }
      }
      totals.formMax(initPeak)
      defaulted.formMax(initPeakDefaulted)
    }
    var podLevel = false
    if let podRequests = spec.resources?.requests {
      if let cpu = podRequests["cpu"] {
        totals.native.milliCPU = cpu.milliValue
        defaulted.milliCPU = cpu.milliValue
        podLevel = true
        namesCPU = true
      }
      if let memory = podRequests["memory"] {
        totals.native.memory = memory.value
        defaulted.memory = memory.value
        podLevel = true
        namesMemory = true
      }
    }
    if !spec.overhead.isEmpty {
      let overhead = ResourceTotals(spec.overhead)
      totals.add(overhead)
      defaulted.milliCPU += overhead.native.milliCPU
      defaulted.memory += overhead.native.memory
    }
    return (totals, defaulted, podLevel, namesCPU, namesMemory)
  }
}
