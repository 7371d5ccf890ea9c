import KubeModel

/// `logs`: what a pod's container printed (its current instance, or with `--previous` the one before its last
/// restart), as the simulated container printed it.
public struct LogsVerb: Verb {
  /// Only reads.
  public var isAtomic: Bool { false }

  public static let name = "logs"
  public static let usage = [
    "logs POD [-c CONTAINER] [--previous] [--tail N] [--timestamps]",
    "logs TYPE/NAME (a pod of a Deployment, Job, ...)",
  ]
  public static let summary = "Print the logs for a container in a pod"
  static let previous = FlagSpec("previous", short: "p", value: false, help: "the instance before the last restart")
  static let tail = FlagSpec("tail", help: "only the last N lines")
  static let timestamps = FlagSpec("timestamps", value: false, help: "prefix each line with its time")
  static let follow = FlagSpec("follow", short: "f", value: false, help: "accepted; the dashboard follows live")
  static let allContainers = FlagSpec("all-containers", value: false, help: "every container of the pod")
  public static let flags: [FlagSpec] = [
    .namespace, .container, .selector, previous, tail, timestamps, follow, allContainers,
  ]

  var target: String
  var namespace: String
  var container: String?
  var previous: Bool
  var tail: Int?
  var timestamps: Bool
  var allContainers: Bool

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    guard let first = arguments.positionals.first else {
      throw CommandError(
        "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command"
      )
    }
    target = first
    if arguments.positionals.count == 2 { container = arguments.positionals[1] }
    if arguments.positionals.count > 2 { throw CommandError("logs takes a pod and at most one container name") }
    namespace = context.namespace(arguments)
    container = arguments.value(.container) ?? container
    previous = arguments.isSet(Self.previous)
    tail = try arguments.int(Self.tail)
    timestamps = arguments.isSet(Self.timestamps)
    allContainers = arguments.isSet(Self.allContainers)
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let cluster = simulation.cluster
    var result = CommandResult()
    let pod: Pod
    switch PodTarget.resolve(target, namespace: namespace, in: cluster) {
    case .failure(let error): return CommandResult(error: error.message)
    case .success(let found):
      pod = found.pod
      if let notice = found.notice { result.notices.append(notice) }
    }
    let names = pod.spec.initContainers.map(\.name) + pod.spec.containers.map(\.name)
    var chosen: [String]
    if allContainers {
      chosen = names
    } else if let container {
      guard names.contains(container) else {
        return CommandResult(
          error: "error: container \(container) is not valid for pod \(pod.metadata.name)")
      }
      chosen = [container]
    } else {
      let defaultName =
        pod.metadata.annotations["kubectl.kubernetes.io/default-container"] ?? pod.spec.containers.first?.name ?? ""
      if pod.spec.containers.count > 1 {
        result.notices.append(
          "Defaulted container \"\(defaultName)\" out of: \(pod.spec.containers.map(\.name).joined(separator: ", "))")
      }
      chosen = [defaultName]
    }
    var lines: [ContainerLogs.Line] = []
    for name in chosen {
      switch logLines(pod: pod, container: name, in: cluster) {
      case .failure(let error):
        if !allContainers {
          return CommandResult(output: result.output, errors: [error.message], notices: result.notices)
        }
      case .success(let found): lines += found
      }
    }
    if let tail, tail >= 0 { lines = Array(lines.suffix(tail)) }
    result.output = lines.map { timestamps ? "\(Self.nanoTime($0.time)) \($0.text)\n" : "\($0.text)\n" }.joined()
    return result
  }

  func logLines(
    pod: Pod, container name: String, in cluster: ClusterState
  ) -> Result<[ContainerLogs.Line], CommandError> {
    let podName = pod.metadata.name
    guard let runtime = cluster.podRuntimes[pod.metadata.uid],
      let container = runtime.containers.first(where: { $0.name == name })
    else {
      return .failure(
        CommandError(
          "Error from server (BadRequest): container \"\(name)\" in pod \"\(podName)\" is waiting to start: "
            + (pod.spec.nodeName.isEmpty ? "PodScheduled" : "ContainerCreating")))
    }
    func instance(_ termination: ContainerStateTerminated) -> [ContainerLogs.Line] {
      ContainerLogs.lines(
        behavior: container.behavior, container: name, image: container.image, pod: podName,
        start: termination.startedAt ?? runtime.startTime, end: termination.finishedAt, exitCode: termination.exitCode,
        reason: termination.reason, now: cluster.now)
    }
    if previous {
      guard let last = container.lastTermination else {
        return .failure(
          CommandError(
            "Error from server (BadRequest): previous terminated container \"\(name)\" in pod \"\(podName)\" not found")
        )
      }
      return .success(instance(last))
    }
    switch container.stage {
    case .running(let since), .stopping(let since, _, _):
      return .success(
        ContainerLogs.lines(
          behavior: container.behavior, container: name, image: container.image, pod: podName, start: since, end: nil,
          exitCode: nil, reason: nil, now: cluster.now))
    case .terminated, .crashLoopBackOff:
      if let termination = container.termination { return .success(instance(termination)) }
      return .success([])
    default:
      if let last = container.lastTermination { return .success(instance(last)) }
      let reason = PodPresentation(pod).status
      return .failure(
        CommandError(
          "Error from server (BadRequest): container \"\(name)\" in pod \"\(podName)\" is waiting to start: \(reason)"))
    }
  }

  /// RFC 3339 with nanoseconds, as `--timestamps` prints.
  static func nanoTime(_ time: Timestamp) -> String {
    let millis = time.milliseconds - time.seconds * 1000
    let fraction = String(millis).leftPadded(3) + "000000"
    return String(time.rfc3339.dropLast()) + "." + fraction + "Z"
  }
}

/// A pod named directly, or through its controller (`deploy/web`, `job/pi`), as kubectl logs and exec resolve it.
enum PodTarget {
  struct Found {
    var pod: Pod
    var notice: String?
  }

  static func resolve(_ target: String, namespace: String, in cluster: ClusterState) -> Result<Found, CommandError> {
    let parts: [String]
    do {
      parts = try ResourceArguments.typeAndName(target).map { [$0.type, $0.name] } ?? [target]
    } catch {
      return .failure(CommandError(error.description))
    }
    if parts.count == 1 || ["pod", "pods", "po"].contains(parts[0]) {
      let name = parts[parts.count - 1]
      guard let pod = cluster.store.pods[namespace, name] else {
        return .failure(CommandError(APIError.notFound(ResourceRegistry.pod, name).description))
      }
      return .success(Found(pod: pod))
    }
    guard let resource = ResourceRegistry.resolve(parts[0]) else {
      return .failure(CommandError("error: the server doesn't have a resource type \"\(parts[0])\""))
    }
    let handler = Resources.handler(for: resource)
    guard let metadata = handler.metadata(of: ObjectKey(namespace: namespace, name: parts[1]), in: cluster) else {
      return .failure(CommandError(APIError.notFound(resource, parts[1]).description))
    }
    var owners = [metadata.uid]
    if resource.kind == "Deployment" {
      owners = cluster.store.replicaSets.dependents(ofOwnerUID: metadata.uid).map(\.metadata.uid)
    } else if resource.kind == "CronJob" {
      owners = cluster.store.jobs.dependents(ofOwnerUID: metadata.uid).map(\.metadata.uid)
    }
    let pods = owners.flatMap { cluster.store.pods.dependents(ofOwnerUID: $0) }.sorted {
      ($0.metadata.creationTimestamp ?? Timestamp(milliseconds: 0))
        < ($1.metadata.creationTimestamp ?? Timestamp(milliseconds: 0))
    }
    guard let pod = pods.first(where: PodReadiness.isActive) ?? pods.last else {
      return .failure(CommandError("error: no pods found for \(resource.singular) \(parts[1])"))
    }
    let notice = pods.count > 1 ? "Found \(pods.count) pods, using pod/\(pod.metadata.name)" : nil
    return .success(Found(pod: pod, notice: notice))
  }
}
