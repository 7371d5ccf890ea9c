/// What go-yaml's emitter (`yaml_emitter_analyze_scalar`) learns about a scalar before choosing how to print it:
/// which styles are allowed given its indicators, spaces, line breaks and special characters.
struct GoYAMLScalarAnalysis {
  var multiline = false
  var flowPlainAllowed = true
  var blockPlainAllowed = true
  var singleQuotedAllowed = true
  var blockAllowed = true

  // swiftlint:disable:next cyclomatic_complexity function_body_length
  init(_ value: [UInt8]) {
    if value.isEmpty {
      flowPlainAllowed = false
      blockAllowed = false
      return
    }
    var blockIndicators = false
    var flowIndicators = false
    var lineBreaks = false
    var specialCharacters = false
    var leadingSpace = false
    var leadingBreak = false
    var trailingSpace = false
    var trailingBreak = false
    var breakSpace = false
    var spaceBreak = false
    var previousSpace = false
    var previousBreak = false

    if value.count >= 3,
      value[0] == UInt8(ascii: "-") && value[1] == UInt8(ascii: "-") && value[2] == UInt8(ascii: "-")
        || value[0] == UInt8(ascii: ".") && value[1] == UInt8(ascii: ".") && value[2] == UInt8(ascii: ".")
    {
      blockIndicators = true
      flowIndicators = true
    }

    var precededByWhitespace = true
    var index = 0
    while index < value.count {
      let width = GoYAMLBytes.width(value[index])
      let followedByWhitespace = index + width >= value.count || GoYAMLBytes.isBlank(value, index + width)
      let byte = value[index]
      if index == 0 {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
          UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
          UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
          UInt8(ascii: "`"):
          flowIndicators = true
          blockIndicators = true
        case UInt8(ascii: "?"), UInt8(ascii: ":"):
          flowIndicators = true
          if followedByWhitespace { blockIndicators = true }
        case UInt8(ascii: "-"):
          if followedByWhitespace {
            flowIndicators = true
            blockIndicators = true
          }
        default:
          break
        }
      } else {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
          UInt8(ascii: "}"):
          flowIndicators = true
        case UInt8(ascii: ":"):
          flowIndicators = true
          if followedByWhitespace { blockIndicators = true }
        case UInt8(ascii: "#"):
          if precededByWhitespace {
            flowIndicators = true
            blockIndicators = true
          }
        default:
          break
        }
      }

      // The emitter runs in unicode mode, so only unprintable characters are special.
      if !GoYAMLBytes.isPrintable(value, index) { specialCharacters = true }
      if byte == UInt8(ascii: " ") {
        if index == 0 { leadingSpace = true }
        if index + width == value.count { trailingSpace = true }
        if previousBreak { breakSpace = true }
        previousSpace = true
        previousBreak = false
      } else if GoYAMLBytes.isBreak(value, index) {
        lineBreaks = true
        if index == 0 { leadingBreak = true }
        if index + width == value.count { trailingBreak = true }
        if previousSpace { spaceBreak = true }
        previousSpace = false
        previousBreak = true
      } else {
        previousSpace = false
        previousBreak = false
      }
      precededByWhitespace = GoYAMLBytes.isBlankOrBreak(value, index)
      index += max(width, 1)
    }

    multiline = lineBreaks
    if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
      flowPlainAllowed = false
      blockPlainAllowed = false
    }
    if trailingSpace { blockAllowed = false }
    if breakSpace {
      flowPlainAllowed = false
      blockPlainAllowed = false
      singleQuotedAllowed = false
    }
    if spaceBreak || specialCharacters {
      flowPlainAllowed = false
      blockPlainAllowed = false
      singleQuotedAllowed = false
      blockAllowed = false
    }
    if lineBreaks {
      flowPlainAllowed = false
      blockPlainAllowed = false
    }
    if flowIndicators { flowPlainAllowed = false }
    if blockIndicators { blockPlainAllowed = false }
  }
}

/// go-yaml's byte-level character classes (`yamlprivateh.go`), on UTF-8 bytes. Reads past the end count as NUL.
enum GoYAMLBytes {
  @inline(__always) static func at(_ value: [UInt8], _ index: Int) -> UInt8 {
    index < value.count ? value[index] : 0
  }

  static func width(_ byte: UInt8) -> Int {
    if byte & 0x80 == 0x00 { return 1 }
    if byte & 0xE0 == 0xC0 { return 2 }
    if byte & 0xF0 == 0xE0 { return 3 }
    if byte & 0xF8 == 0xF0 { return 4 }
    return 0
  }

  static func isSpace(_ value: [UInt8], _ index: Int) -> Bool { at(value, index) == UInt8(ascii: " ") }

  static func isBlank(_ value: [UInt8], _ index: Int) -> Bool {
    let byte = at(value, index)
    return byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  static func isBreak(_ value: [UInt8], _ index: Int) -> Bool {
    let byte = at(value, index)
    return byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
      || byte == 0xC2 && at(value, index + 1) == 0x85
      || byte == 0xE2 && at(value, index + 1) == 0x80 && at(value, index + 2) == 0xA8
      || byte == 0xE2 && at(value, index + 1) == 0x80 && at(value, index + 2) == 0xA9
  }

  /// `is_blankz`: blank, break or NUL.
  static func isBlankOrBreak(_ value: [UInt8], _ index: Int) -> Bool {
    isBlank(value, index) || isBreak(value, index) || at(value, index) == 0
  }

  static func isPrintable(_ value: [UInt8], _ index: Int) -> Bool {
    let byte = at(value, index)
    let next = at(value, index + 1)
    let third = at(value, index + 2)
    return byte == 0x0A
      || (byte >= 0x20 && byte <= 0x7E)
      || (byte == 0xC2 && next >= 0xA0)
      || (byte > 0xC2 && byte < 0xED)
      || (byte == 0xED && next < 0xA0)
      || byte == 0xEE
      || (byte == 0xEF && !(next == 0xBB && third == 0xBF) && !(next == 0xBF && (third == 0xBE || third == 0xBF)))
  }
}
