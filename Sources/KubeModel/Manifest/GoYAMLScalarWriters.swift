/// go-yaml v2's scalar writers (`yaml_emitter_write_*_scalar`), including folding long lines at spaces once the
/// column passes 80.
extension GoYAMLEmitter {
  mutating func writePlain(_ value: [UInt8], allowBreaks: Bool) {
    if !whitespace { put(UInt8(ascii: " ")) }
    var spaces = false
    var breaks = false
    var index = 0
    while index < value.count {
      if GoYAMLBytes.isSpace(value, index) {
        if allowBreaks && !spaces && column > Self.bestWidth && !GoYAMLBytes.isSpace(value, index + 1) {
          writeIndent()
          index += 1
        } else {
          write(value, &index)
        }
        spaces = true
      } else if GoYAMLBytes.isBreak(value, index) {
        if !breaks && value[index] == UInt8(ascii: "\n") { putBreak() }
        writeBreak(value, &index)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        write(value, &index)
        indention = false
        spaces = false
        breaks = false
      }
    }
    whitespace = false
    indention = false
  }

  mutating func writeSingleQuoted(_ value: [UInt8], allowBreaks: Bool) {
    writeIndicator([UInt8(ascii: "'")], needWhitespace: true, isWhitespace: false, isIndention: false)
    var spaces = false
    var breaks = false
    var index = 0
    while index < value.count {
      if GoYAMLBytes.isSpace(value, index) {
        if allowBreaks && !spaces && column > Self.bestWidth && index > 0 && index < value.count - 1
          && !GoYAMLBytes.isSpace(value, index + 1)
        {
          writeIndent()
          index += 1
        } else {
          write(value, &index)
        }
        spaces = true
      } else if GoYAMLBytes.isBreak(value, index) {
        if !breaks && value[index] == UInt8(ascii: "\n") { putBreak() }
        writeBreak(value, &index)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        if value[index] == UInt8(ascii: "'") { put(UInt8(ascii: "'")) }
        write(value, &index)
        indention = false
        spaces = false
        breaks = false
      }
    }
    writeIndicator([UInt8(ascii: "'")], needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  mutating func writeDoubleQuoted(_ value: [UInt8], allowBreaks: Bool) {
    writeIndicator([UInt8(ascii: "\"")], needWhitespace: true, isWhitespace: false, isIndention: false)
    // go-yaml's `is_bom(value, i)` looks at the start of the value, not at i: a value that starts with a byte
    // order mark gets every character escaped.
    let startsWithBOM = value.starts(with: [0xEF, 0xBB, 0xBF])
    var spaces = false
    var index = 0
    while index < value.count {
      let byte = value[index]
      if !GoYAMLBytes.isPrintable(value, index) || startsWithBOM || GoYAMLBytes.isBreak(value, index)
        || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
      {
        writeEscape(value, &index)
        spaces = false
      } else if GoYAMLBytes.isSpace(value, index) {
        if allowBreaks && !spaces && column > Self.bestWidth && index > 0 && index < value.count - 1 {
          writeIndent()
          if GoYAMLBytes.isSpace(value, index + 1) { put(UInt8(ascii: "\\")) }
          index += 1
        } else {
          write(value, &index)
        }
        spaces = true
      } else {
        write(value, &index)
        spaces = false
      }
    }
    writeIndicator([UInt8(ascii: "\"")], needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  private mutating func writeEscape(_ value: [UInt8], _ index: inout Int) {
    let lead = value[index]
    var width = 1
    var scalar = UInt32(lead & 0x7F)
    if lead & 0xE0 == 0xC0 {
      (width, scalar) = (2, UInt32(lead & 0x1F))
    } else if lead & 0xF0 == 0xE0 {
      (width, scalar) = (3, UInt32(lead & 0x0F))
    } else if lead & 0xF8 == 0xF0 {
      (width, scalar) = (4, UInt32(lead & 0x07))
    }
    for offset in 1..<width { scalar = (scalar << 6) + UInt32(GoYAMLBytes.at(value, index + offset) & 0x3F) }
    index += width
    put(UInt8(ascii: "\\"))
    let short: Unicode.Scalar?
    switch scalar {
    case 0x00: short = "0"
    case 0x07: short = "a"
    case 0x08: short = "b"
    case 0x09: short = "t"
    case 0x0A: short = "n"
    case 0x0B: short = "v"
    case 0x0C: short = "f"
    case 0x0D: short = "r"
    case 0x1B: short = "e"
    case 0x22: short = "\""
    case 0x5C: short = "\\"
    case 0x85: short = "N"
    case 0xA0: short = "_"
    case 0x2028: short = "L"
    case 0x2029: short = "P"
    default: short = nil
    }
    if let short { return put(UInt8(ascii: short)) }
    let digits: Int
    if scalar <= 0xFF {
      put(UInt8(ascii: "x"))
      digits = 2
    } else if scalar <= 0xFFFF {
      put(UInt8(ascii: "u"))
      digits = 4
    } else {
      put(UInt8(ascii: "U"))
      digits = 8
    }
    for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
      let digit = UInt8((scalar >> UInt32(shift)) & 0x0F)
      put(digit < 10 ? digit + UInt8(ascii: "0") : digit + UInt8(ascii: "A") - 10)
    }
  }

  mutating func writeLiteral(_ value: [UInt8]) {
    writeIndicator([UInt8(ascii: "|")], needWhitespace: true, isWhitespace: false, isIndention: false)
    writeBlockScalarHints(value)
    putBreak()
    indention = true
    whitespace = true
    var breaks = true
    var index = 0
    while index < value.count {
      if GoYAMLBytes.isBreak(value, index) {
        writeBreak(value, &index)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        write(value, &index)
        indention = false
        breaks = false
      }
    }
  }

  /// An indentation hint when the text starts with a space or break, and the chomping indicator: `-` without a
  /// final line break, none for exactly one, `+` for more.
  private mutating func writeBlockScalarHints(_ value: [UInt8]) {
    if GoYAMLBytes.isSpace(value, 0) || GoYAMLBytes.isBreak(value, 0) {
      writeIndicator(
        [UInt8(ascii: "0") + UInt8(Self.bestIndent)], needWhitespace: false, isWhitespace: false, isIndention: false)
    }
    var chomp: UInt8?
    if value.isEmpty {
      chomp = UInt8(ascii: "-")
    } else {
      var last = value.count - 1
      while last > 0 && value[last] & 0xC0 == 0x80 { last -= 1 }
      if !GoYAMLBytes.isBreak(value, last) {
        chomp = UInt8(ascii: "-")
      } else if last == 0 {
        chomp = UInt8(ascii: "+")
      } else {
        var previous = last - 1
        while previous > 0 && value[previous] & 0xC0 == 0x80 { previous -= 1 }
        if GoYAMLBytes.isBreak(value, previous) { chomp = UInt8(ascii: "+") }
      }
    }
    if let chomp { writeIndicator([chomp], needWhitespace: false, isWhitespace: false, isIndention: false) }
  }
}
