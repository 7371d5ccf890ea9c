/// Reads an env file: `NAME=VALUE` lines, as `kubectl create configmap --from-env-file` reads them, so a file written
/// for one works for the other.
///
/// Blank lines and lines whose first non-blank character is `#` are skipped; leading blanks are dropped; the name
/// runs to the first `=` and must be a C identifier (the names `${NAME}` templates can use); the value is the rest
/// of the line exactly as written — no quotes are removed and nothing is expanded, as in kubectl. A later line
/// for the same name wins.
public enum EnvFile {
  public static func parse(_ text: String, file: String) throws(ManifestError) -> [(name: String, value: String)] {
    var entries: [(name: String, value: String)] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var line = Substring(raw)
      if line.hasSuffix("\r") { line = line.dropLast() }
      line = line.drop { $0 == " " || $0 == "\t" }
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let equals = line.firstIndex(of: "=") else {
        throw ManifestError(file: file, line: index + 1, message: "expected NAME=VALUE, got \"\(line)\"")
      }
      let name = String(line[..<equals])
      guard isName(name) else {
        throw ManifestError(
          file: file, line: index + 1,
          message: "\"\(name)\" is not a variable name: letters, digits and _, not starting with a digit")
      }
      entries.append((name, String(line[line.index(after: equals)...])))
    }
    return entries
  }

  /// The names `${NAME}` can refer to: `[A-Za-z_][A-Za-z0-9_]*`.
  static func isName(_ name: String) -> Bool {
    func isLetter(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || byte == UInt8(ascii: "_")
    }
    let bytes = Array(name.utf8)
    guard let first = bytes.first, isLetter(first) else { return false }
    return bytes.allSatisfy { isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
  }
}
