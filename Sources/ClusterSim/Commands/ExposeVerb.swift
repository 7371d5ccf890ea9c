import KubeModel

/// `expose (TYPE NAME | TYPE/NAME) [--port=PORT] [--target-port=PORT] [--type=TYPE] [--name=NAME]`: a Service
/// for a Deployment, ReplicaSet, ReplicationController, Pod or Service, as kubectl builds it: the resource's
/// selector (a pod's labels), its labels, and its container ports when `--port` is not given (several are named
/// `port-1`, `port-2`, ...).
public struct ExposeVerb: Verb {
  public static let name = "expose"
  public static let usage = [
    "expose (TYPE NAME | TYPE/NAME) [--port=PORT] [--target-port=PORT] [--type=TYPE] [--name=NAME]",
    "expose deployment web --port=80 --target-port=8080 --type=NodePort",
  ]
  public static let summary = "Take a replication controller, service, deployment or pod and expose it as a new Service"
  static let port = FlagSpec("port", help: "the port the Service serves on")
  static let targetPort = FlagSpec("target-port", help: "the port (number or name) on the pods")
  static let type = FlagSpec("type", help: "ClusterIP (default), NodePort, LoadBalancer or ExternalName")
  static let serviceName = FlagSpec("name", help: "the Service's name (default: the resource's)")
  static let protocolFlag = FlagSpec("protocol", help: "TCP (default), UDP or SCTP")
  static let sessionAffinity = FlagSpec("session-affinity", help: "None or ClientIP")
  static let clusterIP = FlagSpec("cluster-ip", help: "a cluster IP, or None for a headless Service")
  public static let flags: [FlagSpec] = [
    .namespace, port, targetPort, type, serviceName, protocolFlag, sessionAffinity, clusterIP,
  ]

  var resource: ResourceKind
  var target: String
  var namespace: String
  var arguments: CommandArguments

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    let words = arguments.positionals
    let parts: [String]
    if words.count == 1, words[0].contains("/") {
      parts = words[0].split(separator: "/", maxSplits: 1).map(String.init)
    } else {
      parts = words
    }
    guard parts.count == 2 else {
      throw CommandError("You must provide one or more resources by argument or filename.")
    }
    guard let resource = ResourceRegistry.resolve(parts[0]) else {
      throw CommandError("the server doesn't have a resource type \"\(parts[0])\"")
    }
    self.resource = resource
    target = parts[1]
    namespace = context.namespace(arguments)
    self.arguments = arguments
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let cluster = simulation.cluster
    let key = ObjectKey(namespace: namespace, name: target)
    var labels: [String: String] = [:]
    var selector: [String: String]?
    var podSpec: PodSpec?
    switch resource.kind {
    case "Deployment":
      guard let deployment = cluster.store.deployments[key] else { return notFound() }
      labels = deployment.metadata.labels
      selector = Self.matchLabels(deployment.spec.selector)
      podSpec = deployment.spec.template.spec
    case "ReplicaSet":
      guard let replicaSet = cluster.store.replicaSets[key] else { return notFound() }
      labels = replicaSet.metadata.labels
      selector = Self.matchLabels(replicaSet.spec.selector)
      podSpec = replicaSet.spec.template.spec
    case "ReplicationController":
      guard let controller = cluster.store.replicationControllers[key] else { return notFound() }
      labels = controller.metadata.labels
      selector = controller.spec.selector
      podSpec = controller.spec.template?.spec
    case "Pod":
      guard let pod = cluster.store.pods[key] else { return notFound() }
      labels = pod.metadata.labels
      selector = pod.metadata.labels
      podSpec = pod.spec
    case "Service":
      guard let service = cluster.store.services[key] else { return notFound() }
      labels = service.metadata.labels
      selector = service.spec.selector
      podSpec = nil
      if arguments.value(Self.port) == nil, let first = service.spec.ports.first {
        return expose(
          labels: labels, selector: selector ?? [:], ports: [(first.port, first.targetPort)], in: &simulation)
      }
    default:
      return CommandResult(error: "error: cannot expose a \(resource.kind)")
    }
    guard let selector, !selector.isEmpty else {
      return CommandResult(
        error: "error: couldn't retrieve selectors via --selector flag or introspection: the \(resource.kind) has "
          + "no matchLabels selector")
    }
    var ports: [(Int, IntOrString?)] = []
    if let text = arguments.value(Self.port) {
      guard let number = Int(text) else { return CommandResult(error: "error: invalid --port \(text)") }
      ports = [(number, nil)]
    } else {
      ports = (podSpec?.containers ?? []).flatMap(\.ports).map { ($0.containerPort, .int($0.containerPort)) }
    }
    guard !ports.isEmpty else {
      return CommandResult(
        error:
          "error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples")
    }
    return expose(labels: labels, selector: selector, ports: ports, in: &simulation)
  }

  func expose(
    labels: [String: String], selector: [String: String], ports: [(Int, IntOrString?)], in simulation: inout Simulation
  ) -> CommandResult {
    var service = Service()
    service.metadata.name = arguments.value(Self.serviceName) ?? target
    service.metadata.namespace = namespace
    service.metadata.labels = labels
    service.spec.selector = selector
    service.spec.type = arguments.value(Self.type) ?? ""
    service.spec.sessionAffinity = arguments.value(Self.sessionAffinity) ?? ""
    service.spec.clusterIP = arguments.value(Self.clusterIP) ?? ""
    let target = arguments.value(Self.targetPort).map { Int($0).map(IntOrString.int) ?? .string($0) }
    for (index, entry) in ports.enumerated() {
      var port = ServicePort(
        name: ports.count > 1 ? "port-\(index + 1)" : "", port: entry.0, targetPort: target ?? entry.1 ?? .int(entry.0))
      port.protocol = arguments.value(Self.protocolFlag) ?? "TCP"
      service.spec.ports.append(port)
    }
    do {
      let created = try simulation.cluster.create(service)
      return CommandResult(output: "service/\(created.metadata.name) exposed\n")
    } catch {
      return CommandResult(error: error.description)
    }
  }

  func notFound() -> CommandResult {
    CommandResult(error: APIError.notFound(resource, target).description)
  }

  static func matchLabels(_ selector: LabelSelector?) -> [String: String]? {
    guard let selector, selector.matchExpressions.isEmpty else { return nil }
    return selector.matchLabels
  }
}
