import KubeModel

/// `create service (clusterip | nodeport | loadbalancer | externalname) NAME [--tcp=PORT[:TARGET]]...`, as
/// kubectl's service generators build them: label and selector `app=NAME`, one port per `--tcp` named
/// `PORT-TARGET`, `--clusterip=None` for a headless Service, `--node-port` for a NodePort one.
enum ServiceGenerator {
  static let tcp = FlagSpec("tcp", help: "PORT[:TARGET_PORT] (repeatable), for create service")
  static let nodePort = FlagSpec("node-port", help: "the node port, for create service nodeport")
  static let clusterIP = FlagSpec("clusterip", help: "the cluster IP, or None, for create service clusterip")
  static let externalName = FlagSpec("external-name", help: "the external name, for create service externalname")
  static let flags: [FlagSpec] = [tcp, nodePort, clusterIP, externalName]

  static let types = [
    "clusterip": "ClusterIP", "nodeport": "NodePort", "loadbalancer": "LoadBalancer", "externalname": "ExternalName",
  ]

  static func generate(_ arguments: CommandArguments, namespace: String) throws(CommandError) -> Service {
    let words = arguments.positionals
    guard words.count >= 2, let type = types[words[1]] else {
      throw CommandError("create service needs a type: clusterip, nodeport, loadbalancer or externalname")
    }
    guard words.count == 3 else { throw CommandError("exactly one NAME is required, got \(max(0, words.count - 2))") }
    let name = words[2]
    var service = Service()
    service.metadata.name = name
    service.metadata.namespace = namespace
    service.metadata.labels = ["app": name]
    service.spec.type = type
    if type == "ExternalName" {
      guard let external = arguments.value(externalName) else {
        throw CommandError("required flag(s) \"external-name\" not set")
      }
      service.spec.externalName = external
    } else {
      service.spec.selector = ["app": name]
    }
    if let ip = arguments.value(clusterIP) { service.spec.clusterIP = ip }
    let given = try arguments.int(nodePort)
    for entry in arguments.values(tcp).flatMap({ $0.split(separator: ",").map(String.init) }) {
      let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
      guard let port = Int(parts[0]) else { throw CommandError("invalid --tcp \(entry): expected PORT[:TARGET]") }
      let target = parts.count == 2 ? parts[1] : parts[0]
      var servicePort = ServicePort(
        name: "\(port)-\(target)", port: port, targetPort: Int(target).map { .int($0) } ?? .string(target))
      servicePort.protocol = "TCP"
      if let given, type == "NodePort" { servicePort.nodePort = given }
      service.spec.ports.append(servicePort)
    }
    if service.spec.ports.isEmpty && type != "ExternalName" && service.spec.clusterIP != "None" {
      throw CommandError("at least one tcp port specifier must be provided")
    }
    return service
  }
}
