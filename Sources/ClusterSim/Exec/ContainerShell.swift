import KubeModel

/// The programs `kubectl exec POD -- COMMAND` can run in a simulated container: `env`, `printenv`, `cat`, `ls`,
/// `hostname`, `echo`, `curl`, `wget`, `nslookup`, and `sh -c '…'` running those (with `$VAR` expansion, `;`,
/// `&&` and `| grep`). Anything else is not found in the container's `$PATH`, as the runtime reports it.
struct ContainerShell {
  var pod: Pod
  var container: Container

  func run(_ words: [String], in cluster: inout ClusterState) -> ToolOutput {
    guard let program = words.first else {
      return .failure("error: you must specify at least one command for the container", exitCode: 1)
    }
    let arguments = Array(words.dropFirst())
    let name = program.split(separator: "/").last.map(String.init) ?? program
    switch name {
    case "env":
      return ToolOutput(stdout: environment(in: cluster).map { "\($0.name)=\($0.value)\n" }.joined())
    case "printenv":
      let variables = environment(in: cluster)
      guard !arguments.isEmpty else { return ToolOutput(stdout: variables.map { "\($0.name)=\($0.value)\n" }.joined()) }
      var output = ToolOutput()
      for argument in arguments {
        if let found = variables.last(where: { $0.name == argument }) {
          output.stdout += found.value + "\n"
        } else {
          output.exitCode = 1
        }
      }
      return output
    case "cat": return cat(arguments, in: cluster)
    case "ls": return ls(arguments, in: cluster)
    case "hostname":
      return ToolOutput(stdout: (pod.spec.hostname.isEmpty ? pod.metadata.name : pod.spec.hostname) + "\n")
    case "echo": return ToolOutput(stdout: arguments.joined(separator: " ") + "\n")
    case "true": return ToolOutput()
    case "false": return ToolOutput(exitCode: 1)
    case "curl":
      return CurlTool.run(arguments, client: client, in: &cluster)
    case "wget": return wget(arguments, in: &cluster)
    case "nslookup": return NslookupTool.run(arguments, namespace: pod.metadata.namespace, in: &cluster)
    case "sh", "bash", "ash":
      guard arguments.first == "-c", arguments.count >= 2 else {
        return .failure(
          "the simulator runs one command at a time: use exec POD -- COMMAND, or \(name) -c 'COMMAND'", exitCode: 1)
      }
      return script(arguments[1], in: &cluster)
    default:
      return .failure(
        "OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(program)\": "
          + "executable file not found in $PATH: unknown", exitCode: 126)
    }
  }

  var client: SimulatedHTTP.Client {
    SimulatedHTTP.Client(namespace: pod.metadata.namespace, address: pod.status.podIP, pod: pod)
  }

  func environment(in cluster: ClusterState) -> [EnvironmentEntry] {
    StartedEnvironment.variables(of: pod, container: container.name, in: cluster)
  }

  func cat(_ paths: [String], in cluster: ClusterState) -> ToolOutput {
    let files = ContainerFiles(pod: pod, container: container, in: cluster)
    var output = ToolOutput()
    for path in paths {
      switch files.entry(path) {
      case .file(let content): output.stdout += content
      case .directory:
        output.stderr += "cat: \(path): Is a directory\n"
        output.exitCode = 1
      case nil:
        output.stderr += "cat: \(path): No such file or directory\n"
        output.exitCode = 1
      }
    }
    return output
  }

  func ls(_ arguments: [String], in cluster: ClusterState) -> ToolOutput {
    let files = ContainerFiles(pod: pod, container: container, in: cluster)
    let paths = arguments.filter { !$0.hasPrefix("-") }
    var output = ToolOutput()
    for path in paths.isEmpty ? ["/"] : paths {
      switch files.entry(path) {
      case .file: output.stdout += path + "\n"
      case .directory(let names):
        if paths.count > 1 { output.stdout += "\(path):\n" }
        output.stdout += names.map { $0 + "\n" }.joined()
      case nil:
        output.stderr += "ls: cannot access '\(path)': No such file or directory\n"
        output.exitCode = 2
      }
    }
    return output
  }

  /// busybox `wget`: `-qO-` / `-O -` print the body; otherwise it is saved to a file.
  func wget(_ arguments: [String], in cluster: inout ClusterState) -> ToolOutput {
    var toStdout = false
    var quiet = false
    var url: String?
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if word == "-O" || word == "--output-document" {
        toStdout = index < arguments.count && arguments[index] == "-"
        index += 1
      } else if word.hasPrefix("-") && word.count > 1 && !word.hasPrefix("--") {
        quiet = quiet || word.contains("q")
        if word.hasSuffix("O-") { toStdout = true }
        if word.hasSuffix("O") && index < arguments.count {
          toStdout = arguments[index] == "-"
          index += 1
        }
      } else if !word.hasPrefix("-") {
        url = word
      }
    }
    guard let url else {
      return .failure(
        "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [-O FILE] URL", exitCode: 1)
    }
    let result = CurlTool.run([url], client: client, in: &cluster)
    guard result.exitCode == 0 else {
      let host = HTTPRequest.parse(url).map(\.host).get(or: url)
      switch result.exitCode {
      case 6: return .failure("wget: bad address '\(host)'", exitCode: 1)
      case 7: return .failure("wget: can't connect to remote host: Connection refused", exitCode: 1)
      case 28: return .failure("wget: download timed out", exitCode: 1)
      default: return .failure("wget: " + result.stderr.trimmedSpaces, exitCode: 1)
      }
    }
    if toStdout { return ToolOutput(stdout: result.stdout, stderr: quiet ? "" : "writing to stdout\n") }
    return ToolOutput(stderr: quiet ? "" : "saving to 'index.html'\n'index.html' saved\n")
  }

  /// `sh -c 'SCRIPT'`: commands separated by `;` or `&&`, each possibly piped into grep, with `$VAR` and
  /// `${VAR}` taken from the container's environment.
  func script(_ text: String, in cluster: inout ClusterState) -> ToolOutput {
    let values = Dictionary(environment(in: cluster).map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    let expanded = Self.expand(text, values)
    let words: [String]
    do {
      words = try CommandTokenizer.shellWords(expanded)
    } catch {
      return .failure("sh: syntax error: \(error.message)", exitCode: 2)
    }
    var output = ToolOutput()
    func runCommand(_ words: [String]) -> Bool {
      guard !words.isEmpty else { return true }
      var result: ToolOutput
      switch OutputFilter.split(words) {
      case .failure(let error): result = .failure("sh: \(error.message)", exitCode: 2)
      case .success(let (plain, filter)):
        result = run(plain, in: &cluster)
        if let filter {
          result.stdout = filter.apply(result.stdout)
          result.exitCode = result.stdout.isEmpty ? 1 : result.exitCode
        }
      }
      output.stdout += result.stdout
      output.stderr += result.stderr
      output.exitCode = result.exitCode
      return result.exitCode == 0
    }
    var command: [String] = []
    var connector = ";"
    var lastSucceeded = true
    for word in words + [";"] {
      guard word == ";" || word == "&&" else {
        command.append(word)
        continue
      }
      if connector == ";" || lastSucceeded { lastSucceeded = runCommand(command) }
      command = []
      connector = word
    }
    return output
  }

  /// `$NAME` and `${NAME}` from the environment (unset names expand to nothing).
  static func expand(_ text: String, _ values: [String: String]) -> String {
    var result = ""
    var characters = Array(text)[...]
    var inSingleQuotes = false
    while let character = characters.popFirst() {
      if character == "'" { inSingleQuotes.toggle() }
      guard character == "$", !inSingleQuotes, let next = characters.first else {
        result.append(character)
        continue
      }
      var name = ""
      if next == "{" {
        characters.removeFirst()
        while let letter = characters.popFirst(), letter != "}" { name.append(letter) }
      } else {
        while let letter = characters.first, letter.isLetter || letter.isNumber || letter == "_" {
          name.append(letter)
          characters.removeFirst()
        }
        if name.isEmpty {
          result.append(character)
          continue
        }
      }
      result += values[name] ?? ""
    }
    return result
  }
}

extension Result {
  func get(or fallback: Success) -> Success {
    if case .success(let value) = self { return value }
    return fallback
  }
}
