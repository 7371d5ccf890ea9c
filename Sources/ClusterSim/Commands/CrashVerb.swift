import KubeModel

/// `crash pod/NAME [-c CONTAINER]`: makes a running container exit with an error, as a crashing process would;
/// the kubelet then restarts it according to the pod's restartPolicy (simulator). `crash deploy/web` picks one of
/// the Deployment's pods as `kubectl logs deploy/web` and `exec` do, so scripts need not know generated pod names.
public struct CrashVerb: Verb {
  public static let name = "crash"
  public static let usage = ["crash pod/NAME [-c CONTAINER] [--exit-code N]", "crash TYPE/NAME [-c CONTAINER]"]
  public static let summary = "Make a container crash (simulator)"
  static let exitCode = FlagSpec("exit-code", help: "the exit code (default 1)")
  public static let flags: [FlagSpec] = [.namespace, .container, exitCode]

  /// `pod/NAME`, `NAME` or `TYPE/NAME` of a controller, resolved when the command runs.
  var target: String
  var namespace: String
  var container: String?
  var exitCode: Int

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    let words = arguments.positionals
    guard words.count == 1 || (words.count == 2 && ["pod", "pods", "po"].contains(words[0])) else {
      throw CommandError("usage: crash pod/NAME [-c CONTAINER]")
    }
    if words.count == 1 {
      // Refuses '/', 'pod/' and '/web' with kubectl's words; the target itself is resolved when the command runs.
      _ = try ResourceArguments.typeAndName(words[0])
    }
    target = words.count == 2 ? "pod/" + words[1] : words[0]
    namespace = context.namespace(arguments)
    container = arguments.value(.container)
    exitCode = try arguments.int(Self.exitCode) ?? 1
    guard exitCode != 0 else { throw CommandError("a crash needs a non-zero exit code") }
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let found: PodTarget.Found
    switch PodTarget.resolve(target, namespace: namespace, in: simulation.cluster) {
    case .success(let value): found = value
    case .failure(let error): return CommandResult(error: error.description)
    }
    let pod = ObjectKey(namespace: namespace, name: found.pod.metadata.name)
    var result = CommandResult()
    if let notice = found.notice { result.notices.append(notice) }
    let name = container ?? found.pod.spec.containers.first?.name ?? ""
    guard let status = found.pod.status.containerStatuses.first(where: { $0.name == name }) else {
      if found.pod.spec.containers.contains(where: { $0.name == name }) {
        result.errors.append("error: container \(name) is not running")
      } else {
        result.errors.append("error: container \(name) is not valid for pod \(pod.name)")
      }
      return result
    }
    guard status.state.running != nil else {
      result.errors.append("error: container \(name) is not running")
      return result
    }
    simulation.cluster.crashContainer(pod: pod, container: name, exitCode: exitCode)
    result.output = "pod/\(pod.name) container \(name) crashed with exit code \(exitCode)\n"
    return result
  }
}

extension ClusterState {
  /// Asks the kubelet to treat a running container as having exited with `exitCode` now.
  public mutating func crashContainer(pod: ObjectKey, container: String, exitCode: Int) {
    crashRequests.append(CrashRequest(pod: pod, container: container, exitCode: exitCode))
    enqueue(.kubelet, pod)
  }
}

/// A pending `crash` command, handled by the kubelet at the current instant.
public struct CrashRequest: Hashable, Sendable, Codable {
  public var pod: ObjectKey
  public var container: String
  public var exitCode: Int
}
