/// A URL as curl reads it: `[scheme://]host[:port][/path][?query]`, http by default.
struct HTTPRequest: Equatable, Sendable {
  var scheme: String
  var host: String
  var port: Int
  /// The path and query, as the request line carries them.
  var target: String
  /// The `Host` header, when `-H 'Host: …'` overrides the URL's host.
  var hostHeader: String?

  /// The path alone, for routing.
  var path: String { String(target.prefix { $0 != "?" }) }

  /// The `Host` header sent.
  var effectiveHost: String { hostHeader ?? host }

  enum ParseError: Error, Equatable {
    case unsupportedScheme(String)
    case malformed
  }

  static func parse(_ url: String) -> Result<HTTPRequest, ParseError> {
    var rest = Substring(url)
    var scheme = "http"
    if let range = rest.range(of: "://") {
      scheme = rest[..<range.lowerBound].lowercased()
      rest = rest[range.upperBound...]
    }
    guard scheme == "http" || scheme == "https" else { return .failure(.unsupportedScheme(scheme)) }
    let authority = rest.prefix { $0 != "/" && $0 != "?" }
    var target = String(rest.dropFirst(authority.count))
    if target.isEmpty || target.hasPrefix("?") { target = "/" + target }
    var hostPort = authority
    if let at = hostPort.lastIndex(of: "@") { hostPort = hostPort[hostPort.index(after: at)...] }
    var host = String(hostPort)
    var port = scheme == "https" ? 443 : 80
    if let colon = hostPort.lastIndex(of: ":") {
      host = String(hostPort[..<colon])
      guard let number = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(number) else {
        return .failure(.malformed)
      }
      port = number
    }
    guard !host.isEmpty else { return .failure(.malformed) }
    return .success(HTTPRequest(scheme: scheme, host: host.lowercased(), port: port, target: target))
  }
}

/// What curl ends with: a response, or one of its errors (`curl: (7) …`).
enum HTTPOutcome: Equatable, Sendable {
  case response(status: Int, contentType: String, body: String)
  case failure(code: Int, message: String)

  static let reasons = [
    200: "OK", 308: "Permanent Redirect", 404: "Not Found", 502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
  ]

  /// ingress-nginx's own error pages.
  static func nginxPage(_ status: Int) -> HTTPOutcome {
    let title = "\(status) \(reasons[status] ?? "")"
    let body =
      "<html>\n<head><title>\(title)</title></head>\n<body>\n<center><h1>\(title)</h1></center>\n"
      + "<hr><center>nginx</center>\n</body>\n</html>\n"
    return .response(status: status, contentType: "text/html", body: body)
  }
}
