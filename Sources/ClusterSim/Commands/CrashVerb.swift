import KubeModel

/// `crash pod/NAME [-c CONTAINER]`: makes a running container exit with an error, as a crashing process would;
/// the kubelet then restarts it according to the pod's restartPolicy (simulator).
public struct CrashVerb: Verb {
  public static let name = "crash"
  public static let usage = ["crash pod/NAME [-c CONTAINER] [--exit-code N]"]
  public static let summary = "Make a container crash (simulator)"
  static let exitCode = FlagSpec("exit-code", help: "the exit code (default 1)")
  public static let flags: [FlagSpec] = [.namespace, .container, exitCode]

  var pod: ObjectKey
  var container: String?
  var exitCode: Int

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    let words = arguments.positionals
    guard words.count == 1 || (words.count == 2 && ["pod", "pods", "po"].contains(words[0])) else {
      throw CommandError("usage: crash pod/NAME [-c CONTAINER]")
    }
    var name = words.last!
    if words.count == 1 {
      if let (type, podName) = try ResourceArguments.typeAndName(name) {
        guard ["pod", "pods", "po"].contains(type) else { throw CommandError("only pods can crash") }
        name = podName
      }
    }
    pod = ObjectKey(namespace: context.namespace(arguments), name: name)
    container = arguments.value(.container)
    exitCode = try arguments.int(Self.exitCode) ?? 1
    guard exitCode != 0 else { throw CommandError("a crash needs a non-zero exit code") }
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    guard let found = simulation.cluster.store.pods[pod] else {
      return CommandResult(error: APIError.notFound(ResourceRegistry.pod, pod.name).description)
    }
    let name = container ?? found.spec.containers.first?.name ?? ""
    guard let status = found.status.containerStatuses.first(where: { $0.name == name }) else {
      if found.spec.containers.contains(where: { $0.name == name }) {
        return CommandResult(error: "error: container \(name) is not running")
      }
      return CommandResult(error: "error: container \(name) is not valid for pod \(pod.name)")
    }
    guard status.state.running != nil else { return CommandResult(error: "error: container \(name) is not running") }
    simulation.cluster.crashContainer(pod: pod, container: name, exitCode: exitCode)
    return CommandResult(output: "pod/\(pod.name) container \(name) crashed with exit code \(exitCode)\n")
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
