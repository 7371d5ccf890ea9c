import KubeModel

/// What a container's command evidently does, so tutorial pods and jobs behave as they read: `sleep 30` runs 30 s,
/// `echo hi` prints hi and ends at once, `sh -c "...; exit 1"` fails with 1, a `while true` loop prints forever,
/// `perl -Mbignum=bpi -wle 'print bpi(2000)'` prints pi. Anything not evidently finite is a long-running server.
enum ProgramModel {
  /// Images whose default command is a shell or interpreter that exits at once without a terminal.
  static let exitingImages: Set<String> = [
    "busybox", "alpine", "ubuntu", "debian", "centos", "fedora", "bash", "python", "perl", "node", "ruby",
    "golang", "rockylinux", "almalinux", "amazonlinux", "archlinux", "opensuse", "openjdk", "eclipse-temurin",
  ]

  /// Adjusts `behavior` for what the command (or, without one, the image's default command) does.
  /// `environment` expands `$VAR` in echoed text.
  static func apply(
    image: String, command: [String], args: [String], environment: [String: String],
    to behavior: inout ContainerBehavior
  ) {
    // Only flags as `args` (`-conf /etc/coredns/Corefile`) are arguments to the image's own entrypoint.
    let argv = command.isEmpty && args.first?.hasPrefix("-") == true ? [imageName(image)] + args : command + args
    guard let program = argv.first else {
      let name = imageName(image)
      if name == "hello-world" {
        finish(
          &behavior, after: .milliseconds(50), code: 0,
          output: [
            "", "Hello from Docker!",
            "This message shows that your installation appears to be working correctly.", "",
          ])
      } else if exitingImages.contains(name) {
        finish(&behavior, after: .milliseconds(100), code: 0, output: [])
      } else {
        behavior.startupOutput = ServerLogs.startup(for: name)
      }
      return
    }
    let base = program.split(separator: "/").last.map(String.init) ?? program
    switch base {
    case "sh", "bash", "ash", "dash", "zsh":
      if let flag = argv.firstIndex(where: { $0 == "-c" || $0 == "-ec" || $0 == "-xc" }), flag + 1 < argv.count {
        ShellScript(argv[flag + 1], environment: environment).apply(to: &behavior)
      } else {
        finish(&behavior, after: .milliseconds(100), code: 0, output: [])
      }
    case "perl", "python", "python3", "ruby", "node":
      ScriptedInterpreter.apply(argv, to: &behavior)
    default:
      SimpleCommand(argv, environment: environment).apply(to: &behavior, standalone: true)
    }
  }

  /// `docker.io/library/nginx:1.25` → `nginx`.
  static func imageName(_ image: String) -> String {
    let repository = ImageReference(image).repository
    return repository.split(separator: "/").last.map(String.init) ?? repository
  }

  static func finish(_ behavior: inout ContainerBehavior, after: SimDuration, code: Int, output: [String]) {
    behavior.exitsAfter = after
    behavior.exitCode = code
    behavior.startupOutput = output
    behavior.readyAfter = .milliseconds(0)
  }
}

/// One simple command (`echo hi`, `sleep 5`, `exit 1`) and what it does to the program's course.
struct SimpleCommand {
  enum Effect {
    case output([String])
    case wait(SimDuration?)
    case exit(Int)
    case status(Int)
    case runsForever
    case nothing
  }

  let words: [String]
  let environment: [String: String]

  init(_ words: [String], environment: [String: String]) {
    self.words = words
    self.environment = environment
  }

  /// Programs that serve until stopped.
  static let servers: Set<String> = [
    "nginx", "httpd", "apache2", "redis-server", "mysqld", "postgres", "mongod", "memcached", "java", "gunicorn",
    "uvicorn", "flask", "npm", "yarn", "dotnet", "envoy", "haproxy", "caddy", "traefik", "etcd", "kube-apiserver",
    "kube-controller-manager", "kube-scheduler", "kube-proxy", "coredns", "pause", "fluentd", "fluent-bit",
    "prometheus", "grafana-server", "docker-entrypoint.sh", "/docker-entrypoint.sh", "agnhost", "tail", "top",
    "nc", "socat", "sshd", "cron", "crond", "rabbitmq-server", "zkServer.sh", "cassandra", "elasticsearch",
  ]

  var effect: Effect {
    guard let program = words.first else { return .nothing }
    let base = program.split(separator: "/").last.map(String.init) ?? program
    let arguments = Array(words.dropFirst())
    switch base {
    case "echo":
      var parts = arguments
      var newline = true
      while let first = parts.first, first.hasPrefix("-"), first.count > 1,
        first.dropFirst().allSatisfy({ "neE".contains($0) })
      {
        if first.contains("n") { newline = false }
        parts.removeFirst()
      }
      let text = expand(parts.joined(separator: " "))
      return .output(newline ? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) : [text])
    case "printf":
      return .output([expand(arguments.first ?? "").replacingEscapes])
    case "sleep":
      guard let argument = arguments.first else { return .status(1) }
      if argument == "infinity" { return .wait(nil) }
      return .wait(Self.sleepDuration(argument))
    case "exit":
      return .exit(Int(arguments.first ?? "0") ?? 0)
    case "true", ":": return .status(0)
    case "false": return .status(1)
    case "date": return .output(["$(date)"])
    case "printenv", "env":
      if let name = arguments.first, base == "printenv" { return .output(environment[name].map { [$0] } ?? []) }
      return .output(environment.keys.sorted().map { "\($0)=\(environment[$0]!)" })
    case "hostname": return .output(["$(hostname)"])
    case "tail" where arguments.contains("-f") || arguments.contains("-F"): return .runsForever
    case "exec": return SimpleCommand(arguments, environment: environment).effect
    default:
      if Self.servers.contains(base) || Self.servers.contains(program) { return .runsForever }
      return .status(0)
    }
  }

  /// A command run directly as the container's process (not under a shell).
  func apply(to behavior: inout ContainerBehavior, standalone: Bool) {
    switch effect {
    case .output(let lines): ProgramModel.finish(&behavior, after: .milliseconds(50), code: 0, output: lines)
    case .wait(let duration):
      // `sleep` as PID 1 has no SIGTERM handler, so it is killed at the end of the grace period.
      behavior.stopsOnSigterm = false
      behavior.readyAfter = .milliseconds(0)
      if let duration {
        behavior.exitsAfter = duration
        behavior.exitCode = 0
      }
    case .exit(let code), .status(let code):
      ProgramModel.finish(&behavior, after: .milliseconds(50), code: code, output: [])
    case .runsForever:
      behavior.startupOutput = ServerLogs.startup(for: ProgramModel.imageName(words.first ?? ""))
    case .nothing:
      break
    }
  }

  static func sleepDuration(_ text: String) -> SimDuration? {
    if let seconds = Double(text) { return .milliseconds(Int64(seconds * 1000)) }
    let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
    if let unit = text.last, let scale = units[unit], let value = Double(text.dropLast()) {
      return .milliseconds(Int64(value * scale * 1000))
    }
    return nil
  }

  /// `$VAR` and `${VAR}` from the container's environment; unknown variables expand to nothing, as in a shell.
  func expand(_ text: String) -> String {
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      guard character == "$" else {
        result.append(character)
        index = text.index(after: index)
        continue
      }
      let next = text.index(after: index)
      if next < text.endIndex, text[next] == "(" {
        // Command substitution is kept for the log writer, which knows the time ($(date), $(hostname)).
        if let close = text[next...].firstIndex(of: ")") {
          result += text[index...close]
          index = text.index(after: close)
          continue
        }
      }
      var nameEnd = next
      var name = ""
      if next < text.endIndex, text[next] == "{", let close = text[next...].firstIndex(of: "}") {
        name = String(text[text.index(after: next)..<close])
        nameEnd = text.index(after: close)
      } else {
        while nameEnd < text.endIndex, text[nameEnd].isLetter || text[nameEnd].isNumber || text[nameEnd] == "_" {
          nameEnd = text.index(after: nameEnd)
        }
        name = String(text[next..<nameEnd])
      }
      if name.isEmpty {
        result.append("$")
        index = next
      } else {
        result += environment[name] ?? (name == "HOSTNAME" ? "$(hostname)" : "")
        index = nameEnd
      }
    }
    return result
  }
}

extension String {
  /// `\n` and `\t` as printf understands them.
  var replacingEscapes: String {
    var result = ""
    var escaped = false
    for character in self {
      if escaped {
        switch character {
        case "n": result.append("\n")
        case "t": result.append("\t")
        default: result.append(character)
        }
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    return result.hasSuffix("\n") ? String(result.dropLast()) : result
  }
}
