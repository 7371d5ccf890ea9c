import KubeModel

/// One verb of the command language: how it is spelled, what it accepts, and what it does.
///
/// Parsing builds the verb from its arguments without touching the cluster, so a malformed command changes
/// nothing; running it acts on the simulation.
public protocol Verb: Sendable {
  /// The verb as typed (`get`, `rollout`, `node`).
  static var name: String { get }
  /// One line per form, kubectl-style (`scale TYPE/NAME --replicas=COUNT`).
  static var usage: [String] { get }
  static var summary: String { get }
  static var flags: [FlagSpec] { get }

  init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError)
  func run(in simulation: inout Simulation) -> CommandResult

  /// Whether a run that reports an error must leave the cluster exactly as it was. True for the verbs that change
  /// objects (a typo in one of three names changes none of them); false for those that only read, and for those
  /// whose failure comes after time has really passed (`rollout status` timing out, `drain` waiting for pods) or
  /// that kubectl applies object by object (`apply -f`).
  var isAtomic: Bool { get }
}

extension Verb {
  public var isAtomic: Bool { true }
}

/// What parsing may consult: only the current namespace, never the cluster's objects.
public struct ParseContext: Sendable {
  public var currentNamespace: String

  /// The namespace a command acts in: `-n`, or the current one.
  func namespace(_ arguments: CommandArguments) -> String {
    arguments.value(.namespace) ?? currentNamespace
  }
}

/// The command language's verbs and how a line finds its verb.
public enum CommandParser {
  /// Every verb, in the order help lists them.
  public static let verbs: [any Verb.Type] = [
    GetVerb.self, DescribeVerb.self, ApplyVerb.self, CreateVerb.self, DeleteVerb.self, ScaleVerb.self, SetVerb.self,
    RolloutVerb.self,
    LabelVerb.self, AnnotateVerb.self, CordonVerb.self, UncordonVerb.self, DrainVerb.self, AdvanceVerb.self,
    NodeVerb.self, CrashVerb.self, LogsVerb.self, SaveVerb.self, ExecVerb.self, ConfigVerb.self, CurlVerb.self,
    NslookupVerb.self, ExposeVerb.self, RunVerb.self,
  ]

  public static func parse(_ words: [String], currentNamespace: String) throws(CommandError) -> any Verb {
    guard let name = words.first else { throw CommandError("no command given") }
    guard let verb = verbs.first(where: { $0.name == name }) else {
      throw CommandError("unknown command \"\(name)\" for \"kubectl\"")
    }
    let arguments = try CommandArguments(Array(words.dropFirst()), flags: verb.flags)
    return try verb.init(arguments, context: ParseContext(currentNamespace: currentNamespace))
  }
}
