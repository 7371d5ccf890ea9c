import KubeModel

/// The simulator's node verbs: `node add` (a machine joins), `node fail` (its kubelet stops), `node recover`.
public struct NodeVerb: Verb {
  public static let name = "node"
  public static let usage = [
    "node add NAME [--cpu 4] [--memory 16Gi] [--pods 110] [--label KEY=VALUE]... [--taint KEY=VALUE:EFFECT]...",
    "node fail NAME", "node recover NAME",
  ]
  public static let summary = "Add a node, or fail and recover a node's kubelet (simulator)"
  static let cpu = FlagSpec("cpu", help: "cores, such as 4 or 3500m")
  static let memory = FlagSpec("memory", help: "memory, such as 16Gi")
  static let pods = FlagSpec("pods", help: "the most pods the node runs")
  static let label = FlagSpec("label", help: "a node label KEY=VALUE (repeatable)")
  static let taint = FlagSpec("taint", help: "a taint KEY[=VALUE]:EFFECT (repeatable)")
  static let role = FlagSpec("role", help: "a role label node-role.kubernetes.io/ROLE")
  public static let flags: [FlagSpec] = [cpu, memory, pods, label, taint, role]

  enum Action: Sendable {
    case add(NodeSpecification)
    case fail(String)
    case recover(String)
  }

  var action: Action

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    let words = arguments.positionals
    guard words.count == 2 else {
      throw CommandError("usage: node add NAME [flags] | node fail NAME | node recover NAME")
    }
    let name = words[1]
    switch words[0] {
    case "add":
      var specification = NodeSpecification(name: name)
      if let problem = NameValidation.dns1123Subdomain(name).first {
        throw CommandError("invalid node name \"\(name)\": \(problem)")
      }
      specification.cpu = try Self.quantity(arguments.value(Self.cpu) ?? "4", flag: "cpu")
      specification.memory = try Self.quantity(arguments.value(Self.memory) ?? "16Gi", flag: "memory")
      specification.pods = try arguments.int(Self.pods) ?? 110
      guard specification.pods > 0 else { throw CommandError("--pods must be at least 1") }
      for text in arguments.values(Self.label) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw CommandError("invalid label \"\(text)\": expected KEY=VALUE") }
        if let problem =
          (LabelValidation.validateKey(String(parts[0])) + LabelValidation.validateValue(String(parts[1]))).first
        {
          throw CommandError("invalid label \"\(text)\": \(problem)")
        }
        specification.labels[String(parts[0])] = String(parts[1])
      }
      if let role = arguments.value(Self.role) { specification.labels["node-role.kubernetes.io/\(role)"] = "" }
      for text in arguments.values(Self.taint) {
        guard let taint = Self.parseTaint(text) else {
          throw CommandError("invalid taint spec: \(text), expected KEY[=VALUE]:NoSchedule|PreferNoSchedule|NoExecute")
        }
        specification.taints.append(taint)
      }
      action = .add(specification)
    case "fail": action = .fail(name)
    case "recover": action = .recover(name)
    default: throw CommandError("unknown command \"\(words[0])\" for \"node\": use add, fail or recover")
    }
  }

  static func quantity(_ text: String, flag: String) throws(CommandError) -> Quantity {
    do {
      let quantity = try Quantity(parsing: text)
      guard quantity > .zero else { throw CommandError("--\(flag) must be positive") }
      return quantity
    } catch let error as CommandError {
      throw error
    } catch {
      throw CommandError("invalid --\(flag) \"\(text)\": \(error)")
    }
  }

  /// `key=value:Effect` or `key:Effect`, as `kubectl taint` spells taints.
  static func parseTaint(_ text: String) -> Taint? {
    guard let colon = text.lastIndex(of: ":") else { return nil }
    let effect = String(text[text.index(after: colon)...])
    guard ["NoSchedule", "PreferNoSchedule", "NoExecute"].contains(effect) else { return nil }
    let keyValue = text[..<colon].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    guard let key = keyValue.first, !key.isEmpty else { return nil }
    return Taint(key: String(key), value: keyValue.count > 1 ? String(keyValue[1]) : "", effect: effect)
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    switch action {
    case .add(let specification):
      do {
        try simulation.cluster.create(specification.node())
        return CommandResult(output: "node/\(specification.name) created\n")
      } catch {
        return CommandResult(error: error.description)
      }
    case .fail(let name):
      guard simulation.cluster.store.nodes["", name] != nil else {
        return CommandResult(error: APIError.notFound(ResourceRegistry.node, name).description)
      }
      guard !simulation.cluster.nodeRuntime(name).isFailed else {
        return CommandResult(error: "error: node \(name) has already failed")
      }
      simulation.cluster.failNode(name)
      return CommandResult(output: "node/\(name) failed: its kubelet stopped posting status\n")
    case .recover(let name):
      guard simulation.cluster.store.nodes["", name] != nil else {
        return CommandResult(error: APIError.notFound(ResourceRegistry.node, name).description)
      }
      guard simulation.cluster.nodeRuntime(name).isFailed else {
        return CommandResult(error: "error: node \(name) has not failed")
      }
      simulation.cluster.recoverNode(name)
      return CommandResult(output: "node/\(name) recovered: its kubelet is posting status again\n")
    }
  }
}

/// A node to add: its size, labels and taints.
public struct NodeSpecification: Sendable {
  public var name: String
  public var cpu = Quantity.cpu(milli: 4000)
  public var memory = Quantity.bytes(16 * 1024 * 1024 * 1024)
  public var pods = 110
  public var labels: [String: String] = [:]
  public var taints: [Taint] = []

  public init(name: String) { self.name = name }

  /// The Node object as a kubelet registers it: well-known labels, capacity; the cluster fills in the rest.
  public func node() -> Node {
    var node = Node()
    node.metadata.name = name
    node.metadata.labels = [
      "kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
      "beta.kubernetes.io/os": "linux", "beta.kubernetes.io/arch": "amd64",
    ].merging(labels) { _, given in given }
    node.spec.taints = taints
    node.status.capacity = [
      "cpu": cpu, "memory": memory, "pods": Quantity(milli: Int64(pods) * 1000, format: .decimalSI),
    ]
    return node
  }
}

extension ClusterState {
  /// Stops a node's kubelet: no more heartbeats. The node lifecycle controller notices after its grace period.
  public mutating func failNode(_ name: String) {
    var runtime = nodeRuntime(name)
    runtime.failedAt = now
    nodeRuntimes[name] = runtime
    enqueue(.nodeLifecycle, ObjectKey(namespace: "", name: name))
    enqueue(.kubelet, ObjectKey(namespace: "", name: name))
  }

  /// Starts a failed node's kubelet again.
  public mutating func recoverNode(_ name: String) {
    var runtime = nodeRuntime(name)
    runtime.failedAt = nil
    runtime.runningSince = now
    nodeRuntimes[name] = runtime
    enqueue(.nodeLifecycle, ObjectKey(namespace: "", name: name))
    enqueue(.kubelet, ObjectKey(namespace: "", name: name))
  }
}
