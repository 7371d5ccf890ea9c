import KubeModel

/// `nslookup NAME`, as the `dnsutils` image prints it, answered by ``ClusterDNS`` for a pod of `namespace`.
/// CoreDNS's `loadbalance` plugin rotates the order of multiple addresses from one answer to the next.
enum NslookupTool {
  static func run(_ words: [String], namespace: String, in cluster: inout ClusterState) -> ToolOutput {
    let names = words.filter { !$0.hasPrefix("-") }
    guard let query = names.first else {
      return .failure("usage: nslookup NAME [SERVER]", exitCode: 1)
    }
    let server = ClusterDNS.server
    let header = "Server:\t\t\(server)\nAddress:\t\(server)#53\n\n"
    switch ClusterDNS.resolve(query, namespace: namespace, in: cluster) {
    case .noServers:
      return ToolOutput(stdout: ";; connection timed out; no servers could be reached\n\n", exitCode: 1)
    case .notFound:
      return ToolOutput(stdout: header + "** server can't find \(query): NXDOMAIN\n\n", exitCode: 1)
    case .pointer(let reverse, let name):
      return ToolOutput(stdout: header + "\(reverse)\tname = \(name).\n\n")
    case .answer(let answer):
      var text = header
      if !answer.authoritative { text += "Non-authoritative answer:\n" }
      var shown = answer.name
      if let canonical = answer.canonicalName {
        text += "\(answer.name)\tcanonical name = \(canonical).\n"
        shown = canonical
      }
      var addresses = answer.addresses
      if addresses.count > 1 {
        let start = cluster.serviceNetwork.traffic.next("dns:" + answer.name, count: addresses.count)
        addresses = Array(addresses[start...] + addresses[..<start])
      }
      for address in addresses { text += "Name:\t\(shown)\nAddress: \(address)\n" }
      if answer.canonicalName != nil && addresses.isEmpty {
        return ToolOutput(stdout: text + "\n** server can't find \(shown): NXDOMAIN\n\n", exitCode: 1)
      }
      return ToolOutput(stdout: text + "\n")
    }
  }
}
