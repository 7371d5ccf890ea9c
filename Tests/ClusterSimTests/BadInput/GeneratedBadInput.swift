import Foundation

/// Bad inputs that cannot sit in the repository as text files: binary data, byte-order marks, CRLF line ends,
/// encodings, and inputs too large or too deep to check in.
enum GeneratedBadInput {
  static let files: [String: [UInt8]] = [
    "binary-junk.yaml": binaryJunk,
    "control-character.yaml": Array("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bell\u{07}\n".utf8),
    "invalid-utf8.yaml": Array("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: latin-".utf8) + [0xE9, 0x0A],
    "utf16.yaml": [0xFF, 0xFE] + "apiVersion: v1\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
    "bom.yaml": [0xEF, 0xBB, 0xBF] + Array(configMap("bom-valid").utf8),
    "bom-error.yaml": [0xEF, 0xBB, 0xBF] + Array(replicasTwo("bom-error").utf8),
    "crlf.yaml": Array(configMap("crlf-valid").replacingOccurrences(of: "\n", with: "\r\n").utf8),
    "crlf-error.yaml": Array(replicasTwo("crlf-error").replacingOccurrences(of: "\n", with: "\r\n").utf8),
    "deep-nesting.yaml": Array(("data: " + String(repeating: "[", count: 5_000)).utf8),
    "alias-bomb.yaml": Array(aliasBomb.utf8),
    "ten-megabytes.yaml": tenMegabytes,
  ]

  /// A PNG header and bytes that are no text at all.
  static let binaryJunk: [UInt8] = {
    var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x0A]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<4_096 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      bytes.append(UInt8(truncatingIfNeeded: state >> 56))
    }
    return bytes
  }()

  static func configMap(_ name: String) -> String {
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \(name)\ndata:\n  greeting: hello\n"
  }

  /// A Deployment whose `replicas` (line 6) is a word.
  static func replicasTwo(_ name: String) -> String {
    """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: \(name)
    spec:
      replicas: "two"
      selector:
        matchLabels: {app: \(name)}
      template:
        metadata:
          labels: {app: \(name)}
        spec:
          containers:
          - name: web
            image: nginx

    """
  }

  /// "Billion laughs": nine levels of aliases, each repeating the previous one ten times.
  static let aliasBomb: String = {
    var text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: laughs\nlol0: &a0 [lol]\n"
    for level in 1...9 {
      text += "lol\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]\n"
    }
    return text
  }()

  /// One ConfigMap of 10 MB: a log file pasted into `data`.
  static let tenMegabytes: [UInt8] = {
    let line = "2025-01-06T09:00:00Z INFO request served in 12ms path=/api/v1/items status=200\\n"
    let count = 10_000_000 / line.utf8.count + 1
    let text =
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ten-megabytes\ndata:\n  app.log: \""
      + String(repeating: line, count: count) + "\"\n"
    return Array(text.utf8)
  }()
}
