import KubeModel

/// `run NAME --image=IMAGE [--port=N] [--env=K=V] [--labels=K=V,...] [--restart=POLICY] [--expose]
/// [--command] [-- ARGS...]`: a pod, as kubectl builds it (label `run=NAME`, one container named NAME). With
/// `-i`/`-t` and a command, kubectl waits for the pod to run and shows what the command prints; the simulator waits
/// in virtual time (up to `--pod-running-timeout`, 1 minute) and runs the command in the pod as `exec` would, so
/// the tutorial's throwaway client works: `run tmp --rm -it --image=busybox --restart=Never -- wget -qO- web`.
/// `--rm` deletes the pod afterwards.
public struct RunVerb: Verb {
  public static let name = "run"
  public static let usage = [
    "run NAME --image=IMAGE [--port=N] [--env=K=V] [--labels=K=V,...] [--restart=Always|OnFailure|Never] [--expose]",
    "run NAME --rm -it --image=IMAGE --restart=Never -- COMMAND [ARGS...]",
  ]
  public static let summary = "Run a particular image in a pod"
  static let image = FlagSpec("image", help: "the container image")
  static let port = FlagSpec("port", help: "the container port")
  static let env = FlagSpec("env", help: "an environment variable K=V (repeatable)")
  static let labels = FlagSpec("labels", short: "l", help: "labels K=V,... (default run=NAME)")
  static let restart = FlagSpec("restart", help: "Always (default), OnFailure or Never")
  static let expose = FlagSpec("expose", value: false, help: "also create a ClusterIP Service on --port")
  static let command = FlagSpec("command", value: false, help: "the words after -- are the command, not args")
  static let remove = FlagSpec("rm", value: false, help: "delete the pod when the command ends")
  static let stdin = FlagSpec("stdin", short: "i", value: false, help: "attach: wait and show the output")
  static let tty = FlagSpec("tty", short: "t", value: false, help: "attach: wait and show the output")
  static let attach = FlagSpec("attach", value: false, help: "wait and show the output")
  public static let flags: [FlagSpec] = [
    .namespace, image, port, env, labels, restart, expose, command, remove, stdin, tty, attach,
  ]

  var pod: Pod
  var attached: Bool
  /// An attached run has waited in virtual time and left its pod when its command fails, as kubectl's does.
  public var isAtomic: Bool { !attached }
  var removes: Bool
  var exposes: Bool

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    guard let name = arguments.positionals.first else {
      throw CommandError("NAME is required for run\nSee 'kubectl run -h' for help and examples")
    }
    guard let image = arguments.value(Self.image) else { throw CommandError("required flag(s) \"image\" not set") }
    attached = arguments.isSet(Self.stdin) || arguments.isSet(Self.tty) || arguments.isSet(Self.attach)
    removes = arguments.isSet(Self.remove)
    exposes = arguments.isSet(Self.expose)
    if removes && !attached { throw CommandError("--rm should only be used for attached containers") }
    var pod = Pod()
    pod.metadata.name = name
    pod.metadata.namespace = context.namespace(arguments)
    pod.metadata.labels = ["run": name]
    if let text = arguments.value(Self.labels) {
      pod.metadata.labels = [:]
      for pair in text.split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw CommandError("invalid label spec: \(pair)") }
        pod.metadata.labels[parts[0]] = parts[1]
      }
    }
    var container = Container(name: name, image: image)
    let words = Array(arguments.positionals.dropFirst())
    if arguments.isSet(Self.command) { container.command = words } else { container.args = words }
    if let port = try arguments.int(Self.port) { container.ports = [ContainerPort(containerPort: port)] }
    container.env = arguments.values(Self.env).map { entry in
      let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
      var variable = EnvVar()
      variable.name = parts[0]
      variable.value = parts.count == 2 ? parts[1] : ""
      return variable
    }
    if attached {
      container.stdin = true
      container.stdinOnce = true
      container.tty = arguments.isSet(Self.tty) ? true : nil
    }
    pod.spec.containers = [container]
    let policy = arguments.value(Self.restart) ?? "Always"
    guard ["Always", "OnFailure", "Never"].contains(policy) else {
      throw CommandError("invalid restart policy: \(policy)")
    }
    pod.spec.restartPolicy = policy
    if exposes && container.ports.isEmpty {
      throw CommandError("--port must be set when exposing a service")
    }
    self.pod = pod
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    var result = CommandResult()
    if exposes {
      var service = Service()
      service.metadata.name = pod.metadata.name
      service.metadata.namespace = pod.metadata.namespace
      service.spec.selector = pod.metadata.labels
      let port = pod.spec.containers[0].ports[0].containerPort
      service.spec.ports = [ServicePort(port: port, targetPort: .int(port))]
      do {
        try simulation.cluster.create(service)
        result.line("service/\(pod.metadata.name) created")
      } catch {
        return CommandResult(error: error.description)
      }
    }
    do {
      try simulation.cluster.create(pod)
    } catch {
      result.errors.append(error.description)
      return result
    }
    let key = pod.key
    simulation.cluster.settle()
    guard attached else {
      result.line("pod/\(pod.metadata.name) created")
      return result
    }
    let deadline = simulation.cluster.now + .minutes(1)
    while !isRunning(simulation.cluster.store.pods[key]), let next = simulation.cluster.nextWakeup, next <= deadline {
      simulation.cluster.advance(to: next)
    }
    if let running = simulation.cluster.store.pods[key], isRunning(running) {
      let words = pod.spec.containers[0].command + pod.spec.containers[0].args
      if !words.isEmpty {
        let output = ContainerShell(pod: running, container: running.spec.containers[0]).run(
          words, in: &simulation.cluster)
        result.output += output.stdout
        if !output.stderr.isEmpty { result.errors.append(String(output.stderr.dropLast())) }
        if output.exitCode != 0 {
          result.errors.append("pod \(key.namespace)/\(key.name) terminated (Error)")
        }
      }
    } else {
      result.errors.append("error: timed out waiting for the condition")
    }
    if removes {
      try? simulation.cluster.delete(Pod.self, key, gracePeriodSeconds: 0)
      result.line("pod \"\(key.name)\" deleted from \(key.namespace) namespace")
    }
    return result
  }

  func isRunning(_ pod: Pod?) -> Bool {
    pod?.status.containerStatuses.first?.state.running != nil
  }
}
