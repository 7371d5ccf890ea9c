// libyaml's event parser, reached directly rather than through Yams' `compose_all`: building Yams' `Node` tree
// costs about five times as much as parsing (4 s for a 10 MB manifest in a debug build, against 0.7 s), and Yams
// reports a duplicate key without the line of the second occurrence. CYaml is the C target inside the Yams
// package; it is importable because KubeModel depends on Yams.
import CYaml

/// One parse of a UTF-8 buffer, yielding libyaml events one at a time.
///
/// The buffer must stay valid while the stream is used; ``ManifestComposer`` keeps both inside one
/// `withUTF8` call.
final class LibYAMLEventStream {
  private let parser: UnsafeMutablePointer<yaml_parser_t>
  /// The current event, valid until the next call to ``next()``.
  let event: UnsafeMutablePointer<yaml_event_t>
  private var hasEvent = false

  init(bytes: UnsafeBufferPointer<UInt8>) {
    parser = .allocate(capacity: 1)
    event = .allocate(capacity: 1)
    yaml_parser_initialize(parser)
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
  }

  deinit {
    if hasEvent { yaml_event_delete(event) }
    yaml_parser_delete(parser)
    parser.deallocate()
    event.deallocate()
  }

  /// Advances to the next event; on a syntax error returns what libyaml said about it.
  func next() -> LibYAMLProblem? {
    if hasEvent {
      yaml_event_delete(event)
      hasEvent = false
    }
    guard yaml_parser_parse(parser, event) == 1 else { return problem() }
    hasEvent = true
    return nil
  }

  var type: yaml_event_type_t { event.pointee.type }
  var line: Int { Int(event.pointee.start_mark.line) + 1 }
  var column: Int { Int(event.pointee.start_mark.column) + 1 }

  var scalarText: String {
    let scalar = event.pointee.data.scalar
    guard let value = scalar.value else { return "" }
    return String(decoding: UnsafeBufferPointer(start: value, count: scalar.length), as: UTF8.self)
  }

  var scalarStyle: ManifestScalar.Style {
    switch event.pointee.data.scalar.style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: return .literal
    case YAML_FOLDED_SCALAR_STYLE: return .folded
    default: return .plain
    }
  }

  /// The anchor (`&name`) of the current scalar, sequence or mapping, or the name an alias (`*name`) refers to.
  var anchor: String? {
    let pointer: UnsafeMutablePointer<yaml_char_t>?
    switch type {
    case YAML_SCALAR_EVENT: pointer = event.pointee.data.scalar.anchor
    case YAML_SEQUENCE_START_EVENT: pointer = event.pointee.data.sequence_start.anchor
    case YAML_MAPPING_START_EVENT: pointer = event.pointee.data.mapping_start.anchor
    case YAML_ALIAS_EVENT: pointer = event.pointee.data.alias.anchor
    default: pointer = nil
    }
    return pointer.map { String(cString: $0) }
  }

  /// The explicit tag of the current scalar, in short form for the standard tags (`!!str`).
  var scalarTag: String? {
    guard let tag = event.pointee.data.scalar.tag else { return nil }
    let text = String(cString: tag)
    let standardPrefix = "tag:yaml.org,2002:"
    return text.hasPrefix(standardPrefix) ? "!!" + text.dropFirst(standardPrefix.count) : text
  }

  private func problem() -> LibYAMLProblem {
    let state = parser.pointee
    let context = state.context.map { String(cString: $0) }
    return LibYAMLProblem(
      kind: state.error == YAML_READER_ERROR ? .reader : state.error == YAML_SCANNER_ERROR ? .scanner : .parser,
      problem: state.problem.map { String(cString: $0) } ?? "invalid YAML",
      line: Int(state.problem_mark.line) + 1,
      column: Int(state.problem_mark.column) + 1,
      context: context,
      contextLine: context == nil ? nil : Int(state.context_mark.line) + 1,
      byteOffset: Int(state.problem_offset),
      value: Int(state.problem_value))
  }
}

/// A syntax error as libyaml reports it, before it is reworded for people.
struct LibYAMLProblem {
  enum Kind { case reader, scanner, parser }
  var kind: Kind
  var problem: String
  var line: Int
  var column: Int
  var context: String?
  var contextLine: Int?
  /// For reader errors (bad bytes), the byte offset of the problem; libyaml leaves the marks unset then.
  var byteOffset: Int
  var value: Int
}
