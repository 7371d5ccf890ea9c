/// Rewords libyaml's syntax errors for people editing manifests, keeping the line where the mistake is.
///
/// libyaml's wording is kept where it is already clear (kubectl users know "did not find expected key"); the
/// cases learners hit most (tabs, binary files, broken JSON) get a sentence that says what to do.
enum YAMLSyntaxMessages {
  static func error(
    for problem: LibYAMLProblem, file: String, bytes: UnsafeBufferPointer<UInt8>, isJSON: Bool
  ) -> ManifestError {
    if problem.kind == .reader {
      return readerError(problem, file: file, bytes: bytes)
    }
    if isTabProblem(problem, bytes: bytes) {
      return ManifestError(
        file: file, line: problem.line,
        message: "found a tab character where indentation is expected (indent YAML with spaces)")
    }
    if problem.problem.hasPrefix("Maximum nesting level reached") {
      // libyaml's own limit, far above the composer's: say the same as the composer does.
      return ManifestError(
        file: file, line: problem.line,
        message: "the document nests more than \(ManifestComposer.maximumDepth) levels deep")
    }
    var line = problem.line
    var message = problem.problem
    // "could not find expected ':'" is found at the start of the next line; the key without a colon is at the
    // context mark.
    if problem.problem == "could not find expected ':'", let contextLine = problem.contextLine {
      line = contextLine
      message = "could not find expected ':' after this key (a key needs a colon and a value)"
    } else if let context = problem.context, let contextLine = problem.contextLine {
      message += contextLine == problem.line ? " (\(context))" : " (\(context) that starts at line \(contextLine))"
    }
    if isJSON {
      message = "invalid JSON: " + message.replacingPrefix("did not find expected ", with: "expected ")
    }
    return ManifestError(file: file, line: min(line, lastLine(in: bytes)), message: message)
  }

  /// The number of the last line with text: libyaml reports an unfinished document at the end of input, which is
  /// the line after the last one when the file ends with a newline.
  private static func lastLine(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var end = bytes.count
    while end > 0, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return 1 + bytes[..<end].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }

  private static func readerError(
    _ problem: LibYAMLProblem, file: String, bytes: UnsafeBufferPointer<UInt8>
  ) -> ManifestError {
    let offset = min(max(problem.byteOffset, 0), bytes.count)
    let line = 1 + bytes[..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    let message: String
    if problem.problem == "control characters are not allowed" {
      let code = String(problem.value, radix: 16, uppercase: true)
      message =
        "found control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code), "
        + "which YAML does not allow (is this a binary file?)"
    } else {
      message = "the file is not valid UTF-8 text (\(problem.problem))"
    }
    return ManifestError(file: file, line: line, message: message)
  }

  /// libyaml says "found character that cannot start any token" or "found a tab character that violates
  /// indentation" when a tab is used to indent.
  private static func isTabProblem(_ problem: LibYAMLProblem, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if problem.problem.contains("tab character") { return true }
    guard problem.problem == "found character that cannot start any token" else { return false }
    return character(atLine: problem.line, column: problem.column, in: bytes) == UInt8(ascii: "\t")
  }

  /// The byte at a 1-based line and column (columns count characters, as libyaml does), if it is ASCII.
  private static func character(atLine line: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
    var currentLine = 1
    var index = 0
    while currentLine < line, index < bytes.count {
      if bytes[index] == UInt8(ascii: "\n") { currentLine += 1 }
      index += 1
    }
    var currentColumn = 1
    while currentColumn < column, index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
      // Skip the continuation bytes of a multi-byte character.
      index += 1
      while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
      currentColumn += 1
    }
    return index < bytes.count ? bytes[index] : nil
  }
}

extension String {
  fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
    hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
  }
}
