import KubeModel

/// Container ids, image ids and image sizes: stable made-up values derived from names, as a runtime would report.
enum ContainerIDs {
  static func id(pod: String, container: String, restart: Int) -> String {
    "containerd://" + ImageNames.hex("\(pod)/\(container)/\(restart)", length: 64)
  }
}

enum ImageNames {
  /// `nginx:1.25` → `docker.io/library/nginx:1.25`.
  static func fullyQualified(_ image: String) -> String {
    var reference = image
    let first = reference.split(separator: "/").first.map(String.init) ?? reference
    let hasRegistry = reference.contains("/") && (first.contains(".") || first.contains(":") || first == "localhost")
    if !hasRegistry {
      reference = reference.contains("/") ? "docker.io/" + reference : "docker.io/library/" + reference
    }
    if ImageReference(reference).tag == nil && ImageReference(reference).digest == nil { reference += ":latest" }
    return reference
  }

  static func imageID(_ image: String) -> String {
    let repository = ImageReference(fullyQualified(image)).repository
    return "\(repository)@sha256:" + hex(image, length: 64)
  }

  /// A plausible image size in bytes (between 5 and 300 MB).
  static func size(_ image: String) -> Int64 {
    5_000_000 + Int64(image.hashValueStable % 295_000_000)
  }

  /// Made-up hexadecimal digits that depend only on `seed`: its FNV-1a hash expanded by SplitMix64.
  static func hex(_ seed: String, length: Int) -> String {
    var hasher = FNV1a()
    hasher.feed(seed)
    var generator = SeededRandom(seed: UInt64(hasher.value) &* 0x9E37_79B9_7F4A_7C15)
    var result = ""
    result.reserveCapacity(length + 16)
    while result.count < length {
      result += String(generator.next(), radix: 16).leftPadded(16)
    }
    return String(result.prefix(length))
  }
}

/// Probe failure messages as the kubelet's probers word them.
enum ProbeMessages {
  static func failure(_ probe: Probe?, podIP: String, beforeUp: Bool) -> String {
    guard let probe else { return "" }
    if let http = probe.httpGet {
      let port = http.port.description
      let host = http.host.isEmpty ? podIP : http.host
      let path = http.path.isEmpty ? "/" : http.path
      let url = "\(http.scheme.isEmpty ? "http" : http.scheme.lowercased())://\(host):\(port)\(path)"
      return beforeUp
        ? "Get \"\(url)\": dial tcp \(host):\(port): connect: connection refused"
        : "HTTP probe failed with statuscode: 500"
    }
    if let tcp = probe.tcpSocket {
      let host = tcp.host.isEmpty ? podIP : tcp.host
      return "dial tcp \(host):\(tcp.port): connect: connection refused"
    }
    if let exec = probe.exec {
      if exec.command.first == "cat", let file = exec.command.last {
        return "cat: can't open '\(file)': No such file or directory"
      }
      return "command \"\(exec.command.joined(separator: " "))\" exited with 1"
    }
    if let grpc = probe.grpc {
      return "timeout: failed to connect service \"\(podIP):\(grpc.port)\" within 1s"
    }
    return ""
  }
}
