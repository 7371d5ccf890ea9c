/// Checks that a file's bytes are UTF-8 text before it is parsed, so a binary file, a UTF-16 file or a stray
/// invalid byte gets one clear sentence with its line instead of a parser error.
enum TextValidation {
  static func check(_ bytes: [UInt8], file: String) throws(ManifestError) {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw ManifestError(file: file, line: 1, message: "the file is UTF-16 text; save it as UTF-8")
    }
    if let nul = firstNUL(in: bytes) {
      throw ManifestError(
        file: file, line: line(at: nul, in: bytes),
        message: "the file contains a NUL byte: it is binary, not YAML or JSON")
    }
    if isValidUTF8(bytes) { return }
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

  /// A plain loop over the buffer: the generic collection algorithms are slow on 10 MB in a debug build.
  private static func firstNUL(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      for index in 0..<buffer.count where buffer[index] == 0 { return index }
      return nil
    }
  }

  /// The standard library's optimized validation (the text has no NUL, so it can be read as a C string); only an
  /// invalid file pays for the scalar-by-scalar walk that finds the bad byte.
  private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    (bytes + [0]).withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { String(validatingCString: $0.baseAddress!) != nil }
    }
  }

  private static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    1 + bytes[..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }
}
