import KubeModel

/// `config`: the kubeconfig of the simulated cluster, as `kubeadm init` writes `admin.conf` (one cluster
/// `kubernetes`, one user `kubernetes-admin`, one context `kubernetes-admin@kubernetes`). `set-context --current
/// --namespace=NS` changes the namespace every command uses when none is given.
public struct ConfigVerb: Verb {
  public static let name = "config"
  public static let usage = [
    "config set-context --current --namespace=NAMESPACE", "config current-context", "config get-contexts",
    "config view [--minify] [-o jsonpath='{..namespace}']",
  ]
  public static let summary = "Show or change the kubeconfig's context (its namespace)"
  static let current = FlagSpec("current", value: false, help: "the current context")
  static let minify = FlagSpec("minify", value: false, help: "only the current context")
  public static let flags: [FlagSpec] = [.namespace, .output, current, minify]

  static let contextName = "kubernetes-admin@kubernetes"
  static let clusterName = "kubernetes"
  static let userName = "kubernetes-admin"

  enum Action {
    case setNamespace(String?)
    case currentContext
    case getContexts
    case view(jsonPathNamespace: Bool)
  }

  var action: Action

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    let words = arguments.positionals
    switch words.first {
    case "set-context":
      let named = words.dropFirst().first
      guard arguments.isSet(Self.current) || named == Self.contextName else {
        throw CommandError(
          "the simulated kubeconfig has one context: use set-context --current --namespace=NAMESPACE")
      }
      action = .setNamespace(arguments.value(.namespace))
    case "current-context": action = .currentContext
    case "get-contexts": action = .getContexts
    case "view":
      let output = arguments.value(.output)
      guard output == nil || output == "jsonpath={..namespace}" || output == "yaml" else {
        throw CommandError("the simulator prints config view as YAML or with -o jsonpath='{..namespace}'")
      }
      action = .view(jsonPathNamespace: output == "jsonpath={..namespace}")
    default:
      throw CommandError("unknown config command; try: \(Self.usage.joined(separator: ", "))")
    }
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let namespace = simulation.cluster.currentNamespace
    switch action {
    case .setNamespace(let value):
      if let value { simulation.cluster.currentNamespace = value.isEmpty ? "default" : value }
      return CommandResult(output: "Context \"\(Self.contextName)\" modified.\n")
    case .currentContext:
      return CommandResult(output: Self.contextName + "\n")
    case .getContexts:
      let rows = [
        ["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"],
        ["*", Self.contextName, Self.clusterName, Self.userName, namespace == "default" ? "" : namespace],
      ]
      return CommandResult(output: TabWriter.table.format(rows.map { $0.joined(separator: "\t") + "\n" }.joined()))
    case .view(let jsonPath):
      if jsonPath { return CommandResult(output: namespace == "default" ? "" : namespace) }
      let server =
        simulation.cluster.store.nodes.list().first(where: StaticPods.isControlPlane)?.status.addresses
        .first { $0.type == "InternalIP" }?.address ?? "172.18.0.2"
      let namespaceLine = namespace == "default" ? "" : "    namespace: \(namespace)\n"
      return CommandResult(
        output: """
          apiVersion: v1
          clusters:
          - cluster:
              certificate-authority-data: DATA+OMITTED
              server: https://\(server):\(KubernetesService.securePort)
            name: \(Self.clusterName)
          contexts:
          - context:
              cluster: \(Self.clusterName)
          \(namespaceLine)    user: \(Self.userName)
            name: \(Self.contextName)
          current-context: \(Self.contextName)
          kind: Config
          preferences: {}
          users:
          - name: \(Self.userName)
            user:
              client-certificate-data: DATA+OMITTED
              client-key-data: DATA+OMITTED

          """)
    }
  }
}
