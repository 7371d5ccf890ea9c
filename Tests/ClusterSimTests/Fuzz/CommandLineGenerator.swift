import ClusterSim

/// Random command lines from the command language's own vocabulary — every verb, flag and subcommand, the kinds,
/// the names in the sample cluster — mixed with values of the wrong kind and junk, quoted or not.
struct CommandLineGenerator {
  /// Names of objects that exist in the cluster (pods change, so the caller passes them in).
  var names: [String]

  static let verbs = CommandParser.verbs.map { $0.name }.filter { $0 != "save" }
  static let flags = CommandParser.verbs.flatMap { $0.flags }
  static let subcommands = [
    "image", "status", "history", "undo", "restart", "pause", "resume", "add", "fail", "recover", "namespace",
    "deployment", "configmap", "secret", "generic", "ns", "cm", "all", "env",
  ]
  static let types = [
    "pods", "pod", "po", "deploy", "deployments", "deployment.apps", "rs", "replicaset", "svc", "service", "nodes",
    "node", "ns", "cm", "secrets", "jobs", "cronjobs", "ds", "sts", "ing", "pv", "pvc", "events", "ep", "widgets",
    "pods,deploy", "all", "rc", "quota", "limits",
  ]
  static let fixedNames = [
    "web", "worker-1", "worker-2", "worker-3", "control-plane", "nosuch", "default", "kube-system", "shop", "n4",
  ]
  static let assignments = [
    "web=nginx:1.28", "web=nginx:1.27", "web=broken:0", "*=busybox", "app=web", "app-", "tier=db", "a=b", "=",
    "web=", "app=other", "x=y=z", "key-", "-",
  ]
  static let values = [
    "0", "1", "2", "3", "5", "-1", "2147483648", "abc", "1s", "30s", "5m", "20m", "-1h", "10x", "wide", "yaml", "json",
    "name", "xml", "app=web", "app in (web)", "!app", "bad=(", "true", "false", "background", "orphan", "foreground",
    "nginx:1.28", "busybox", "2Gi", "500m", "", "web.yaml", "missing.yaml", ".", "kube-system", "default", "web",
    "gpu=true:NoSchedule", "role=db", "1e400", "😀",
  ]
  static let junkCharacters = Array("abc-_=/.,:*!'\"\\ $(){}[]#\t😀é\u{0}\u{7}\u{1B}")

  /// Commands a user would type, with `{pod}`, `{node}`, `{type}`, `{name}`, `{n}`, `{image}` and `{duration}` to
  /// fill in: they keep the cluster moving, so the broken lines meet a cluster in many states.
  static let templates = [
    "get {type}", "get {type} {name} -o {format}", "get pods -A -o wide", "describe {type}/{name}",
    "describe pod {pod}", "scale deploy/web --replicas={n}", "set image deploy/web web={image}",
    "rollout status deploy/web --timeout={duration}", "rollout history deploy/web", "rollout undo deploy/web",
    "rollout restart deploy/web", "rollout pause deploy/web", "rollout resume deploy/web", "label {type} {name} a=b",
    "label pod {pod} app- --overwrite", "annotate deploy web note=x --overwrite", "cordon {node}", "uncordon {node}",
    "drain {node} --ignore-daemonsets --force --delete-emptydir-data", "advance {duration}", "node add {newnode}",
    "node fail {node}", "node recover {node}", "crash pod/{pod}", "logs {pod} --previous", "logs {pod}",
    "delete pod {pod}", "delete pod {pod} --grace-period=0 --force", "delete {type} {name}",
    "create deployment api --image={image} --replicas={n}", "create namespace shop", "apply -f web.yaml",
    "apply -f .", "delete -f web.yaml", "create configmap settings --from-literal=a=b", "delete deploy --all",
  ]

  mutating func line(using random: inout SeededGenerator) -> String {
    var words: [String]
    if random.chance(0.6) {
      words = fill(random.pick(Self.templates), using: &random).split(separator: " ").map(String.init)
      // Break some of them: a token dropped, replaced or added.
      if random.chance(0.4) {
        let index = Int.random(in: 0..<words.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0 where words.count > 1: words.remove(at: index)
        case 1: words[index] = token(using: &random)
        default: words.insert(token(using: &random), at: index + 1)
        }
      }
    } else {
      words = [random.chance(0.92) ? random.pick(Self.verbs) : junk(using: &random)]
      for _ in 0..<Int.random(in: 0...6, using: &random) { words.append(token(using: &random)) }
    }
    if random.chance(0.05) { words.insert("kubectl", at: 0) }
    return words.joined(separator: " ")
  }

  func fill(_ template: String, using random: inout SeededGenerator) -> String {
    var line = template
    let fills: [(String, [String])] = [
      ("{pod}", names.isEmpty ? ["nosuch"] : names), ("{node}", ["worker-1", "worker-2", "worker-3", "nosuch"]),
      ("{newnode}", ["worker-4", "worker-5", "gpu-1"]), ("{type}", ["pods", "deploy", "rs", "svc", "nodes", "cm"]),
      ("{name}", ["web", "nosuch", "worker-1", "api"]), ("{n}", ["0", "1", "2", "3", "5", "8"]),
      ("{image}", ["nginx:1.28", "nginx:1.27", "busybox", "broken:0", "nginx:does-not-exist"]),
      ("{duration}", ["1s", "10s", "30s", "2m", "5m"]), ("{format}", ["wide", "yaml", "json", "name"]),
    ]
    for (placeholder, choices) in fills {
      while let range = line.range(of: placeholder) { line.replaceSubrange(range, with: random.pick(choices)) }
    }
    return line
  }

  func token(using random: inout SeededGenerator) -> String {
    let roll = Int.random(in: 0..<100, using: &random)
    let word: String
    switch roll {
    case 0..<12: word = random.pick(Self.subcommands)
    case 12..<30: word = random.pick(Self.types)
    case 30..<45:
      word = random.chance(0.5) ? random.pick(Self.fixedNames) : random.pick(names.isEmpty ? ["web"] : names)
    case 45..<57:
      let name = random.chance(0.5) ? random.pick(Self.fixedNames) : random.pick(names.isEmpty ? ["web"] : names)
      word = random.pick(Self.types) + "/" + name
    case 57..<65: word = random.pick(Self.assignments)
    case 65..<92: word = flag(using: &random)
    default: word = junk(using: &random)
    }
    return random.chance(0.1) ? quote(word, using: &random) : word
  }

  func flag(using random: inout SeededGenerator) -> String {
    let spec = random.pick(Self.flags)
    let value = random.pick(Self.values)
    if let short = spec.shorthand, random.chance(0.4) {
      guard spec.takesValue else { return "-\(short)" }
      return random.chance(0.5) ? "-\(short) \(quote(value, using: &random))" : "-\(short)\(value)"
    }
    guard spec.takesValue || random.chance(0.2) else { return "--\(spec.name)" }
    return random.chance(0.5) ? "--\(spec.name)=\(value)" : "--\(spec.name) \(quote(value, using: &random))"
  }

  func junk(using random: inout SeededGenerator) -> String {
    String((0..<Int.random(in: 1...8, using: &random)).map { _ in random.pick(Self.junkCharacters) })
  }

  /// Single or double quotes, sometimes left open.
  func quote(_ word: String, using random: inout SeededGenerator) -> String {
    let mark = random.chance(0.5) ? "'" : "\""
    guard random.chance(0.9) else { return mark + word }
    return mark + word.replacingOccurrences(of: mark, with: "") + mark
  }
}
