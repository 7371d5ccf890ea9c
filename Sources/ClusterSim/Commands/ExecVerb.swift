import KubeModel

/// `exec (POD | TYPE/NAME) [-c CONTAINER] -- COMMAND [ARGS...]`: runs a command in a running container
/// (``ContainerShell``): its environment as resolved when it started (`env`), its mounted ConfigMaps and Secrets
/// (`cat`, `ls`), and the network seen from the pod (`curl`, `wget`, `nslookup`). Errors are kubectl's; a command
/// that fails ends with `command terminated with exit code N`.
public struct ExecVerb: Verb {
  /// A command run in a container is not undone when it fails.
  public var isAtomic: Bool { false }

  public static let name = "exec"
  public static let usage = [
    "exec (POD | TYPE/NAME) [-c CONTAINER] -- COMMAND [ARGS...]",
    "exec web-0 -- env, exec deploy/web -- cat /etc/config/app.properties, exec web-0 -- curl -s backend",
  ]
  public static let summary = "Execute a command in a container"
  static let stdin = FlagSpec("stdin", short: "i", value: false, help: "accepted; commands run one at a time")
  static let tty = FlagSpec("tty", short: "t", value: false, help: "accepted")
  public static let flags: [FlagSpec] = [.namespace, .container, stdin, tty]

  var target: String
  var namespace: String
  var container: String?
  var command: [String]
  var filter: OutputFilter?

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    guard let first = arguments.positionals.first else {
      throw CommandError(
        "expected 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]'.\n"
          + "POD or TYPE/NAME is a required argument for the exec command"
      )
    }
    target = first
    let (command, filter) = try OutputFilter.split(Array(arguments.positionals.dropFirst())).get()
    guard !command.isEmpty else { throw CommandError("you must specify at least one command for the container") }
    self.command = command
    self.filter = filter
    namespace = context.namespace(arguments)
    container = arguments.value(.container)
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    var result = CommandResult()
    let pod: Pod
    switch PodTarget.resolve(target, namespace: namespace, in: simulation.cluster) {
    case .failure(let error): return CommandResult(error: error.message)
    case .success(let found):
      pod = found.pod
      if let notice = found.notice { result.notices.append(notice) }
    }
    if pod.status.phase == "Succeeded" || pod.status.phase == "Failed" {
      return CommandResult(
        error: "error: cannot exec into a container in a completed pod; current phase is \(pod.status.phase)")
    }
    let name: String
    if let container {
      guard pod.spec.containers.contains(where: { $0.name == container }) else {
        return CommandResult(
          error: "error: unable to upgrade connection: container \(container) not found in pod \(pod.metadata.name)")
      }
      name = container
    } else {
      name =
        pod.metadata.annotations["kubectl.kubernetes.io/default-container"] ?? pod.spec.containers.first?.name ?? ""
      if pod.spec.containers.count > 1 {
        result.notices.append(
          "Defaulted container \"\(name)\" out of: \(pod.spec.containers.map(\.name).joined(separator: ", "))")
      }
    }
    guard let spec = pod.spec.containers.first(where: { $0.name == name }),
      pod.status.containerStatuses.first(where: { $0.name == name })?.state.running != nil
    else {
      return CommandResult(
        errors: ["error: unable to upgrade connection: container not found (\"\(name)\")"], notices: result.notices)
    }
    var output = ContainerShell(pod: pod, container: spec).run(command, in: &simulation.cluster)
    if let filter {
      output.stdout = filter.apply(output.stdout)
      return CommandResult(output: output.stdout, notices: result.notices)
    }
    result.output = output.stdout
    if !output.stderr.isEmpty {
      result.errors.append(String(output.stderr.dropLast(output.stderr.hasSuffix("\n") ? 1 : 0)))
    }
    if output.exitCode != 0 { result.errors.append("command terminated with exit code \(output.exitCode)") }
    return result
  }
}
