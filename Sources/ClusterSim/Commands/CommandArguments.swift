/// The flags one verb accepts, spelled as kubectl spells them.
public struct FlagSpec: Hashable, Sendable {
  public var name: String
  public var shorthand: Character?
  public var takesValue: Bool
  public var help: String

  public init(_ name: String, short shorthand: Character? = nil, value takesValue: Bool = true, help: String = "") {
    self.name = name
    self.shorthand = shorthand
    self.takesValue = takesValue
    self.help = help
  }

  public static let namespace = FlagSpec("namespace", short: "n", help: "the namespace")
  public static let allNamespaces = FlagSpec(
    "all-namespaces", short: "A", value: false, help: "list across all namespaces")
  public static let selector = FlagSpec("selector", short: "l", help: "label selector (app=web,tier!=db)")
  public static let output = FlagSpec("output", short: "o", help: "wide, yaml, json or name")
  public static let filename = FlagSpec("filename", short: "f", help: "a manifest file or folder")
  public static let recursive = FlagSpec("recursive", short: "R", value: false, help: "descend into folders")
  public static let all = FlagSpec("all", value: false, help: "every object of the type")
  public static let overwrite = FlagSpec("overwrite", value: false, help: "replace existing values")
  public static let container = FlagSpec("container", short: "c", help: "the container")
}

/// A command line's words after the verb, split into positional arguments and flags the way cobra/pflag does:
/// `-n web`, `-nweb`, `-n=web`, `--namespace web`, `--namespace=web`, `-oyaml`, boolean `-A`, `--all`,
/// `--all=false`. Flags may appear anywhere; `--` ends flag parsing.
public struct CommandArguments: Sendable {
  public private(set) var positionals: [String] = []
  private var values: [String: [String]] = [:]

  public init(_ words: [String], flags: [FlagSpec]) throws(CommandError) {
    var index = 0
    var flagsEnded = false
    func spec(named name: String) -> FlagSpec? { flags.first { $0.name == name } }
    while index < words.count {
      let word = words[index]
      index += 1
      if flagsEnded || !word.hasPrefix("-") || word == "-" {
        positionals.append(word)
        continue
      }
      if word == "--" {
        flagsEnded = true
        continue
      }
      if word.hasPrefix("--") {
        let body = word.dropFirst(2)
        let name = String(body.prefix { $0 != "=" })
        let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
        guard let flag = spec(named: name) else { throw CommandError("unknown flag: --\(name)") }
        try take(flag, inline: inline, display: "--\(name)")
      } else {
        var rest = word.dropFirst()
        while let short = rest.first {
          rest = rest.dropFirst()
          guard let flag = flags.first(where: { $0.shorthand == short }) else {
            throw CommandError("unknown shorthand flag: '\(short)' in \(word)")
          }
          if flag.takesValue {
            let inline = rest.isEmpty ? nil : String(rest.hasPrefix("=") ? rest.dropFirst() : rest)
            try take(flag, inline: inline, display: "-\(short)")
            break
          }
          values[flag.name, default: []].append("true")
        }
      }
    }

    func take(_ flag: FlagSpec, inline: String?, display: String) throws(CommandError) {
      if !flag.takesValue {
        let value = inline ?? "true"
        guard value == "true" || value == "false" else {
          throw CommandError(
            "invalid argument \"\(value)\" for \"\(display)\" flag: strconv.ParseBool: parsing \"\(value)\": invalid syntax"
          )
        }
        values[flag.name, default: []].append(value)
        return
      }
      if let inline {
        values[flag.name, default: []].append(inline)
      } else if index < words.count {
        values[flag.name, default: []].append(words[index])
        index += 1
      } else {
        throw CommandError("flag needs an argument: \(display)")
      }
    }
  }

  /// The last value given for a flag.
  public func value(_ flag: FlagSpec) -> String? { values[flag.name]?.last }

  /// Every value given for a repeatable flag.
  public func values(_ flag: FlagSpec) -> [String] { values[flag.name] ?? [] }

  /// Whether a boolean flag is set (and not `=false`).
  public func isSet(_ flag: FlagSpec) -> Bool { values[flag.name]?.last == "true" }

  public func has(_ flag: FlagSpec) -> Bool { values[flag.name] != nil }

  /// An integer flag, with kubectl's message when it is not one.
  public func int(_ flag: FlagSpec) throws(CommandError) -> Int? {
    guard let text = value(flag) else { return nil }
    guard let number = Int(text) else {
      throw CommandError(
        "invalid argument \"\(text)\" for \"--\(flag.name)\" flag: strconv.ParseInt: parsing \"\(text)\": invalid syntax"
      )
    }
    return number
  }
}
