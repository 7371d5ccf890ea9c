import KubeModel

/// `curl [OPTIONS] URL`, as the simulator runs it at the prompt or inside a container: the request goes through
/// ``SimulatedHTTP``; the output is the response body (with `-i`/`-I` its status line and headers), or curl's
/// error line and exit code.
enum CurlTool {
  static let silent = FlagSpec("silent", short: "s", value: false, help: "accepted (no progress meter anyway)")
  static let showError = FlagSpec("show-error", short: "S", value: false, help: "accepted")
  static let insecure = FlagSpec("insecure", short: "k", value: false, help: "accept any TLS certificate")
  static let header = FlagSpec("header", short: "H", help: "a request header (only Host is used)")
  static let maxTime = FlagSpec("max-time", short: "m", help: "give up after SECONDS")
  static let connectTimeout = FlagSpec("connect-timeout", help: "give up connecting after SECONDS")
  static let location = FlagSpec("location", short: "L", value: false, help: "follow redirects")
  static let include = FlagSpec("include", short: "i", value: false, help: "print the status line and headers")
  static let head = FlagSpec("head", short: "I", value: false, help: "print only the status line and headers")
  static let fail = FlagSpec("fail", short: "f", value: false, help: "fail on HTTP errors (exit 22)")
  static let request = FlagSpec("request", short: "X", help: "accepted; the simulated servers answer any method")
  static let toolFlags: [FlagSpec] = [
    silent, showError, insecure, header, maxTime, connectTimeout, location, include, head, fail, request,
  ]

  struct Options {
    var url: String
    var hostHeader: String?
    var insecure: Bool
    var follow: Bool
    var include: Bool
    var headOnly: Bool
    var fail: Bool
    var timeout: Int?
  }

  static func options(_ arguments: CommandArguments, url: String?) -> Result<Options, CommandError> {
    guard let url else {
      return .failure(CommandError("curl: try 'curl --help' or 'curl --manual' for more information"))
    }
    let hostHeader = arguments.values(header).compactMap { line -> String? in
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, parts[0].trimmedSpaces.lowercased() == "host" else { return nil }
      return parts[1].trimmedSpaces.lowercased()
    }.last
    let timeout = [arguments.value(connectTimeout), arguments.value(maxTime)].compactMap { $0.flatMap(Double.init) }
      .map { Int($0.rounded(.up)) }.min()
    return .success(
      Options(
        url: url, hostHeader: hostHeader, insecure: arguments.isSet(insecure), follow: arguments.isSet(location),
        include: arguments.isSet(include), headOnly: arguments.isSet(head), fail: arguments.isSet(fail),
        timeout: timeout))
  }

  /// Runs curl with words as typed after `curl`.
  static func run(_ words: [String], client: SimulatedHTTP.Client, in cluster: inout ClusterState) -> ToolOutput {
    let arguments: CommandArguments
    do {
      arguments = try CommandArguments(words, flags: toolFlags)
    } catch {
      return .failure("curl: option \(error.message.split(separator: " ").last ?? ""): is unknown", exitCode: 2)
    }
    return run(arguments, url: arguments.positionals.first, client: client, in: &cluster)
  }

  /// Runs curl with its flags already parsed.
  static func run(
    _ arguments: CommandArguments, url: String?, client: SimulatedHTTP.Client, in cluster: inout ClusterState
  ) -> ToolOutput {
    let options: Options
    switch Self.options(arguments, url: url) {
    case .failure(let error): return .failure(error.message, exitCode: 2)
    case .success(let parsed): options = parsed
    }
    var request: HTTPRequest
    switch HTTPRequest.parse(options.url) {
    case .failure(.unsupportedScheme(let scheme)):
      return .failure("curl: (1) Protocol \"\(scheme)\" not supported", exitCode: 1)
    case .failure(.malformed):
      return .failure("curl: (3) URL rejected: Malformed input to a URL function", exitCode: 3)
    case .success(let parsed): request = parsed
    }
    request.hostHeader = options.hostHeader
    var client = client
    client.insecure = options.insecure
    client.followRedirects = options.follow
    client.timeout = options.timeout
    switch SimulatedHTTP(client: client).perform(request, in: &cluster) {
    case .failure(let code, let message):
      return .failure("curl: (\(code)) \(message)", exitCode: code)
    case .response(let status, let contentType, let body):
      if options.fail && status >= 400 {
        return .failure("curl: (22) The requested URL returned error: \(status)", exitCode: 22)
      }
      var text = ""
      if options.include || options.headOnly {
        text += "HTTP/1.1 \(status) \(HTTPOutcome.reasons[status] ?? "")\n"
        text += "Content-Type: \(contentType)\nContent-Length: \(body.utf8.count)\n"
        if status == 308 { text += "Location: https://\(request.effectiveHost)\(request.target)\n" }
        text += "\n"
      }
      if !options.headOnly { text += body }
      return ToolOutput(stdout: text)
    }
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces and tabs.
  var trimmedSpaces: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
