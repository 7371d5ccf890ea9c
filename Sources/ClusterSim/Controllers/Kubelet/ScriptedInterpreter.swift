import KubeModel

/// Interpreters given a one-line program (`perl -e`, `python -c`): they print and exit; the perl pi example of the
/// Kubernetes Job docs prints pi to the digits asked for.
enum ScriptedInterpreter {
  static func apply(_ argv: [String], to behavior: inout ContainerBehavior) {
    let program = argv.dropFirst().joined(separator: " ")
    guard argv.count > 1, program.contains("print") || program.contains("-e") || program.contains("-c") else {
      ProgramModel.finish(&behavior, after: .milliseconds(100), code: 0, output: [])
      return
    }
    if let range = program.firstRange(of: "bpi(") {
      let digits = Int(program[range.upperBound...].prefix { $0.isNumber }) ?? 100
      let count = min(max(digits, 1), 5000)
      // bignum's bpi(n) takes seconds for thousands of digits; the simulated time grows with n.
      ProgramModel.finish(
        &behavior, after: .milliseconds(Int64(2000 + count * 4)), code: 0, output: [PiDigits.text(count)])
      return
    }
    if let exit = program.firstRange(of: "exit(") ?? program.firstRange(of: "sys.exit(") {
      let code = Int(program[exit.upperBound...].prefix { $0.isNumber }) ?? 0
      ProgramModel.finish(&behavior, after: .milliseconds(100), code: code, output: [])
      return
    }
    var output: [String] = []
    var rest = Substring(program)
    while let start = rest.firstRange(of: "print") {
      rest = rest[start.upperBound...]
      if let open = rest.firstIndex(where: { $0 == "\"" || $0 == "'" }) {
        let quote = rest[open]
        let after = rest.index(after: open)
        if let close = rest[after...].firstIndex(of: quote) {
          output.append(String(rest[after..<close]))
          rest = rest[rest.index(after: close)...]
        }
      }
    }
    ProgramModel.finish(&behavior, after: .milliseconds(200), code: 0, output: output)
  }
}

/// Decimal digits of pi by a spigot algorithm (Rabinowitz–Wagon), printed as perl's `bpi(n)` prints them.
enum PiDigits {
  static func text(_ count: Int) -> String {
    let length = count * 10 / 3 + 2
    var remainders = Array(repeating: 2, count: length)
    var digits: [Int] = []
    var predigits: [Int] = []
    for _ in 0..<(count + 1) {
      var carry = 0
      for index in stride(from: length - 1, through: 0, by: -1) {
        let value = remainders[index] * 10 + carry * (index + 1)
        let denominator = 2 * index + 1
        remainders[index] = value % denominator
        carry = value / denominator
      }
      remainders[0] = carry % 10
      let digit = carry / 10
      if digit == 9 {
        predigits.append(digit)
      } else if digit == 10 {
        digits += predigits.map { ($0 + 1) % 10 }
        digits.append(0)
        predigits = []
      } else {
        digits += predigits
        predigits = [digit]
      }
    }
    digits += predigits
    let all = digits.drop { $0 == 0 }.prefix(count)
    guard let first = all.first else { return "3" }
    return "\(first)." + all.dropFirst().map(String.init).joined()
  }
}

/// A few plausible start-up lines of well-known servers, for `logs`.
enum ServerLogs {
  static func startup(for name: String) -> [String] { known[name] ?? [] }

  /// Kept once, so the containers of an image share the lines.
  static let known: [String: [String]] = [
    "nginx": [
      "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
      "/docker-entrypoint.sh: Configuration complete; ready for start up",
      "$(nginxdate) [notice] 1#1: nginx/1.27.3", "$(nginxdate) [notice] 1#1: start worker processes",
    ],
    "redis": ["1:C * Redis is starting oO0OoO0OoO0Oo", "1:M * Ready to accept connections tcp"],
    "redis-server": ["1:C * Redis is starting oO0OoO0OoO0Oo", "1:M * Ready to accept connections tcp"],
    "httpd": [
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name",
      "[mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations",
    ],
    "postgres": ["LOG:  database system is ready to accept connections"],
    "mysql": ["[Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.3'  port: 3306"],
    "mysqld": ["[Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.3'  port: 3306"],
  ]
}
