import KubeModel

/// kubectl's generators: `create namespace`, `create deployment`, `create configmap`, `create secret generic`.
enum ObjectGenerators {
  static func generate(_ arguments: CommandArguments, namespace: String) throws(CommandError) -> any APIObject {
    let words = arguments.positionals
    guard let kind = words.first else {
      throw CommandError("You must provide one or more resources by argument or filename.")
    }
    func name(at index: Int) throws(CommandError) -> String {
      guard words.count == index + 1 else {
        throw CommandError("exactly one NAME is required, got \(max(0, words.count - index))")
      }
      return words[index]
    }
    switch kind {
    case "namespace", "ns":
      var object = Namespace()
      object.metadata.name = try name(at: 1)
      return object
    case "deployment", "deploy":
      let deploymentName = try name(at: 1)
      let images = arguments.values(CreateVerb.image)
      guard !images.isEmpty else { throw CommandError("required flag(s) \"image\" not set") }
      var deployment = Deployment()
      deployment.metadata.name = deploymentName
      deployment.metadata.namespace = namespace
      deployment.metadata.labels = ["app": deploymentName]
      deployment.spec.replicas = try arguments.int(CreateVerb.replicas) ?? 1
      deployment.spec.selector = LabelSelector(matchLabels: ["app": deploymentName])
      deployment.spec.template.metadata.labels = ["app": deploymentName]
      let port = try arguments.int(CreateVerb.port)
      deployment.spec.template.spec.containers = images.map { image in
        var container = Container(name: ProgramModel.imageName(image), image: image)
        if let port { container.ports = [ContainerPort(containerPort: port)] }
        return container
      }
      return deployment
    case "service", "svc":
      return try ServiceGenerator.generate(arguments, namespace: namespace)
    case "configmap", "cm":
      var configMap = ConfigMap()
      configMap.metadata.name = try name(at: 1)
      configMap.metadata.namespace = namespace
      configMap.data = try literals(arguments)
      return configMap
    case "secret":
      guard words.count > 1, words[1] == "generic" else {
        throw CommandError(
          "the simulation creates generic secrets: create secret generic NAME --from-literal=KEY=VALUE")
      }
      var secret = Secret()
      secret.metadata.name = try name(at: 2)
      secret.metadata.namespace = namespace
      secret.stringData = try literals(arguments)
      return secret
    default:
      throw CommandError("the simulation cannot create \"\(kind)\" from flags; write a manifest and use create -f")
    }
  }

  static func literals(_ arguments: CommandArguments) throws(CommandError) -> [String: String] {
    var data: [String: String] = [:]
    for literal in arguments.values(CreateVerb.fromLiteral) {
      guard let equals = literal.firstIndex(of: "=") else {
        throw CommandError("invalid literal source \(literal), expected key=value")
      }
      data[String(literal[..<equals])] = String(literal[literal.index(after: equals)...])
    }
    return data
  }
}
