/// Go's ways of writing values into error messages, so that errors read exactly as the API server's and kubectl's.
enum GoText {
  /// Go's `strconv.Quote` (and `%q`): double quotes, with `"` and `\` escaped, control characters as `\n`, `\t`,
  /// `\x1b` and so on, and non-printable Unicode as `\u00a0`. Printable characters, including non-ASCII, stay.
  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\u{07}": result += "\\a"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{0B}": result += "\\v"
      default:
        if isPrintable(scalar) {
          result.unicodeScalars.append(scalar)
        } else if scalar.value < 0x20 || scalar.value == 0x7F {
          result += "\\x" + hex(scalar.value, width: 2)
        } else if scalar.value < 0x10000 {
          result += "\\u" + hex(scalar.value, width: 4)
        } else {
          result += "\\U" + hex(scalar.value, width: 8)
        }
      }
    }
    return result + "\""
  }

  /// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value >= 0x20 && scalar.value < 0x7F }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
      .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      return true
    default:
      return false
    }
  }

  /// A JSON string as Go's `encoding/json` writes it: HTML-safe, so `<`, `>` and `&` become `\u003c` and so on.
  static func jsonString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case "<", ">", "&", "\u{2028}", "\u{2029}":
        result += "\\u" + hex(scalar.value, width: 4)
      default:
        if scalar.value < 0x20 {
          result += "\\u" + hex(scalar.value, width: 4)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// A string list as `encoding/json` writes it; a missing (nil) list is `null`.
  static func jsonStringList(_ values: [String]?) -> String {
    guard let values else { return "null" }
    return "[" + values.map(jsonString).joined(separator: ",") + "]"
  }

  static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// Whether `lhs` sorts before `rhs` byte by byte, as Go compares strings (Swift compares by Unicode
  /// canonical equivalence, which differs for non-ASCII text).
  static func less(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }

  /// Go's `strconv.Atoi`: the value, or the text of its error (`strconv.Atoi: parsing "x": invalid syntax`).
  /// On overflow Go returns the clamped value with the error, which `value` keeps.
  static func atoi(_ text: String) -> (value: Int, error: String?) {
    if let value = Int(text) { return (value, nil) }
    var digits = Substring(text)
    let negative = digits.first == "-"
    if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
    if !digits.isEmpty && digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
      return (negative ? .min : .max, "strconv.Atoi: parsing \(quote(text)): value out of range")
    }
    return (0, "strconv.Atoi: parsing \(quote(text)): invalid syntax")
  }
}

/// A field error as apimachinery's `field.Error` prints it: `values[0][app]: Invalid value: "a b": detail`.
struct SelectorFieldError {
  enum BadValue {
    case string(String)
    case stringList([String]?)
  }

  var path: String
  var value: BadValue
  var detail: String

  /// `field.Invalid(...).Error()`.
  var message: String {
    let rendered: String
    switch value {
    case .string(let text): rendered = GoText.quote(text)
    case .stringList(let values): rendered = GoText.jsonStringList(values)
    }
    return "\(path): Invalid value: \(rendered)" + (detail.isEmpty ? "" : ": \(detail)")
  }

  /// `ErrorList.ToAggregate().Error()`: duplicates dropped, one message alone, several as `[a, b]`.
  static func aggregate(_ errors: [SelectorFieldError]) -> String? {
    var seen = Set<String>()
    var messages: [String] = []
    for error in errors where seen.insert(error.message).inserted {
      messages.append(error.message)
    }
    if messages.isEmpty { return nil }
    return messages.count == 1 ? messages[0] : "[" + messages.joined(separator: ", ") + "]"
  }
}
