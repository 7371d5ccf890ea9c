/// A port of the parts of go-yaml v2's emitter (`emitterc.go`) that `yaml.Marshal` uses for JSON data: block
/// mappings and sequences, flow style for empty ones, and all scalar styles. Its column and whitespace
/// bookkeeping is kept as is, because line folding and spacing depend on it.
struct GoYAMLEmitter {
  static let bestIndent = 2
  static let bestWidth = 80

  private(set) var output: [UInt8] = []
  var column = 0
  var indent = -1
  var indents: [Int] = []
  var whitespace = true
  var indention = true
  var flowLevel = 0
  var mappingContext = false
  var simpleKeyContext = false

  init() { output.reserveCapacity(4096) }

  mutating func emitDocument(_ value: JSONValue) {
    emitNode(value, mapping: false, simpleKey: false)
    writeIndent()
  }

  // MARK: - Nodes

  private mutating func emitNode(_ value: JSONValue, mapping: Bool, simpleKey: Bool) {
    mappingContext = mapping
    simpleKeyContext = simpleKey
    switch value {
    case .array(let items):
      if flowLevel > 0 || items.isEmpty {
        emitEmptyFlowCollection(open: UInt8(ascii: "["), close: UInt8(ascii: "]"))
      } else {
        emitBlockSequence(items)
      }
    case .object(let members):
      if flowLevel > 0 || members.isEmpty {
        emitEmptyFlowCollection(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"))
      } else {
        emitBlockMapping(members)
      }
    default:
      let (text, style) = value.goYAMLScalar!
      let bytes = Array(text.utf8)
      emitScalar(bytes, requested: style, analysis: GoYAMLScalarAnalysis(bytes))
    }
  }

  private mutating func emitEmptyFlowCollection(open: UInt8, close: UInt8) {
    writeIndicator([open], needWhitespace: true, isWhitespace: true, isIndention: false)
    increaseIndent(flow: true, indentless: false)
    flowLevel += 1
    flowLevel -= 1
    indent = indents.removeLast()
    writeIndicator([close], needWhitespace: false, isWhitespace: false, isIndention: false)
  }

  private mutating func emitBlockSequence(_ items: [JSONValue]) {
    increaseIndent(flow: false, indentless: mappingContext && !indention)
    for item in items {
      writeIndent()
      writeIndicator([UInt8(ascii: "-")], needWhitespace: true, isWhitespace: false, isIndention: true)
      emitNode(item, mapping: false, simpleKey: false)
    }
    indent = indents.removeLast()
  }

  private mutating func emitBlockMapping(_ members: [String: JSONValue]) {
    increaseIndent(flow: false, indentless: false)
    for key in GoYAMLKeyOrder.sorted(members.keys) {
      writeIndent()
      let keyBytes = Array(key.utf8)
      let analysis = GoYAMLScalarAnalysis(keyBytes)
      let requested = JSONValue.stringStyle(key)
      // `yaml_emitter_check_simple_key`: one line and at most 128 bytes.
      if !analysis.multiline && keyBytes.count <= 128 {
        mappingContext = true
        simpleKeyContext = true
        emitScalar(keyBytes, requested: requested, analysis: analysis)
        writeIndicator([UInt8(ascii: ":")], needWhitespace: false, isWhitespace: false, isIndention: false)
      } else {
        writeIndicator([UInt8(ascii: "?")], needWhitespace: true, isWhitespace: false, isIndention: true)
        mappingContext = true
        simpleKeyContext = false
        emitScalar(keyBytes, requested: requested, analysis: analysis)
        writeIndent()
        writeIndicator([UInt8(ascii: ":")], needWhitespace: true, isWhitespace: false, isIndention: true)
      }
      emitNode(members[key]!, mapping: true, simpleKey: false)
    }
    indent = indents.removeLast()
  }

  // MARK: - Scalars

  private mutating func emitScalar(_ value: [UInt8], requested: GoYAMLRequestedStyle, analysis: GoYAMLScalarAnalysis) {
    let style = selectStyle(requested, analysis: analysis, isEmpty: value.isEmpty)
    increaseIndent(flow: true, indentless: false)
    switch style {
    case .plain: writePlain(value, allowBreaks: !simpleKeyContext)
    case .singleQuoted: writeSingleQuoted(value, allowBreaks: !simpleKeyContext)
    case .doubleQuoted: writeDoubleQuoted(value, allowBreaks: !simpleKeyContext)
    case .literal: writeLiteral(value)
    }
    indent = indents.removeLast()
  }

  enum Style { case plain, singleQuoted, doubleQuoted, literal }

  /// `yaml_emitter_select_scalar_style` for untagged, implicit scalars.
  private func selectStyle(_ requested: GoYAMLRequestedStyle, analysis: GoYAMLScalarAnalysis, isEmpty: Bool) -> Style {
    var style: Style
    switch requested {
    case .plain: style = .plain
    case .doubleQuoted: style = .doubleQuoted
    case .literal: style = .literal
    }
    if simpleKeyContext && analysis.multiline { style = .doubleQuoted }
    if style == .plain {
      if flowLevel > 0 && !analysis.flowPlainAllowed || flowLevel == 0 && !analysis.blockPlainAllowed {
        style = .singleQuoted
      }
      if isEmpty && (flowLevel > 0 || simpleKeyContext) { style = .singleQuoted }
    }
    if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
    if style == .literal && (!analysis.blockAllowed || flowLevel > 0 || simpleKeyContext) { style = .doubleQuoted }
    return style
  }

  // MARK: - Output primitives

  mutating func increaseIndent(flow: Bool, indentless: Bool) {
    indents.append(indent)
    if indent < 0 {
      indent = flow ? Self.bestIndent : 0
    } else if !indentless {
      indent += Self.bestIndent
    }
  }

  mutating func writeIndent() {
    let target = max(indent, 0)
    if !indention || column > target || (column == target && !whitespace) { putBreak() }
    while column < target { put(UInt8(ascii: " ")) }
    whitespace = true
    indention = true
  }

  mutating func writeIndicator(_ indicator: [UInt8], needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
    if needWhitespace && !whitespace { put(UInt8(ascii: " ")) }
    var index = 0
    while index < indicator.count { write(indicator, &index) }
    whitespace = isWhitespace
    indention = indention && isIndention
  }

  mutating func put(_ byte: UInt8) {
    output.append(byte)
    column += 1
  }

  mutating func putBreak() {
    output.append(UInt8(ascii: "\n"))
    column = 0
  }

  /// Copies one character and counts one column.
  mutating func write(_ value: [UInt8], _ index: inout Int) {
    let width = max(GoYAMLBytes.width(value[index]), 1)
    output.append(contentsOf: value[index..<min(index + width, value.count)])
    column += 1
    index += width
  }

  /// Copies one line break: `\n` as a newline, other breaks (CR, NEL, LS, PS) as they are.
  mutating func writeBreak(_ value: [UInt8], _ index: inout Int) {
    if value[index] == UInt8(ascii: "\n") {
      putBreak()
      index += 1
    } else {
      write(value, &index)
      column = 0
    }
  }
}
