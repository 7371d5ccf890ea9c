extension Selector {
  /// Parses the selector syntax of `kubectl -l` exactly as upstream's `labels.Parse`:
  ///
  ///     <selector>    ::= <requirement> | <requirement> "," <selector>
  ///     <requirement> ::= [!] KEY [ ("in" | "notin") "(" VALUES ")" | ("=" | "==" | "!=" | ">" | "<") VALUE ]
  ///
  /// Blanks (space, tab, CR, LF) separate tokens; an empty string selects everything; `x=` means `x` equals the
  /// empty value; `in ()` holds the single value `""`; `in`/`notin` are plain words where a value is expected.
  /// Keys and values are validated as upstream does and errors carry upstream's messages, such as
  /// `unable to parse requirement: found '', expected: in, notin, =, ==, !=, gt, lt`.
  public init(parsing text: String) throws(SelectorError) {
    var parser = SelectorParser(text)
    self.init(requirements: try parser.parse())
  }
}

/// Upstream's lexer and recursive-descent parser (`Lexer`, `Parser` in `pkg/labels/selector.go`), kept token for
/// token so that every error names the same token upstream's does.
struct SelectorParser {
  enum Token: Equatable {
    case error, endOfString, closedPar, comma, doesNotExist, doubleEquals, equals, greaterThan, identifier
    case `in`, lessThan, notEquals, notIn, openPar
  }

  /// Upstream `ParserContext`: where a value is expected, `in` and `notin` are identifiers.
  enum Context {
    case keyAndOperator, values
  }

  static let keywords: [String: Token] = [
    ")": .closedPar, ",": .comma, "!": .doesNotExist, "==": .doubleEquals, "=": .equals, ">": .greaterThan,
    "in": .in, "<": .lessThan, "!=": .notEquals, "notin": .notIn, "(": .openPar,
  ]

  var items: [(token: Token, literal: String)] = []
  var position = 0

  init(_ text: String) {
    var lexer = Lexer(bytes: Array(text.utf8))
    while true {
      let item = lexer.lex()
      items.append(item)
      if item.token == .endOfString { break }
    }
  }

  /// Upstream's `Lexer`: works on bytes, treats a NUL byte as the end of input as Go's `read` does, and splits
  /// identifiers at blanks and at the special symbols `= ! ( ) , > <`.
  struct Lexer {
    let bytes: [UInt8]
    var position = 0

    mutating func read() -> UInt8 {
      guard position < bytes.count else { return 0 }
      position += 1
      return bytes[position - 1]
    }

    mutating func unread() { position -= 1 }

    static func isWhitespace(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
        || byte == UInt8(ascii: "\n")
    }

    static func isSpecialSymbol(_ byte: UInt8) -> Bool { "=!(),><".utf8.contains(byte) }

    mutating func lex() -> (token: Token, literal: String) {
      var byte = read()
      while Lexer.isWhitespace(byte) { byte = read() }
      if byte == 0 { return (.endOfString, "") }
      unread()
      return Lexer.isSpecialSymbol(byte) ? scanSpecialSymbol() : scanIdentifierOrKeyword()
    }

    mutating func scanIdentifierOrKeyword() -> (token: Token, literal: String) {
      var buffer: [UInt8] = []
      while true {
        let byte = read()
        if byte == 0 { break }
        if Lexer.isSpecialSymbol(byte) || Lexer.isWhitespace(byte) {
          unread()
          break
        }
        buffer.append(byte)
      }
      let literal = String(decoding: buffer, as: UTF8.self)
      return (SelectorParser.keywords[literal] ?? .identifier, literal)
    }

    /// The longest operator starting here: `!=` rather than `!`, `==` rather than `=`.
    mutating func scanSpecialSymbol() -> (token: Token, literal: String) {
      var buffer: [UInt8] = []
      var last: (token: Token, literal: String)?
      while true {
        let byte = read()
        if byte == 0 { break }
        guard Lexer.isSpecialSymbol(byte) else {
          unread()
          break
        }
        buffer.append(byte)
        let text = String(decoding: buffer, as: UTF8.self)
        if let token = SelectorParser.keywords[text] {
          last = (token, text)
        } else if last != nil {
          unread()
          break
        }
      }
      return last ?? (.error, "error expected: keyword found '\(String(decoding: buffer, as: UTF8.self))'")
    }
  }

  func lookahead(_ context: Context) -> (token: Token, literal: String) {
    let item = position < items.count ? items[position] : (.endOfString, "")
    if context == .values && (item.token == .in || item.token == .notIn) { return (.identifier, item.literal) }
    return item
  }

  mutating func consume(_ context: Context) -> (token: Token, literal: String) {
    let item = lookahead(context)
    position += 1
    return item
  }

  /// Upstream `Parser.parse`: requirements separated by commas, up to the end of the string.
  mutating func parse() throws(SelectorError) -> [Selector.Requirement] {
    var requirements: [Selector.Requirement] = []
    while true {
      let (token, literal) = lookahead(.values)
      switch token {
      case .identifier, .doesNotExist:
        do {
          requirements.append(try parseRequirement())
        } catch {
          throw SelectorError("unable to parse requirement: \(error.message)")
        }
        let (next, nextLiteral) = consume(.values)
        switch next {
        case .endOfString:
          return requirements
        case .comma:
          let (following, followingLiteral) = lookahead(.values)
          if following != .identifier && following != .doesNotExist {
            throw SelectorError("found '\(followingLiteral)', expected: identifier after ','")
          }
        default:
          throw SelectorError("found '\(nextLiteral)', expected: ',' or 'end of string'")
        }
      case .endOfString:
        return requirements
      default:
        throw SelectorError("found '\(literal)', expected: !, identifier, or 'end of string'")
      }
    }
  }

  mutating func parseRequirement() throws(SelectorError) -> Selector.Requirement {
    let (key, inferred) = try parseKeyAndInferOperator()
    if let inferred {
      return try Selector.Requirement(validatingKey: key, operator: inferred, values: [], valuesWereNil: false)
    }
    let op = try parseOperator()
    let values: Set<String>
    switch op {
    case .in, .notIn: values = try parseValues()
    default: values = try parseExactValue()
    }
    // Upstream passes `sets.String.List()`: the distinct values, sorted.
    return try Selector.Requirement(
      validatingKey: key, operator: op, values: values.sorted(by: GoText.less), valuesWereNil: false)
  }

  /// A key, optionally preceded by `!`; a key followed by the end or a comma is an `exists` requirement.
  mutating func parseKeyAndInferOperator() throws(SelectorError) -> (String, Selector.Operator?) {
    var (token, literal) = consume(.values)
    var op: Selector.Operator?
    if token == .doesNotExist {
      op = .doesNotExist
      (token, literal) = consume(.values)
    }
    guard token == .identifier else { throw SelectorError("found '\(literal)', expected: identifier") }
    let problems = LabelValidation.validateKey(literal)
    if !problems.isEmpty {
      // Upstream validates here with a nil field path, which Go prints as "<nil>".
      throw SelectorError(
        SelectorFieldError(path: "<nil>", value: .string(literal), detail: problems.joined(separator: "; ")).message)
    }
    let next = lookahead(.values).token
    if (next == .endOfString || next == .comma) && op == nil { op = .exists }
    return (literal, op)
  }

  mutating func parseOperator() throws(SelectorError) -> Selector.Operator {
    let (token, literal) = consume(.keyAndOperator)
    switch token {
    case .in: return .in
    case .equals: return .equals
    case .doubleEquals: return .doubleEquals
    case .greaterThan: return .greaterThan
    case .lessThan: return .lessThan
    case .notIn: return .notIn
    case .notEquals: return .notEquals
    default: throw SelectorError("found '\(literal)', expected: in, notin, =, ==, !=, gt, lt")
    }
  }

  /// `( value, value, ... )`, where empty entries stand for the empty value.
  mutating func parseValues() throws(SelectorError) -> Set<String> {
    let (token, literal) = consume(.values)
    guard token == .openPar else { throw SelectorError("found '\(literal)' expected: '('") }
    let (next, nextLiteral) = lookahead(.values)
    switch next {
    case .identifier, .comma:
      let values = try parseIdentifiersList()
      if consume(.values).token != .closedPar {
        throw SelectorError("found '\(nextLiteral)', expected: ')'")
      }
      return values
    case .closedPar:
      _ = consume(.values)
      return [""]
    default:
      throw SelectorError("found '\(nextLiteral)', expected: ',', ')' or identifier")
    }
  }

  mutating func parseIdentifiersList() throws(SelectorError) -> Set<String> {
    var values: Set<String> = []
    while true {
      let (token, literal) = consume(.values)
      switch token {
      case .identifier:
        values.insert(literal)
        let (next, nextLiteral) = lookahead(.values)
        switch next {
        case .comma: continue
        case .closedPar: return values
        default: throw SelectorError("found '\(nextLiteral)', expected: ',' or ')'")
        }
      case .comma:
        if values.isEmpty { values.insert("") }  // "(,"
        let next = lookahead(.values).token
        if next == .closedPar {
          values.insert("")  // ",)"
          return values
        }
        if next == .comma { values.insert("") }  // ",,"
      default:
        throw SelectorError("found '\(literal)', expected: ',', or identifier")
      }
    }
  }

  /// The single value after `=`, `==`, `!=`, `>` or `<`; nothing there means the empty value.
  mutating func parseExactValue() throws(SelectorError) -> Set<String> {
    let next = lookahead(.values).token
    if next == .endOfString || next == .comma { return [""] }
    let (token, literal) = consume(.values)
    guard token == .identifier else { throw SelectorError("found '\(literal)', expected: identifier") }
    return [literal]
  }
}
