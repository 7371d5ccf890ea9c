/// Checks that a file's bytes are UTF-8 text before it is parsed, so a binary file, a UTF-16 file or a stray
/// invalid byte gets one clear sentence with its line instead of a parser error.
enum TextValidation {
  static func check(_ bytes: [UInt8], file: String) throws(ManifestError) {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw ManifestError(file: file, line: 1, message: "the file is UTF-16 text; save it as UTF-8")
    }
    if let nul = bytes.firstIndex(of: 0) {
      throw ManifestError(
        file: file, line: line(at: nul, in: bytes),
        message: "the file contains a NUL byte: it is binary, not YAML or JSON")
    }
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        offset += encoded.count
      case .emptyInput:
        return
      case .error:
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        throw ManifestError(
          file: file, line: line(at: offset, in: bytes),
          message: "the file is not valid UTF-8 text (byte 0x\(byte) cannot start or continue a character)")
      }
    }
  }

  private static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    1 + bytes[..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }
}
